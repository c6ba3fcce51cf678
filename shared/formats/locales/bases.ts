/**
 * The locale citeproc-js loads beneath any locale of a language (`de` → `de-DE`, `sv` →
 * `sv-SE`): citeproc 2.4's CSL.LANG_BASES, copied because shared/ may not import citeproc
 * (tests/electron/cliCite.test.ts checks the copy against the installed citeproc). A
 * language not listed here, citeproc bases on en-US.
 */
export const CITEPROC_BASE_LOCALES: Readonly<Partial<Record<string, string>>> = {
  af: 'af-ZA',
  ar: 'ar',
  bg: 'bg-BG',
  ca: 'ca-AD',
  cs: 'cs-CZ',
  da: 'da-DK',
  de: 'de-DE',
  el: 'el-GR',
  en: 'en-US',
  es: 'es-ES',
  et: 'et-EE',
  eu: 'eu',
  fa: 'fa-IR',
  fi: 'fi-FI',
  fr: 'fr-FR',
  he: 'he-IL',
  hr: 'hr-HR',
  hu: 'hu-HU',
  is: 'is-IS',
  it: 'it-IT',
  ja: 'ja-JP',
  km: 'km-KH',
  ko: 'ko-KR',
  lt: 'lt-LT',
  lv: 'lv-LV',
  mn: 'mn-MN',
  nb: 'nb-NO',
  nl: 'nl-NL',
  nn: 'nn-NO',
  pl: 'pl-PL',
  pt: 'pt-PT',
  ro: 'ro-RO',
  ru: 'ru-RU',
  sk: 'sk-SK',
  sl: 'sl-SI',
  sr: 'sr-RS',
  sv: 'sv-SE',
  th: 'th-TH',
  tr: 'tr-TR',
  uk: 'uk-UA',
  vi: 'vi-VN',
  zh: 'zh-CN',
}

/** The base locale citeproc loads beneath a language, or undefined when it uses en-US. */
export function citeprocBaseLocale(language: string): string | undefined {
  return Object.hasOwn(CITEPROC_BASE_LOCALES, language.toLowerCase()) ? CITEPROC_BASE_LOCALES[language.toLowerCase()] : undefined
}

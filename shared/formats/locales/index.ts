import { registerLocale } from '../citationJs'
import { LOCALE_DE_DE } from './vendor/de-DE'
import { LOCALE_EN_GB } from './vendor/en-GB'
import { LOCALE_EN_US } from './vendor/en-US'
import { LOCALE_ES_ES } from './vendor/es-ES'
import { LOCALE_FR_FR } from './vendor/fr-FR'
import { LOCALE_IT_IT } from './vendor/it-IT'
import { LOCALE_NL_NL } from './vendor/nl-NL'
import { LOCALE_PL_PL } from './vendor/pl-PL'
import { LOCALE_PT_BR } from './vendor/pt-BR'
import { LOCALE_ZH_CN } from './vendor/zh-CN'

/**
 * The CSL locales AxisRef bundles (vendor/README.md), with the names the UI shows, each in
 * its own language. The one list pickers read; `xml` is the CSL locale file verbatim.
 */
export const LOCALES = [
  { id: 'en-US', name: 'English (US)', xml: LOCALE_EN_US },
  { id: 'en-GB', name: 'English (UK)', xml: LOCALE_EN_GB },
  { id: 'de-DE', name: 'Deutsch', xml: LOCALE_DE_DE },
  { id: 'fr-FR', name: 'Français', xml: LOCALE_FR_FR },
  { id: 'es-ES', name: 'Español', xml: LOCALE_ES_ES },
  { id: 'it-IT', name: 'Italiano', xml: LOCALE_IT_IT },
  { id: 'nl-NL', name: 'Nederlands', xml: LOCALE_NL_NL },
  { id: 'pl-PL', name: 'Polski', xml: LOCALE_PL_PL },
  { id: 'pt-BR', name: 'Português (Brasil)', xml: LOCALE_PT_BR },
  { id: 'zh-CN', name: '中文（简体）', xml: LOCALE_ZH_CN },
] as const satisfies ReadonlyArray<{ id: string; name: string; xml: string }>

export type LocaleId = (typeof LOCALES)[number]['id']
export const LOCALE_IDS: readonly LocaleId[] = LOCALES.map((locale) => locale.id)

function findLocale(id: string) {
  const wanted = id.replace('_', '-').toLowerCase()
  return LOCALES.find((locale) => locale.id.toLowerCase() === wanted)
}

const registered = new Set<string>()

// citeproc reads en-US under every locale (its fallback for missing terms), so it is always
// registered too. Registration waits for first use so that citation-js's own locales stay
// untouched until AxisRef formats something (the CSL fixture comparison relies on it).
function ensureRegistered(locale: (typeof LOCALES)[number]): void {
  for (const needed of [LOCALES[0], locale]) {
    if (!registered.has(needed.id)) {
      registerLocale(needed.id, needed.xml)
      registered.add(needed.id)
    }
  }
}

export type LocaleResult = { ok: true; locale: LocaleId } | { ok: false; error: string }

/**
 * The locale to format in, registered with citation-js: the caller's choice when given (an
 * unknown one is an error listing the bundled locales), else the style's `default-locale`
 * (the same language's bundled locale when that exact one is not bundled, as citeproc
 * itself falls back), else en-US.
 */
export function resolveLocale(explicit: string | undefined, styleDefault: string | undefined): LocaleResult {
  if (explicit !== undefined) {
    const locale = findLocale(explicit)
    if (!locale) return { ok: false, error: `Unknown locale "${explicit}". Bundled locales: ${LOCALE_IDS.join(', ')}.` }
    ensureRegistered(locale)
    return { ok: true, locale: locale.id }
  }
  const language = styleDefault?.split(/[-_]/)[0]?.toLowerCase()
  const locale =
    (styleDefault === undefined ? undefined : findLocale(styleDefault)) ??
    LOCALES.find((candidate) => candidate.id.split('-')[0] === language) ??
    LOCALES[0]
  ensureRegistered(locale)
  return { ok: true, locale: locale.id }
}


import { hasLocale, registerLocale } from '../citationJs'
import { citeprocBaseLocale } from './bases'
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
import { validateCslLocale } from './validate'

export { validateCslLocale, type LocaleCheck } from './validate'

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

/**
 * A bundled locale's id (LOCALES; any string, checked at run time, as it arrives from users),
 * or the XML text of a user's own CSL locale file.
 */
export type LocaleChoice = string | { xml: string }

export type LocaleResult = { ok: true; locale: string } | { ok: false; error: string }

// FNV-1a over the file's text, as 8 upper-case hex digits.
function contentHash(text: string): string {
  let hash = 0x811c9dc5
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash.toString(16).toUpperCase().padStart(8, '0')
}

/** The XML registered under each user locale name, so that no two files ever share one. */
const userLocales = new Map<string, string>()

/**
 * The name a user's locale file is registered under: its language and a hash of its content,
 * e.g. `de-8F3A01C2`. citation-js caches one engine per style and locale name, so a changed
 * file needs a new name. The shape matters to citeproc: it upper-cases the part after the
 * first hyphen and keeps only two parts, reads the first as the language (so a style's
 * `<locale xml:lang="de">` still applies and the language's base locale fills missing terms), and sorts with
 * the name as an Intl locale, where an 8-character second part is a valid variant.
 */
function userLocaleName(language: string, xml: string): string {
  const bare = language.split(/[-_]/)[0]?.toLowerCase() ?? 'en'
  for (let salt = 0; ; salt++) {
    const name = `${bare}-${contentHash(salt === 0 ? xml : `${salt}\n${xml}`)}`
    const taken = userLocales.get(name)
    if (taken === undefined || taken === xml) return name
  }
}

// citeproc loads the language's base locale beneath the file (as it loads de-DE beneath
// de-AT) and fails when it is missing: the bundled one when AxisRef has it, else en-US's
// terms under that id, which is what citeproc uses beneath a language it does not know.
function ensureBaseRegistered(language: string): void {
  ensureRegistered(LOCALES[0])
  const base = citeprocBaseLocale(language)
  if (base === undefined) return
  const bundled = findLocale(base)
  if (bundled) ensureRegistered(bundled)
  else if (!hasLocale(base)) registerLocale(base, LOCALES[0].xml)
}

function resolveUserLocale(xml: string): LocaleResult {
  const checked = validateCslLocale(xml)
  if (!checked.ok) return checked
  const name = userLocaleName(checked.language, xml)
  ensureBaseRegistered(name.split('-')[0] ?? 'en')
  if (!userLocales.has(name)) {
    registerLocale(name, xml)
    userLocales.set(name, xml)
  }
  return { ok: true, locale: name }
}

/**
 * The locale to format in, registered with citation-js: the caller's choice when given (an
 * unknown id is an error listing the bundled locales; a user's locale file is checked and
 * registered under a name of its own), else the style's `default-locale` (the same
 * language's bundled locale when that exact one is not bundled, as citeproc itself falls
 * back), else en-US.
 */
export function resolveLocale(explicit: LocaleChoice | undefined, styleDefault: string | undefined): LocaleResult {
  if (typeof explicit === 'object') return resolveUserLocale(explicit.xml)
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

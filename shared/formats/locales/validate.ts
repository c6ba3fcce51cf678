import { XMLParser, XMLValidator } from 'fast-xml-parser'

/**
 * Checks a user's CSL locale file before citation-js sees it: citeproc reads a broken or
 * foreign file without complaint and silently falls back to en-US terms. Returns the
 * language the file declares, or a sentence saying what is wrong (and where, for XML errors).
 */

const CSL_NAMESPACE = 'http://purl.org/net/xbiblio/csl'
// BCP 47 as CSL locales use it: a language, then region, script or variant parts
const LANGUAGE_TAG = /^[a-z]{2,8}(?:[-_][a-z0-9]{1,8})*$/i

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', parseTagValue: false, parseAttributeValue: false })

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

function rootName(document: Record<string, unknown>): string | undefined {
  return Object.keys(document).find((key) => !key.startsWith('?') && !key.startsWith('#'))
}

export type LocaleCheck = { ok: true; language: string } | { ok: false; error: string }

/** The xml:lang of a usable CSL locale file (e.g. `de-DE`), else the reason it cannot be used. */
export function validateCslLocale(xml: string): LocaleCheck {
  if (!xml.trim()) return { ok: false, error: 'The CSL locale file is empty.' }
  const valid = XMLValidator.validate(xml)
  if (valid !== true) return { ok: false, error: `The CSL locale file is not well-formed XML: ${valid.err.msg} (line ${valid.err.line}, column ${valid.err.col}).` }
  const document: unknown = parser.parse(xml)
  const root = isRecord(document) ? rootName(document) : undefined
  const locale = isRecord(document) ? document.locale : undefined
  if (!isRecord(locale)) {
    const hint = root === 'style' ? ' It looks like a CSL style: pass it with --style.' : ''
    return { ok: false, error: `This is not a CSL locale file: its root element is <${root ?? '?'}>, not <locale>.${hint}` }
  }
  if (locale.xmlns !== CSL_NAMESPACE) return { ok: false, error: `This is not a CSL locale file: <locale> must be in the namespace ${CSL_NAMESPACE}.` }
  const language = locale['xml:lang']
  if (typeof language !== 'string' || !language.trim()) return { ok: false, error: 'The CSL locale file does not say its language: <locale> needs an xml:lang attribute, e.g. xml:lang="en-US".' }
  if (!LANGUAGE_TAG.test(language.trim())) return { ok: false, error: `The CSL locale file's xml:lang="${language}" is not a language tag such as en-US or de.` }
  return { ok: true, language: language.trim() }
}

import { plugins, util, type BibtexRawEntry, type CiteprocEngine } from '@citation-js/core'
import '@citation-js/plugin-bibtex'
import '@citation-js/plugin-csl'
import { parse as parseFieldValue, parseAnnotation } from '@citation-js/plugin-bibtex/lib/input/value.js'
import { parse as mapBiblatexEntries } from '@citation-js/plugin-bibtex/lib/mapping/index.js'

/**
 * The one module that talks to citation-js, so the untyped library is reached through a
 * handful of declared calls (see citation-js.d.ts). Every function here may throw; callers
 * decide what a failure means for the user.
 */

export type { BibtexRawEntry, CiteprocCitation, CiteprocEngine } from '@citation-js/core'

/** Runs citation-js's BibTeX/BibLaTeX grammar: @string, `#`, braces and quotes. Throws a SyntaxError. */
export function parseBibtexText(text: string): BibtexRawEntry[] {
  // The grammar's values are slices of `text`, so keeping any one value kept all of it: a
  // 50 MB file was held twice over. The JSON round trip gives them text of their own.
  const entries: BibtexRawEntry[] = JSON.parse(JSON.stringify(plugins.input.data(text, '@biblatex/text')))
  return entries
}

/**
 * Turns grammar output into CSL-JSON: LaTeX to Unicode, names, dates, types, and crossref
 * inheritance among the entries passed together.
 */
export function bibtexEntriesToCsl(entries: BibtexRawEntry[]): Array<Record<string, unknown>> {
  const records = mapBiblatexEntries(entries.map(decodedOnce))
  // converted: their decodings are not needed again, and would otherwise live as long as they do
  for (const entry of entries) decodings.delete(entry)
  return records
}

type DecodedEntry = Omit<BibtexRawEntry, 'properties'> & { properties: Record<string, unknown> }

/** What an entry decoded to (or the error it threw), and the type, label and fields it was decoded from. */
interface Decoding {
  from: unknown[]
  result: { entry: DecodedEntry } | { error: unknown }
}

const decodings = new WeakMap<BibtexRawEntry, Decoding>()

/**
 * Callers find a broken entry by converting halves of a failed list (read.ts), so the same
 * entries come back many times: one entry that cannot be decoded in a 50 MB file cost the
 * decoding of the entries before it at every halving. Each entry is decoded once while its
 * values stay the same; a failure is thrown again at once.
 */
function decodedOnce(entry: BibtexRawEntry): DecodedEntry {
  const from = [entry.type, entry.label, entry.annotations, ...Object.entries(entry.properties).flat()]
  let decoding = decodings.get(entry)
  if (!decoding || decoding.from.length !== from.length || decoding.from.some((value, index) => value !== from[index])) {
    decoding = { from, result: decodeResult(entry) }
    decodings.set(entry, decoding)
  }
  if ('error' in decoding.result) throw decoding.result.error
  return { ...decoding.result.entry, properties: { ...decoding.result.entry.properties } }
}

function decodeResult(entry: BibtexRawEntry): Decoding['result'] {
  try {
    return { entry: decodeEntryValues(entry) }
  } catch (error) {
    return { error }
  }
}

/**
 * citation-js's `@biblatex/entries+list` decodes every value token by token with its LaTeX
 * grammar, most of the time of a large import. This is its own first step
 * (`parseEntryValues` in lib/input/entries.js), except that a plain-text value with no
 * command or math is decoded directly, to the same text (a test compares both on the corpus).
 */
function decodeEntryValues(entry: BibtexRawEntry): DecodedEntry {
  const properties: Record<string, unknown> = {}
  if ('language' in entry.properties) properties.language = parseFieldValue(String(entry.properties.language), 'language')
  for (const [field, value] of Object.entries(entry.properties)) {
    if (value === '') continue
    properties[field] = decodeFieldValue(String(value), field, properties.language)
  }
  for (const [field, annotations] of Object.entries(entry.annotations ?? {})) {
    for (const [name, text] of Object.entries(annotations)) properties[`${field}+an:${name}`] = parseAnnotation(text)
  }
  return { ...entry, properties }
}

function decodeFieldValue(value: string, field: string, languages: unknown): unknown {
  return (readsAsText(field) ? plainText(value) : undefined) ?? parseFieldValue(value, field, languages)
}

/** True for fields citation-js decodes with its plain `String` rule (not names, lists, URLs, verbatim or sentence-cased titles). */
function readsAsText(field: string): boolean {
  const { constants, parse } = plugins.config.get('@bibtex')
  const [kind, type] = constants.fieldTypes[field] ?? []
  if (type === 'name') return false
  if (type === 'title') return parse.sentenceCase === 'never'
  if (kind === 'field') return type !== 'verbatim' && type !== 'uri'
  return kind !== 'list' && kind !== 'separated' && kind !== 'verbatim' && kind !== 'uri'
}

/**
 * The `String` rule's result for a value without commands or math: white space runs become
 * one space, `--`, `---`, ``` `` ``` and `''` their characters, `~` a no-break space, and
 * balanced braces go. Anything else (a backslash, `$`, unbalanced braces) is left to citation-js.
 */
function plainText(value: string): string | undefined {
  if (/[\\$]/.test(value) || !bracesBalance(value)) return undefined
  const { ligatures } = plugins.config.get('@bibtex').constants
  // a white space run is one space; `~` and the ligatures are in citation-js's table; braces go
  return value.replace(PLAIN_SYNTAX, (match, space: string | undefined) => (space ? ' ' : (ligatures[match] ?? '')))
}

// In the order citation-js's lexer tries them; `\s` includes U+00A0, as in its lexer.
const PLAIN_SYNTAX = /(\s+)|---?|''|``|~|[{}]/g

function bracesBalance(value: string): boolean {
  if (!value.includes('{') && !value.includes('}')) return true
  let depth = 0
  for (let index = 0; index < value.length; index++) {
    const char = value.charCodeAt(index)
    if (char === 123) depth++
    else if (char === 125 && --depth < 0) return false
  }
  return depth === 0
}

/** citation-js's LaTeX ↔ Unicode tables, reused (inverted) by the BibTeX writer. */
export function latexTables() {
  return plugins.config.get('@bibtex').constants
}

/** Registers CSL style XML under a template id (replacing nothing: ids must be new). */
export function registerTemplate(id: string, xml: string): void {
  plugins.config.get('@csl').templates.add(id, xml)
}

/** True when citation-js has a template registered under this id. */
export function hasTemplate(id: string): boolean {
  return plugins.config.get('@csl').templates.has(id)
}

/** The XML of a registered template (citation-js's own apa, vancouver, harvard1 included). */
export function templateXml(id: string): string | undefined {
  return plugins.config.get('@csl').templates.get(id)
}

/** Registers (or replaces) a CSL locale under its id, e.g. `de-DE`. */
export function registerLocale(id: string, xml: string): void {
  plugins.config.get('@csl').locales.add(id, xml)
}

/** True when citation-js has a locale registered under this id. */
export function hasLocale(id: string): boolean {
  return plugins.config.get('@csl').locales.has(id)
}

/**
 * citation-js's citeproc-js engine for a registered template and locale, knowing these items
 * by id. citation-js caches one engine per template and locale (the style and locale XML are
 * parsed once) and resets its cited items when it hands it out again, not its uncited ones:
 * callers release it after each document (releaseEngine). An unknown template silently
 * becomes APA: resolve the style first.
 */
export function citationEngine(items: ReadonlyArray<Record<string, unknown>>, template: string, locale: string, format: 'text' | 'html'): CiteprocEngine {
  return plugins.config.get('@csl').engine(util.downgradeCsl(items), template, locale, format)
}

/**
 * Empties a cached engine once a document is formatted: its items, cited and uncited, their
 * sort keys and disambiguation, so that nothing of this document reaches the next one and its
 * items are not held until then. citeproc's own reset (a fresh registry): clearing the uncited
 * list instead made citeproc sort and disambiguate every cited item once more, a fifth of
 * the time of a reference list.
 */
export function releaseEngine(engine: CiteprocEngine): void {
  engine.restoreProcessorState([])
}

import type { CslName, ExportRecord } from '../item'
import { entryType } from './entryTypes'
import { entryFields, type BibField, type Dialect } from './fields'
import { linkFields } from './inherit'
import { bracesBalanced, encodeLatex } from './latex'
import { encodeRichText, encodeTitle } from './protect'

/**
 * Writes .bib files that BibTeX and biber read without a warning: every value braced and
 * LaTeX-encoded (8-bit safe), titles with case-sensitive words protected, months as the
 * `jan`…`dec` macros, names as "von Last, Jr., First", group names braced whole.
 */
export function exportBibtex(records: readonly ExportRecord[], dialect: Dialect = 'bibtex'): string {
  const keys = new Set(records.map((record) => record.citationKey))
  const entries = (dialect === 'bibtex' ? parentsLast(records) : records).map((record) => ({ record, fields: entryFields(record, dialect) }))
  const parents = dialect === 'bibtex' ? parentFieldNames(entries) : new Map<string, string[]>()
  return entries.map(({ record, fields }) => formatEntry(record, fields, dialect, links(record, fields, dialect, keys, parents))).join('\n')
}

function formatEntry(record: ExportRecord, fields: readonly BibField[], dialect: Dialect, links: readonly (readonly [string, string])[]): string {
  const lines = [...aliasField(record), ...links, ...fields.map((field) => [field.name, formatValue(field)] as const)]
    .filter(([, value]) => value !== '' && value !== '{}')
    .map(([name, value]) => `  ${name} = ${value}`)
  return `@${entryType(record.item, dialect, record.extension)}{${record.citationKey},\n${lines.join(',\n')}\n}\n`
}

/**
 * `crossref` and `xdata` to entries in the same file (the child holds its inherited fields
 * either way). BibTeX knows only `crossref`, and copies into the child every field of the
 * parent it lacks, whatever the types (where biblatex makes a book's title a chapter's
 * booktitle): there crossref is written only when that copies nothing the child did not have.
 */
function links(record: ExportRecord, fields: readonly BibField[], dialect: Dialect, keys: ReadonlySet<string>, parents: ReadonlyMap<string, string[]>): Array<readonly [string, string]> {
  const all = linkFields(record, keys)
  if (dialect === 'biblatex') return all
  const own = new Set(fields.map((field) => field.name))
  const inherited = parents.get(record.extension?.crossref ?? '') ?? []
  return all.filter(([name]) => name === 'crossref' && inherited.every((field) => own.has(field)))
}

/** The field names of each entry another names as its crossref parent. */
function parentFieldNames(entries: ReadonlyArray<{ record: ExportRecord; fields: readonly BibField[] }>): Map<string, string[]> {
  const parents = new Set(entries.map(({ record }) => record.extension?.crossref))
  return new Map(entries.filter(({ record }) => parents.has(record.citationKey)).map(({ record, fields }) => [record.citationKey, fields.map((field) => field.name)]))
}

/**
 * BibTeX reads a crossref parent only after the entries naming it ("A bad cross reference"
 * otherwise): each parent goes after its children, the rest keep their order. biber does
 * not mind the order, so BibLaTeX exports keep the library's.
 */
function parentsLast(records: readonly ExportRecord[]): ExportRecord[] {
  const children = new Map<string, ExportRecord[]>()
  for (const record of records) {
    const parent = record.extension?.crossref
    if (!parent) continue
    const siblings = children.get(parent)
    if (siblings) siblings.push(record)
    else children.set(parent, [record])
  }
  const levels = new Map<string, number>()
  const level = (record: ExportRecord, seen: ReadonlySet<string>): number => {
    const key = record.citationKey
    const known = levels.get(key)
    if (known !== undefined || seen.has(key)) return known ?? 0
    const inside = new Set([...seen, key])
    const below = (children.get(key) ?? []).reduce((deepest, child) => Math.max(deepest, 1 + level(child, inside)), 0)
    levels.set(key, below)
    return below
  }
  return records
    .map((record, index) => ({ record, index, level: level(record, new Set()) }))
    .sort((a, b) => a.level - b.level || a.index - b.index)
    .map(({ record }) => record)
}

/**
 * biblatex's `ids`: a \cite{} of a merged-away key still finds the paper under biber.
 * BibTeX ignores the field, so it is written in both dialects. Only keys that are safe
 * inside braces and commas are written (keys AxisRef makes always are).
 */
function aliasField(record: ExportRecord): (readonly [string, string])[] {
  const aliases = (record.keyAliases ?? []).filter((alias) => /^[^\s,{}%#"'()=\\]+$/.test(alias) && alias !== record.citationKey)
  return aliases.length > 0 ? [['ids', `{${[...new Set(aliases)].join(', ')}}`]] : []
}

function formatValue(field: BibField): string {
  if (field.kind === 'macro' && typeof field.value === 'string') return field.value
  if (field.kind === 'latex' && typeof field.value === 'string') return bracesBalanced(field.value) ? `{${field.value}}` : `{${field.value.replace(/[{}]/g, '')}}`
  const encoded = Array.isArray(field.value) ? formatNames(field.value) : encodeText(field)
  // Unreachable with the encoders above; kept so one odd value can never break a file.
  return bracesBalanced(encoded) ? `{${encoded}}` : `{${encodeLatex(encoded.replace(/[{}]/g, ''))}}`
}

function encodeText(field: BibField): string {
  const value = typeof field.value === 'string' ? field.value : ''
  if (field.kind === 'title') return encodeTitle(value)
  // URLs and DOIs are verbatim fields: no LaTeX escaping, only the braces BibTeX counts.
  if (field.kind === 'verbatim') return value.replace(/\{/g, '%7B').replace(/\}/g, '%7D').replace(/\s+/g, '')
  const encoded = encodeRichText(value)
  // BibLaTeX splits these on " and " like names: "Society for Industrial and Applied
  // Mathematics" stays one publisher only in its protective braces.
  return LIST_FIELDS.has(field.name) && /\sand\s/i.test(value) ? `{${encoded}}` : encoded
}

const LIST_FIELDS = new Set(['publisher', 'location', 'address', 'institution', 'school', 'organization'])

function formatNames(names: readonly CslName[]): string {
  return names.map(formatName).join(' and ')
}

function formatName(name: CslName): string {
  // Braced whole, or BibTeX would split "World Health Organization" into first and last.
  if (name.literal) return `{${encodeLatex(name.literal)}}`
  const particle = [name['non-dropping-particle'], name['dropping-particle']].filter(Boolean).join(' ')
  const family = name.family ? familyPart(name.family) : ''
  if (!name.given && !name.suffix) {
    if (!particle) return family && `{${encodeLatex(name.family ?? '')}}`
    // "von Last" with no first name (`firstname {lastname}` in the source): BibTeX reads the
    // last word as Last and the lower-case words before it as von; a comma would add a First.
    return `${protectAnd(particle)} ${/\s/.test(family) ? family : `{${family}}`}`
  }
  // An empty part is written `{}`: `{}, Nobody` is a first name alone and `Jones, Jr., {}` a
  // name without one (a bare comma warns in BibTeX and crashes biber's parser).
  const last = [particle ? protectAnd(particle) : '', family].filter(Boolean).join(' ') || '{}'
  const given = name.given ? protectAnd(name.given) : '{}'
  return name.suffix ? `${last}, ${protectAnd(name.suffix)}, ${given}` : `${last}, ${given}`
}

/**
 * The family part braced whole where BibTeX would split it: a compound starting with an
 * accented capital ({\'S}wierczewska-Gwiazda), or one with a word that is not capitalised
 * ("de la Fontaine" as a family, not a particle), which would be read as a "von" part.
 */
function familyPart(family: string): string {
  const encoded = protectAnd(family)
  if (encoded.startsWith('{') && encoded.endsWith('}') && bracesBalanced(encoded.slice(1, -1))) return encoded
  const words = family.split(/[\s-]+/).filter(Boolean)
  const accentedCompound = encoded.startsWith('{\\') && words.length > 1
  const lowerWord = words.slice(0, -1).some((word) => !/^\p{Lu}/u.test(word))
  return accentedCompound || lowerWord ? `{${encoded}}` : encoded
}

// A name part containing " and " or a comma must be braced or BibTeX splits it.
function protectAnd(part: string): string {
  const encoded = encodeLatex(part)
  return /\s+and\s+|,/i.test(part) ? `{${encoded}}` : encoded
}

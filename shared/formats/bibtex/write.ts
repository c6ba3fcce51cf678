import type { CslName, ExportRecord } from '../item'
import { fullFamily } from '../names'
import { stripMarkup } from '../text'
import { entryFields, entryType, type BibField, type Dialect } from './fields'
import { linkFields } from './inherit'
import { bracesBalanced, encodeLatex } from './latex'
import { encodeTitle } from './protect'

/**
 * Writes .bib files that BibTeX and biber read without a warning: every value braced and
 * LaTeX-encoded (8-bit safe), titles with case-sensitive words protected, months as the
 * `jan`…`dec` macros, names as "von Last, Jr., First", group names braced whole.
 */
export function exportBibtex(records: readonly ExportRecord[], dialect: Dialect = 'bibtex'): string {
  const keys = new Set(records.map((record) => record.citationKey))
  return records.map((record) => formatEntry(record, dialect, keys)).join('\n')
}

function formatEntry(record: ExportRecord, dialect: Dialect, exportedKeys: ReadonlySet<string>): string {
  const links = dialect === 'biblatex' ? linkFields(record, exportedKeys) : []
  const lines = [...aliasField(record), ...links, ...entryFields(record, dialect).map((field) => [field.name, formatValue(field)] as const)]
    .filter(([, value]) => value !== '' && value !== '{}')
    .map(([name, value]) => `  ${name} = ${value}`)
  return `@${entryType(record.item, dialect)}{${record.citationKey},\n${lines.join(',\n')}\n}\n`
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
  return encodeLatex(stripMarkup(value).replace(/\s+/g, ' '))
}

function formatNames(names: readonly CslName[]): string {
  return names.map(formatName).join(' and ')
}

function formatName(name: CslName): string {
  if (name.literal || (name.family && !name.given)) {
    // Braced whole, or BibTeX would split "World Health Organization" into first and last.
    return `{${encodeLatex(name.literal ?? name.family ?? '')}}`
  }
  const family = fullFamily(name)
  const encodedFamily = protectAnd(family)
  // A compound family starting with an accented capital ({\'S}wierczewska-Gwiazda) is braced
  // whole: citation-js would otherwise read its first part as a "von" particle.
  const safeFamily = encodedFamily.startsWith('{\\') && /[-\s]/.test(family) ? `{${encodedFamily}}` : encodedFamily
  const parts = [safeFamily, name.suffix ? protectAnd(name.suffix) : undefined, name.given ? protectAnd(name.given) : undefined]
  return parts.filter((part): part is string => part !== undefined && part !== '').join(', ')
}

// A name part containing " and " or a comma must be braced or BibTeX splits it.
function protectAnd(part: string): string {
  const encoded = encodeLatex(part)
  return /\s+and\s+|,/i.test(part) ? `{${encoded}}` : encoded
}

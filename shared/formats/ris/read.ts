import type { ImportIssue, ImportResult } from '../item'
import { normalizeEntry } from '../normalize'
import { normalizeNewlines } from '../text'
import { risRecordToItem, type RisField } from './map'

/**
 * Reads RIS (`TY  - JOUR` … `ER  -`). Lines without a tag continue the previous field, as
 * exports that wrap long titles write them. A record with no `ER` ends at the next `TY` or
 * at the end of the file; tags before any `TY` are reported, not guessed into a record.
 */

export interface RisRecord {
  line: number
  fields: RisField[]
}

// Lines end only at LF/CR (see `normalizeNewlines`). The `s` flag lets a value hold U+2028
// and U+2029, which `.` otherwise stops at: such a title line failed to match and was glued
// onto the previous field, losing the title and, after TY, the type.
const TAG_LINE = /^\s*([A-Z][A-Z0-9])\s{1,2}-(?:\s(.*))?\s*$/s

/** Splits RIS text into records; orphan fields become errors. */
function splitRis(input: string): { records: RisRecord[]; errors: ImportIssue[] } {
  const lines = normalizeNewlines(input).split('\n')
  const records: RisRecord[] = []
  const errors: ImportIssue[] = []
  let current: RisRecord | undefined
  let last: RisField | undefined
  let orphanLine: number | undefined
  const close = () => {
    if (current) records.push(current)
    current = undefined
    last = undefined
  }
  for (const [index, text] of lines.entries()) {
    const lineNumber = index + 1
    const match = TAG_LINE.exec(text)
    if (!match) {
      // Wrapped continuation of the previous field; blank lines and junk between records are ignored.
      if (last && text.trim()) last.value = `${last.value} ${text.trim()}`
      else if (!text.trim()) last = undefined
      continue
    }
    const tag = match[1] ?? ''
    const value = (match[2] ?? '').trim()
    if (tag === 'TY') {
      // A second TY before any content replaces the first; after content it starts a new record.
      if (current && current.fields.some((field) => field.tag !== 'TY')) close()
      current ??= { line: lineNumber, fields: [] }
      current.fields = current.fields.filter((field) => field.tag !== 'TY')
      last = { tag, value, line: lineNumber }
      current.fields.push(last)
      orphanLine = undefined
    } else if (tag === 'ER') {
      close()
    } else if (current) {
      last = { tag, value, line: lineNumber }
      current.fields.push(last)
    } else if (orphanLine === undefined) {
      orphanLine = lineNumber
      last = undefined
      errors.push({ line: lineNumber, message: `RIS field "${tag}" appears outside a record (no "TY  - " line starts it); the lines up to the next "TY" are skipped.` })
    }
  }
  close()
  return { records, errors }
}

/** Reads an RIS file: every record becomes an entry or a reported error. */
export function importRis(input: string): ImportResult {
  const { records, errors } = splitRis(input)
  const result: ImportResult = { format: 'ris', entries: [], errors }
  for (const record of records) {
    if (!record.fields.some((field) => field.tag !== 'TY' && field.value)) {
      errors.push({ line: record.line, message: 'RIS record has no fields besides its type; skipped.' })
      continue
    }
    const { record: csl, citationKey, extension } = risRecordToItem(record.fields)
    const entry = normalizeEntry({ record: csl, line: record.line, extension, ...(citationKey ? { citationKey } : {}) })
    if ('error' in entry) errors.push({ line: record.line, message: `RIS record is skipped: ${entry.error}.` })
    else result.entries.push(entry)
  }
  errors.sort((a, b) => a.line - b.line)
  return result
}

import type { ImportIssue, ImportResult } from '../item'
import { normalizeEntry } from '../normalize'
import { normalizeNewlines } from '../text'
import { medlineRecordToItem, type MedlineField } from './map'

/**
 * Reads PubMed's MEDLINE text format (.nbib, .txt): `TAG - value` with the tag padded to
 * four characters and continuation lines indented. A record starts at `PMID-` or after a
 * blank line; lines that are neither tags nor continuations are ignored, as PubMed's own
 * export pads files with notes.
 */

interface MedlineRecord {
  line: number
  fields: MedlineField[]
}

// `s`: a value may hold U+2028/U+2029, which `.` otherwise stops at (the field was dropped).
const TAG_LINE = /^([A-Z][A-Z0-9]{0,3})\s*-(?:\s?(.*))?$/s

function splitMedline(input: string): MedlineRecord[] {
  const records: MedlineRecord[] = []
  let current: MedlineRecord | undefined
  let last: MedlineField | undefined
  let afterBlank = false
  for (const [index, text] of normalizeNewlines(input).split('\n').entries()) {
    if (!text.trim()) {
      afterBlank = true
      last = undefined
      continue
    }
    if (/^\s/.test(text)) {
      if (last) last.value = `${last.value} ${text.trim()}`
      continue
    }
    const match = TAG_LINE.exec(text)
    if (!match) {
      last = undefined
      continue
    }
    const tag = match[1] ?? ''
    if (!current || ((tag === 'PMID' || afterBlank) && current.fields.length > 0)) {
      current = { line: index + 1, fields: [] }
      records.push(current)
    }
    afterBlank = false
    last = { tag, value: (match[2] ?? '').trim() }
    current.fields.push(last)
  }
  return records
}

/** Reads MEDLINE text: every record becomes an entry or a reported error. */
export function importMedline(input: string): ImportResult {
  const errors: ImportIssue[] = []
  const result: ImportResult = { format: 'medline', entries: [], errors }
  for (const record of splitMedline(input)) {
    if (!record.fields.some((field) => field.value && field.tag !== 'PMID')) {
      errors.push({ line: record.line, message: 'MEDLINE record has no fields besides its PMID; skipped.' })
      continue
    }
    const { record: csl, extension } = medlineRecordToItem(record.fields)
    const entry = normalizeEntry({ record: csl, line: record.line, extension })
    if ('error' in entry) errors.push({ line: record.line, message: `MEDLINE record is skipped: ${entry.error}.` })
    else result.entries.push(entry)
  }
  return result
}

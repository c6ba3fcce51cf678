import type { CslName } from '../item'
import { zoteroDate } from './date'
import { readExtra } from './extra'
import { CSL_CREATOR_FIELDS, CSL_DATES, CSL_FIELDS, CSL_TYPES, IGNORED_FIELDS } from './map'

/** One Zotero item as a CSL record, with what sits beside it in AxisRef. */
export interface ZoteroRecord {
  record: Record<string, unknown>
  citationKey?: string
  tags: string[]
}

/**
 * Maps one Zotero item (API / `toJSON` form, or Better BibTeX JSON's) to a CSL record.
 * A CSL variable written in `extra` wins over the item's own field, as in Zotero's and Better
 * BibTeX's CSL export: users put it there on purpose, to say what Zotero's fields cannot
 * (an item type Zotero lacks, a date range, an original date).
 * Zotero fields with no CSL variable are kept as `field: value` lines of the note.
 */
export function zoteroItemToRecord(item: Record<string, unknown>, notes: readonly string[]): ZoteroRecord {
  const extra = readExtra(item.extra)
  const record: Record<string, unknown> = { type: CSL_TYPES[String(item.itemType)] ?? 'document' }
  const unmapped: string[] = []
  for (const [field, raw] of Object.entries(item)) {
    const value = textOf(raw)
    if (IGNORED_FIELDS.has(field) || value === undefined) continue
    const variable = CSL_FIELDS[field]
    const dateVariable = CSL_DATES[field]
    if (dateVariable) record[dateVariable] ??= zoteroDate(value)
    else if (variable) record[variable] ??= value
    else unmapped.push(`${field}: ${value}`)
  }
  Object.assign(record, namesOf(item.creators))
  for (const [variable, value] of Object.entries(extra.variables)) {
    record[variable] = value
  }
  for (const [variable, names] of Object.entries(extra.names)) record[variable] = names
  const note = [...extra.rest, ...unmapped].join('\n').trim()
  if (note) record.note = note
  if (notes.length > 0) record.annote = notes.join('\n\n')
  const citationKey = textOf(item.citationKey) ?? textOf(item.citekey) ?? extra.citationKey
  return { record, tags: tagsOf(item.tags), ...(citationKey ? { citationKey } : {}) }
}

function textOf(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  if (typeof value !== 'string') return undefined
  const trimmed = value.trim()
  return trimmed ? trimmed : undefined
}

/** Creators grouped by CSL name variable, in the order Zotero lists them. */
function namesOf(creators: unknown): Record<string, CslName[]> {
  const names: Record<string, CslName[]> = {}
  if (!Array.isArray(creators)) return names
  for (const creator of creators) {
    if (creator === null || typeof creator !== 'object') continue
    const fields: Record<string, unknown> = { ...creator }
    const name = nameOf(fields)
    if (!name) continue
    const variable = CSL_CREATOR_FIELDS[String(fields.creatorType)] ?? 'author'
    names[variable] = [...(names[variable] ?? []), name]
  }
  return names
}

// Zotero keeps a two-field name as firstName/lastName and an institution as one `name` (fieldMode 1).
function nameOf(creator: Record<string, unknown>): CslName | undefined {
  const single = textOf(creator.name)
  if (single) return { literal: single }
  const family = textOf(creator.lastName)
  const given = textOf(creator.firstName)
  if (family && creator.fieldMode === 1) return { literal: family }
  if (family) return given ? { family, given } : { family }
  return given ? { given } : undefined
}

/** Zotero tags are `{ tag, type }` objects (API) or plain strings (some exports). */
function tagsOf(tags: unknown): string[] {
  if (!Array.isArray(tags)) return []
  return tags
    .map((tag: unknown) => (typeof tag === 'string' ? tag.trim() : tag !== null && typeof tag === 'object' && 'tag' in tag ? textOf(tag.tag) : undefined))
    .filter((tag): tag is string => Boolean(tag))
}

/** A Zotero note is HTML; the reference keeps its text, one paragraph a line. */
export function noteText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|h\d|li|blockquote)>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi, (_entity, code: string) => decodeEntity(code))
    .replace(/[ \t]*\n\s*/g, '\n')
    .trim()
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }

function decodeEntity(code: string): string {
  if (code.startsWith('#')) {
    const point = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10)
    return point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : ''
  }
  return NAMED_ENTITIES[code.toLowerCase()] ?? ''
}

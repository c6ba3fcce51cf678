import type { CslInputItem } from './processor'

/**
 * Reads a CSL-JSON item the way CSL processors do, leniently (unknown fields stay, numbers
 * stand for text, a name or date given as text is read as citeproc would), but refuses what
 * would make citeproc throw on its internals: a name list that is not a list of names, a
 * date that is not a date, or text that is an object.
 */

// CSL 1.0.2's name variables, and its standard and number variables (which hold text)
const NAME_VARIABLES = new Set([
  'author', 'chair', 'collection-editor', 'compiler', 'composer', 'container-author', 'contributor', 'curator', 'director', 'editor',
  'editorial-director', 'executive-producer', 'guest', 'host', 'illustrator', 'interviewer', 'narrator', 'organizer', 'original-author',
  'performer', 'producer', 'recipient', 'reviewed-author', 'script-writer', 'series-creator', 'translator',
])
const TEXT_VARIABLES = new Set([
  'abstract', 'annote', 'archive', 'archive_collection', 'archive_location', 'archive-place', 'authority', 'call-number', 'citation-key',
  'citation-label', 'collection-title', 'container-title', 'container-title-short', 'dimensions', 'division', 'DOI', 'event', 'event-title',
  'event-place', 'genre', 'ISBN', 'ISSN', 'jurisdiction', 'keyword', 'language', 'license', 'medium', 'note', 'original-publisher',
  'original-publisher-place', 'original-title', 'part-title', 'PMCID', 'PMID', 'publisher', 'publisher-place', 'references', 'reviewed-genre',
  'reviewed-title', 'scale', 'source', 'status', 'title', 'title-short', 'URL', 'volume-title', 'year-suffix', 'type', 'chapter-number',
  'citation-number', 'collection-number', 'edition', 'first-reference-note-number', 'issue', 'locator', 'number', 'number-of-pages',
  'number-of-volumes', 'page', 'page-first', 'part-number', 'printing-number', 'section', 'supplement-number', 'version', 'volume',
])
const NAME_PARTS = ['family', 'given', 'literal', 'suffix', 'dropping-particle', 'non-dropping-particle'] as const
const DATE_VARIABLES = new Set(['accessed', 'available-date', 'event-date', 'issued', 'original-date', 'submitted'])
const DATE_TEXT_PARTS = ['raw', 'literal', 'season'] as const

export type CslInputResult = { ok: true; item: CslInputItem } | { ok: false; error: string }

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

function asText(value: unknown): string | undefined {
  return typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined
}

type Read = { ok: true; value: unknown } | { ok: false; error: string }

function readNames(value: unknown, path: string): Read {
  const single = asText(value)
  if (single !== undefined) return { ok: true, value: [{ literal: single }] }
  if (!Array.isArray(value)) return { ok: false, error: `${path}: expected a list of names ([{"family", "given"}]), got ${describe(value)}` }
  const names: unknown[] = []
  for (const [index, name] of value.entries()) {
    if (!isRecord(name)) return { ok: false, error: `${path}[${index}]: expected a name ({"family", "given"} or {"literal"}), got ${describe(name)}` }
    const read: Record<string, unknown> = { ...name }
    for (const part of NAME_PARTS) {
      if (name[part] === undefined) continue
      const text = asText(name[part])
      if (text === undefined) return { ok: false, error: `${path}[${index}].${part}: expected text, got ${describe(name[part])}` }
      read[part] = text
    }
    names.push(read)
  }
  return { ok: true, value: names }
}

function isDateParts(value: unknown): boolean {
  return Array.isArray(value) && value.every((part) => Array.isArray(part) && part.every((number) => typeof number === 'number' || typeof number === 'string'))
}

function readDate(value: unknown, path: string): Read {
  const raw = asText(value)
  if (raw !== undefined) return { ok: true, value: { raw } }
  if (!isRecord(value)) return { ok: false, error: `${path}: expected a date ({"date-parts": [[2008, 3, 2]]} or {"raw": "2008-03-02"}), got ${describe(value)}` }
  if (value['date-parts'] !== undefined && !isDateParts(value['date-parts'])) return { ok: false, error: `${path}.date-parts: expected a list of [year, month, day] lists` }
  const read: Record<string, unknown> = { ...value }
  for (const part of DATE_TEXT_PARTS) {
    if (value[part] === undefined) continue
    const text = asText(value[part])
    if (text === undefined) return { ok: false, error: `${path}.${part}: expected text, got ${describe(value[part])}` }
    read[part] = text
  }
  return { ok: true, value: read }
}

function describe(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)}`
}

function readField(key: string, value: unknown, path: string): Read {
  if (NAME_VARIABLES.has(key)) return readNames(value, path)
  if (DATE_VARIABLES.has(key)) return readDate(value, path)
  if (!TEXT_VARIABLES.has(key)) return { ok: true, value }
  const text = asText(value)
  return text === undefined ? { ok: false, error: `${path}: expected text, got ${describe(value)}` } : { ok: true, value: text }
}

/** The item with names, dates and text checked (numbers in text fields become text); `path` names it in errors, e.g. `items[2]`. */
export function readCslInput(item: Readonly<Record<string, unknown>> & { readonly id: string | number }, path: string): CslInputResult {
  const read: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(item)) {
    if (value === null || value === undefined) continue
    const field = readField(key, value, `${path}.${key}`)
    if (!field.ok) return field
    read[key] = field.value
  }
  return { ok: true, item: { ...read, id: item.id } }
}

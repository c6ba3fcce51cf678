import type { CslName } from '../item'
import { zoteroDate } from './date'
import { CSL_EXTRA_DATES, CSL_EXTRA_NAMES, CSL_EXTRA_TEXT, CSL_TYPE_NAMES } from './map'

/** What Zotero's `extra` field held: CSL variables, a citation key, and the lines left for the note. */
export interface ExtraFields {
  variables: Record<string, unknown>
  names: Record<string, CslName[]>
  citationKey?: string
  rest: string[]
}

const CITATION_KEY_LINE = /^(?:citation key|citationkey|citekey|bibtex)\s*:\s*(\S+)\s*$/i
// `{:original-date: 1900}` is the older form of `original-date: 1900`.
const LEGACY_LINE = /^\{:([^:}]+):\s*([^}]*)\}$/
const KEY_VALUE_LINE = /^([A-Za-z][A-Za-z _-]*?)\s*:\s*(.+)$/

// Extra's keys are written as Zotero shows them ("Original Date", "PMID"): CSL spells them lower-case with hyphens.
const CSL_CASE = new Map([...CSL_EXTRA_TEXT, ...CSL_EXTRA_DATES, ...CSL_EXTRA_NAMES].map((name) => [name.toLowerCase(), name]))

/**
 * Reads the `key: value` lines of Zotero's `extra` (a string, or the array of lines Better
 * BibTeX's JSON writes). Lines that set a CSL variable or the citation key are taken out;
 * every other line (`tex.…`, free text) stays, in order, for the item's note.
 */
export function readExtra(extra: unknown): ExtraFields {
  const lines = typeof extra === 'string' ? extra.split(/\r?\n/) : Array.isArray(extra) ? extra.filter((line) => typeof line === 'string') : []
  const result: ExtraFields = { variables: {}, names: {}, rest: [] }
  for (const line of lines) {
    const key = CITATION_KEY_LINE.exec(line.trim())?.[1]
    if (key) result.citationKey ??= key
    else if (!takeVariable(line.trim(), result)) result.rest.push(line)
  }
  while (result.rest.length > 0 && !result.rest[result.rest.length - 1]?.trim()) result.rest.pop()
  return result
}

function takeVariable(line: string, { variables, names }: ExtraFields): boolean {
  const match = LEGACY_LINE.exec(line) ?? KEY_VALUE_LINE.exec(line)
  const name = CSL_CASE.get(match?.[1]?.trim().toLowerCase().replace(/\s+/g, '-') ?? '')
  const value = match?.[2]?.trim()
  if (!name || !value || (name === 'type' && !CSL_TYPE_NAMES.has(value))) return false
  if (CSL_EXTRA_NAMES.has(name)) {
    names[name] = [...(names[name] ?? []), nameFromExtra(value)]
    return true
  }
  if (CSL_EXTRA_DATES.has(name)) {
    variables[name] = zoteroDate(value)
    return true
  }
  if (variables[name] === undefined) variables[name] = value
  return true
}

// Zotero writes a two-part name in extra as `Family || Given`.
function nameFromExtra(value: string): CslName {
  const [family, given] = value.split('||').map((part) => part.trim())
  return given ? { family: family ?? '', given } : { literal: value }
}

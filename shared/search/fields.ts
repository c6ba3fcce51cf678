import { AXIS_NODES, AXIS_PATHWAYS, STUDY_TYPES, axisNode, isWithin, migrateId, type AxisNodeId } from '../axis'
import type { RetractionStatus } from '../lookup/retraction'
import { IS_VALUES, registryTermKey } from './registryTerms'
import { normalizeDoi, type PaperSummary } from './summary'
import { foldText } from './text'

export type TextField = 'author' | 'title' | 'journal' | 'doi' | 'tag'
export type HasWhat = 'pdf' | 'fulltext' | 'notes' | 'abstract' | 'doi'

/** A structured part of a query, matched against a paper's summary. */
export type QueryFilter =
  | { kind: 'text'; field: TextField; value: string }
  | { kind: 'year'; from: number; to: number }
  /** `within`: the node and every node below it, listed once at parse time. */
  | { kind: 'node'; nodeId: AxisNodeId; within: readonly string[] }
  /** An accepted MGIG pathway (the axis map's edges). */
  | { kind: 'pathway'; pathwayId: string }
  | { kind: 'type'; studyType: string }
  | { kind: 'has'; what: HasWhat }
  /** A whole MeSH descriptor (`registryTermKey`), or its beginning when `prefix` (`mesh:depress*`). */
  | { kind: 'mesh'; value: string; prefix: boolean }
  /** A publication type, whole (`registryTermKey`). */
  | { kind: 'pubtype'; value: string }
  /** What a registry said happened to the paper: retracted, corrected … */
  | { kind: 'is'; status: RetractionStatus }

/** Why a term of the query was not understood; the term is left out of the search. */
export type QueryErrorCode = 'EMPTY_VALUE' | 'INVALID_YEAR' | 'YEAR_RANGE_REVERSED' | 'UNKNOWN_NODE' | 'UNKNOWN_PATHWAY' | 'UNKNOWN_STUDY_TYPE' | 'UNKNOWN_HAS' | 'UNKNOWN_IS'

export type FieldTermResult = { ok: true; filter: QueryFilter } | { ok: false; code: QueryErrorCode; message: string }

const TEXT_FIELDS: ReadonlySet<string> = new Set<TextField>(['author', 'title', 'journal', 'doi', 'tag'])

function isTextField(field: string): field is TextField {
  return TEXT_FIELDS.has(field)
}
const HAS: Readonly<Record<string, HasWhat>> = { pdf: 'pdf', file: 'pdf', attachment: 'pdf', fulltext: 'fulltext', text: 'fulltext', notes: 'notes', note: 'notes', abstract: 'abstract', doi: 'doi' }
const YEAR = '(\\d{4})'
const MIN_YEAR = 0
const MAX_YEAR = 9999

function fail(code: QueryErrorCode, message: string): FieldTermResult {
  return { ok: false, code, message }
}

function parseYear(value: string): FieldTermResult {
  const range = new RegExp(`^${YEAR}(?:-|\\.\\.|–)${YEAR}$`).exec(value)
  if (range) {
    const from = Number(range[1])
    const to = Number(range[2])
    if (from > to) return fail('YEAR_RANGE_REVERSED', `year:${value} runs backwards; write year:${to}-${from}.`)
    return { ok: true, filter: { kind: 'year', from, to } }
  }
  const single = new RegExp(`^(>=|<=|>|<)?${YEAR}(-)?$`).exec(value)
  if (!single) return fail('INVALID_YEAR', `year:${value} is not a year; write year:2015, year:2010-2020, year:>2015 or year:<2000.`)
  const year = Number(single[2])
  const operator = single[3] ? '>=' : single[1]
  if (operator === '>') return { ok: true, filter: { kind: 'year', from: year + 1, to: MAX_YEAR } }
  if (operator === '>=') return { ok: true, filter: { kind: 'year', from: year, to: MAX_YEAR } }
  if (operator === '<') return { ok: true, filter: { kind: 'year', from: MIN_YEAR, to: year - 1 } }
  if (operator === '<=') return { ok: true, filter: { kind: 'year', from: MIN_YEAR, to: year } }
  return { ok: true, filter: { kind: 'year', from: year, to: year } }
}

/** An id (current or renamed), or a unique last segment or label: `microglia` → glia.microglia. */
function resolveNode(value: string): AxisNodeId | undefined {
  const id = value.toLowerCase()
  const current = axisNode(id) ? id : migrateId('nodes', id)
  if (current) return axisNode(current)?.id
  const folded = foldText(value)
  const matches = AXIS_NODES.filter((node) => node.id.split('.').pop() === id || foldText(node.label) === folded)
  return matches.length === 1 ? matches[0]?.id : undefined
}

function resolveStudyType(value: string): string | undefined {
  const folded = foldText(value)
  return STUDY_TYPES.find((type) => type.id === folded || foldText(type.label) === folded)?.id
}

/**
 * Reads `field:value`. Returns undefined when `field` is not a field name at all, so the
 * caller keeps the term as a word. Values are folded here, once, not per paper.
 */
export function parseFieldTerm(field: string, rawValue: string): FieldTermResult | undefined {
  const value = rawValue.trim()
  const known = isTextField(field) || ['year', 'node', 'pathway', 'type', 'has', 'mesh', 'pubtype', 'is'].includes(field)
  if (!known) return undefined
  if (!value) return fail('EMPTY_VALUE', `${field}: needs a value, e.g. ${example(field)}.`)
  if (field === 'year') return parseYear(value)
  if (field === 'node') {
    const nodeId = resolveNode(value)
    if (nodeId) return { ok: true, filter: { kind: 'node', nodeId, within: AXIS_NODES.filter((node) => isWithin(node.id, nodeId)).map((node) => node.id) } }
    const near = AXIS_NODES.filter((node) => node.id.includes(value.toLowerCase())).map((node) => node.id)
    const hint = near.length > 0 ? `did you mean ${near.slice(0, 3).join(', ')}?` : 'node ids look like gut.barrier or glia.microglia.'
    return fail('UNKNOWN_NODE', `node:${value} is not an axis node; ${hint}`)
  }
  if (field === 'pathway') {
    const pathway = AXIS_PATHWAYS.find((candidate) => candidate.id === value.toLowerCase())
    if (pathway) return { ok: true, filter: { kind: 'pathway', pathwayId: pathway.id } }
    return fail('UNKNOWN_PATHWAY', `pathway:${value} is not an axis pathway; use one of ${AXIS_PATHWAYS.map((candidate) => candidate.id).join(', ')}.`)
  }
  if (field === 'type') {
    const studyType = resolveStudyType(value)
    if (studyType) return { ok: true, filter: { kind: 'type', studyType } }
    return fail('UNKNOWN_STUDY_TYPE', `type:${value} is not a study type; use one of ${STUDY_TYPES.map((type) => type.id).join(', ')}.`)
  }
  if (field === 'has') {
    const what = HAS[foldText(value)]
    if (what) return { ok: true, filter: { kind: 'has', what } }
    return fail('UNKNOWN_HAS', `has:${value} is not something a paper can have; use has:pdf, has:fulltext, has:notes, has:abstract or has:doi.`)
  }
  if (field === 'mesh' || field === 'pubtype' || field === 'is') return parseRegistryTerm(field, value)
  if (!isTextField(field)) return undefined
  return { ok: true, filter: { kind: 'text', field, value: field === 'doi' ? normalizeDoi(value) : foldText(value) } }
}

function parseRegistryTerm(field: 'mesh' | 'pubtype' | 'is', value: string): FieldTermResult {
  if (field === 'is') {
    const status = IS_VALUES[foldText(value)]
    if (status) return { ok: true, filter: { kind: 'is', status } }
    return fail('UNKNOWN_IS', `is:${value} is not a status; use is:retracted, is:concern, is:corrected or is:new-version.`)
  }
  const prefix = field === 'mesh' && value.endsWith('*')
  const key = registryTermKey(prefix ? value.slice(0, -1) : value)
  if (!key) return fail('EMPTY_VALUE', `${field}: needs a value, e.g. ${example(field)}.`)
  return { ok: true, filter: field === 'mesh' ? { kind: 'mesh', value: key, prefix } : { kind: 'pubtype', value: key } }
}

function example(field: string): string {
  return { mesh: 'mesh:"Depressive Disorder, Major"', pubtype: 'pubtype:meta-analysis', is: 'is:retracted', year: 'year:2015', node: 'node:gut.barrier', pathway: `pathway:${AXIS_PATHWAYS[0]?.id ?? ''}`, type: 'type:rct', has: 'has:pdf', doi: 'doi:10.1016/j.bbi' }[field] ?? `${field}:smith`
}

const WORD_CHAR = /[\p{L}\p{N}]/u

/** True when `needle` occurs in `haystack` at the start of a word ("smith" in "goldsmith" does not count). */
export function containsAtWordStart(haystack: string, needle: string): boolean {
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    if (at === 0 || !WORD_CHAR.test(haystack.charAt(at - 1))) return true
  }
  return false
}

const COST: Record<QueryFilter['kind'], number> = { year: 0, type: 0, has: 0, is: 0, pathway: 1, node: 1, pubtype: 1, mesh: 1, text: 2 }

/** The same conditions, cheapest to test first: a paper failing `type:rct` never reaches a text search. */
export function cheapestFirst<T extends QueryFilter>(conditions: readonly T[]): T[] {
  return [...conditions].sort((a, b) => COST[a.kind] - COST[b.kind])
}

/** Whether one filter holds for a paper, before negation. */
export function matchesFilter(paper: PaperSummary, filter: QueryFilter): boolean {
  switch (filter.kind) {
    case 'text':
      if (filter.field === 'author') return containsAtWordStart(paper.folded.authors, filter.value)
      if (filter.field === 'title') return containsAtWordStart(paper.folded.title, filter.value)
      if (filter.field === 'journal') return containsAtWordStart(paper.folded.journal, filter.value)
      if (filter.field === 'doi') return paper.doi?.startsWith(filter.value) ?? false
      return paper.folded.tags.includes(filter.value)
    case 'year':
      return paper.year !== undefined && paper.year >= filter.from && paper.year <= filter.to
    case 'node':
      return paper.axisNodes.some((id) => filter.within.includes(id))
    case 'pathway':
      return paper.axisPathways?.includes(filter.pathwayId) ?? false
    case 'type':
      return paper.studyType === filter.studyType
    case 'has':
      return filter.what === 'pdf' ? paper.hasPdf : filter.what === 'fulltext' ? paper.hasFullText : filter.what === 'notes' ? paper.hasNotes : filter.what === 'abstract' ? paper.hasAbstract : paper.doi !== undefined
    case 'mesh':
      return paper.folded.mesh?.some((key) => (filter.prefix ? key.startsWith(filter.value) : key === filter.value)) ?? false
    case 'pubtype':
      return paper.folded.publicationTypes?.includes(filter.value) ?? false
    case 'is':
      return paper.retraction === filter.status
  }
}

import type { CslItem, ItemExtension } from '../domain/csl'
import type { FieldProvenance, FieldSource } from '../domain/provenance'
import type { FieldConflict, LookupSource, StoredRetraction } from '../domain/registry'
import type { PaperRow } from '../domain/rows'
import type { LookupRecord } from './record'
import { OFFER_FIELD } from './offer'
import { nextRetraction } from './retraction'
import { isBlank, sameFieldValue } from './sameValue'

/** What completing a paper reads of it. */
export type CompletablePaper = Pick<PaperRow, 'csl' | 'fieldSources' | 'extension' | 'authorIdentities' | 'lookupConflicts' | 'studyType' | 'axisRejected'> &
  Partial<Pick<PaperRow, 'retraction'>> &
  Partial<Pick<PaperRow, 'unreadableTitle'>>

/** The paper's fields to write; `csl` holds only the CSL fields that change. Absent: unchanged. */
export interface CompletionPatch {
  csl: Partial<CslItem>
  fieldSources: Record<string, FieldProvenance>
  /** Undefined inside means "remove" (no conflicts left). */
  lookupConflicts: FieldConflict[] | undefined
  extension?: ItemExtension
  authorIdentities?: PaperRow['authorIdentities']
  studyType?: string
  retraction?: StoredRetraction
  /** True when the registry gave the title the PDF could not: the notice goes. */
  clearUnreadableTitle?: boolean
}

export interface Completion {
  patch: CompletionPatch
  /** Fields that were empty and now hold the registry's value. */
  filled: string[]
  /** Fields the PDF reader (or an earlier lookup) gave that the registry's value replaced. */
  replaced: string[]
  /** Fields the user or an imported file gave that the registry disagrees with: kept, the user chooses. */
  conflicts: FieldConflict[]
  /** Fields the registry also has whose stored value stays (same value, or in conflict). */
  kept: string[]
}

// The PDF reader's guesses, and an earlier lookup: a registry's record is better than either.
const YIELDING: ReadonlySet<FieldSource> = new Set(['xmp', 'info', 'layout', 'identifier', 'filename', 'registry'])

// Not bibliographic facts to compare: the paper's own id and key stay.
const SKIPPED = new Set(['id', 'citation-key'])

/**
 * The registry's record merged into a paper, field by field, by where each stored value came
 * from: an empty field is filled; a value from the PDF reader gives way (one the registry
 * gives to the letter is only confirmed: its provenance becomes the registry's); a value the
 * user typed or a bibliography file gave is kept, without a conflict when it says the same
 * in other typography, and when the registry disagrees and the registry's
 * value waits beside it as a conflict for the user to choose (one per field, the newest). A
 * stored value with no provenance is treated as imported: what nobody can vouch for is not
 * overwritten silently. MeSH, publication types and keywords replace the paper's where the
 * registry has them; PubMed's study type is set unless the user chose or rejected one.
 */
export function completeFromLookup(paper: CompletablePaper, record: LookupRecord, now: number): Completion {
  const completion: Completion = {
    patch: { csl: {}, fieldSources: { ...paper.fieldSources }, lookupConflicts: undefined },
    filled: [],
    replaced: [],
    conflicts: [],
    kept: [],
  }
  for (const [field, value] of Object.entries(record.item)) {
    if (!SKIPPED.has(field) && !isBlank(value)) mergeField(paper, record, field, value, now, completion)
  }
  completion.patch.lookupConflicts = mergedConflicts(paper, completion)
  completeExtras(paper, record, now, completion)
  return completion
}

function mergeField(paper: CompletablePaper, record: LookupRecord, field: string, value: unknown, now: number, completion: Completion): void {
  const stored: unknown = paper.csl[field]
  const provenance = paper.fieldSources?.[field] ?? readerDefault(paper, field)
  if (isBlank(stored)) {
    take(record, field, value, now, completion)
    completion.filled.push(field)
  } else if (provenance && YIELDING.has(provenance.source)) {
    // The registry's value, typography included; one the same to the letter is only confirmed.
    if (JSON.stringify(stored) === JSON.stringify(value)) {
      completion.patch.fieldSources[field] = registryProvenance(record, field, now)
      completion.kept.push(field)
    } else {
      take(record, field, value, now, completion)
      completion.replaced.push(field)
    }
  } else if (sameFieldValue(field, stored, value)) {
    completion.kept.push(field)
  } else {
    completion.conflicts.push({ field, registryValue: value, source: sourceOf(record, field), at: now })
    completion.kept.push(field)
  }
}

// The PDF reader calls every paper a journal article without saying so: that is its default, not a fact.
function readerDefault(paper: CompletablePaper, field: string): FieldProvenance | undefined {
  const readFromPdf = Object.values(paper.fieldSources ?? {}).some((provenance) => YIELDING.has(provenance.source) && provenance.source !== 'registry')
  return field === 'type' && readFromPdf ? { source: 'layout', confidence: 0 } : undefined
}

function take(record: LookupRecord, field: string, value: unknown, now: number, completion: Completion): void {
  completion.patch.csl[field] = value
  completion.patch.fieldSources[field] = registryProvenance(record, field, now)
}

/** How a field filled from a registry is recorded: sure, when, and which registry. */
export function registryProvenance(record: LookupRecord, field: string, now: number): FieldProvenance {
  return { source: 'registry', confidence: 1, at: now, by: sourceOf(record, field) }
}

/** The registry that gave a field, or the one that gave most of the record. */
export function sourceOf(record: LookupRecord, field: string): LookupSource {
  return record.fields[field]?.source ?? recordSource(record)
}

function recordSource(record: LookupRecord): LookupSource {
  const counts = new Map<LookupSource, number>()
  for (const { source } of Object.values(record.fields)) counts.set(source, (counts.get(source) ?? 0) + 1)
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'crossref'
}

// Earlier conflicts stay unless this lookup settled their field (taken, or now the same); a
// pending offer of another record goes, since this one is applied.
function mergedConflicts(paper: CompletablePaper, completion: Completion): FieldConflict[] | undefined {
  const settled = new Set([OFFER_FIELD, ...completion.filled, ...completion.replaced, ...completion.kept, ...completion.conflicts.map((conflict) => conflict.field)])
  const earlier = (paper.lookupConflicts ?? []).filter((conflict) => !settled.has(conflict.field))
  const merged = [...earlier, ...completion.conflicts]
  return merged.length > 0 ? merged : undefined
}

function completeExtras(paper: CompletablePaper, record: LookupRecord, now: number, completion: Completion): void {
  const { patch } = completion
  const extension = mergedExtension(paper.extension, record.extension)
  if (extension) patch.extension = extension
  // ORCID iDs belong to the authors as the registry lists them: only where the list is theirs or the same.
  if (record.authors.some((identity) => identity.orcid || identity.affiliations) && !completion.conflicts.some((conflict) => conflict.field === 'author')) {
    patch.authorIdentities = record.authors
  }
  const studyType = registryStudyType(paper, record)
  if (studyType) {
    patch.studyType = studyType
    patch.fieldSources.studyType = registryProvenance(record, 'publicationTypes', now)
  }
  patch.retraction = nextRetraction(paper.retraction, record.retraction, sourceOf(record, 'retraction'), now)
  if (paper.unreadableTitle && patch.csl.title) patch.clearUnreadableTitle = true
}

function mergedExtension(ours: ItemExtension | undefined, theirs: ItemExtension): ItemExtension | undefined {
  const merged: ItemExtension = { ...ours }
  let changed = false
  for (const key of ['mesh', 'publicationTypes', 'keywords'] as const) {
    const value = theirs[key]
    if (value && value.length > 0) {
      Object.assign(merged, { [key]: value })
      changed = true
    }
  }
  return changed ? merged : undefined
}

// PubMed's publication types are authoritative, but not over the user: a type they set, or rejected, stays so.
function registryStudyType(paper: CompletablePaper, record: LookupRecord): string | undefined {
  const studyType = record.studyType
  if (!studyType || paper.axisRejected?.studyTypes.includes(studyType)) return undefined
  const setByUser = paper.studyType !== undefined && paper.fieldSources?.studyType?.source !== 'registry'
  return setByUser ? undefined : studyType
}

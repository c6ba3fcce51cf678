import { completeFromLookup, sourceOf, type Completion } from '../../../shared/lookup/complete'
import { foreignPdfIdentifier, withoutIdentifier, type ForeignIdentifier } from '../../../shared/lookup/pdfIdentifier'
import type { LookupRecord } from '../../../shared/lookup/record'
import { REGISTRY_NAMES } from '../../../shared/lookup/registryNames'
import type { AxisRefDatabase } from './database'
import { withFields } from './edits'
import type { PaperRecord, QueuedLookup } from './schema'

/**
 * Completes a paper with a registry's record in one transaction, field by field as
 * `completeFromLookup` decides (the user's values stay, conflicts wait for the user), and
 * answers what happened in words for the lookup queue. A DOI the PDF printed that belongs to
 * another paper is removed instead and the record is not applied.
 */
export async function completePaperFromLookup(db: AxisRefDatabase, paperId: string, record: LookupRecord, now: number = Date.now()): Promise<string> {
  return db.transaction('rw', db.papers, async () => {
    const paper = await db.papers.get(paperId)
    if (!paper) return 'The paper is no longer in the library: nothing was completed.'
    const foreign = foreignPdfIdentifier(paper, record)
    if (foreign) {
      await db.papers.put(withoutForeignIdentifier(paper, foreign, now))
      return foreign.message
    }
    const completion = completeFromLookup(paper, record, now)
    await db.papers.put(completedPaper(paper, completion, now))
    return completionOutcome(completion, record)
  })
}

/** The lookup queue's `complete` handler: the queued row names the paper. */
export function completeQueuedLookup(db: AxisRefDatabase, row: QueuedLookup, record: LookupRecord): Promise<string> {
  if (!row.paperId) return Promise.reject(new Error(`The lookup of ${row.input} names no paper to complete.`))
  return completePaperFromLookup(db, row.paperId, record)
}

/** The paper with the completion written: changed CSL fields, provenance, conflicts and the registry's extras. */
export function completedPaper(paper: PaperRecord, completion: Completion, now: number): PaperRecord {
  const { patch } = completion
  const next: PaperRecord = { ...withFields(paper, { csl: patch.csl }, now), fieldSources: patch.fieldSources }
  if (patch.lookupConflicts) next.lookupConflicts = patch.lookupConflicts
  else delete next.lookupConflicts
  if (patch.extension) next.extension = patch.extension
  if (patch.authorIdentities) next.authorIdentities = patch.authorIdentities
  if (patch.studyType) next.studyType = patch.studyType
  if (patch.retraction) next.retraction = patch.retraction
  if (patch.clearUnreadableTitle) delete next.unreadableTitle
  return next
}

function withoutForeignIdentifier(paper: PaperRecord, foreign: ForeignIdentifier, now: number): PaperRecord {
  const next = withFields(paper, { csl: withoutIdentifier(foreign) }, now)
  const fieldSources = Object.fromEntries(Object.entries(next.fieldSources ?? {}).filter(([field]) => field !== foreign.field))
  return { ...next, fieldSources }
}

/** "Completed 5 fields from Crossref; 1 conflict to review", or that nothing needed completing. */
export function completionOutcome(completion: Completion, record: LookupRecord): string {
  const registry = REGISTRY_NAMES[sourceOf(record, 'title')]
  const changed = completion.filled.length + completion.replaced.length
  const conflicts = completion.conflicts.length
  const parts = [changed > 0 ? `Completed ${plural(changed, 'field')} from ${registry}` : `Nothing to complete: ${registry} agrees with the record`]
  if (conflicts > 0) parts.push(`${plural(conflicts, 'conflict')} to review`)
  return parts.join('; ')
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

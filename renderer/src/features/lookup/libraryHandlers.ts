import { applyBibliographicCandidates, applyRetractionCheck, completeQueuedLookup, type AxisRefDatabase, type QueuedLookup } from '../../db'
import type { LookupRecord } from '../../../../shared/lookup'
import { messageOf } from './queueRows'
import type { FoundLookup, LookupHandler, LookupResult, SearchHandler } from './types'

type RowStep = (db: AxisRefDatabase, row: QueuedLookup, record: LookupRecord) => Promise<string>

/**
 * The library's own handlers for the queue's `complete` and `retraction` lookups: each found
 * record is applied to its paper, one paper at a time, so one that cannot be written fails
 * alone (in words) and the others are applied.
 */
export function libraryLookupHandlers(db: AxisRefDatabase): { complete: LookupHandler; retraction: LookupHandler } {
  return { complete: perRow(db, completeOrSearch), retraction: perRow(db, applyRetractionCheck) }
}

/**
 * Completes the paper; when the DOI its PDF printed turned out to be another paper's (and was
 * dropped), the paper is searched for by its title instead, as one that printed none.
 */
async function completeOrSearch(db: AxisRefDatabase, row: QueuedLookup, record: LookupRecord): Promise<string> {
  const outcome = await completeQueuedLookup(db, row, record)
  const paper = row.paperId ? await db.papers.get(row.paperId) : undefined
  const title = paper?.csl.title?.trim()
  if (row.identifier?.kind !== 'doi' || !paper || paper.csl.DOI !== undefined || !title) return outcome
  await db.lookups.add({ id: crypto.randomUUID(), purpose: 'complete', input: title, paperId: paper.id, state: 'waiting', attempts: 0, createdAt: Date.now() })
  return `${outcome} Its title will be searched for instead.`
}

/** A title search's candidates: the best applied when sure, else offered on the paper. */
export function librarySearchHandler(db: AxisRefDatabase): SearchHandler {
  return async (row, candidates, now) => {
    if (!row.paperId || !(await db.papers.get(row.paperId))) return { kind: 'dropped' }
    return { kind: 'done', outcome: await applyBibliographicCandidates(db, row, candidates, { now }) }
  }
}

function perRow(db: AxisRefDatabase, step: RowStep): LookupHandler {
  return async (found: readonly FoundLookup[]) => {
    const results: LookupResult[] = []
    for (const { row, record } of found) results.push(await applied(db, step, row, record))
    return results
  }
}

async function applied(db: AxisRefDatabase, step: RowStep, row: QueuedLookup, record: LookupRecord): Promise<LookupResult> {
  if (!row.paperId || !(await db.papers.get(row.paperId))) return { kind: 'dropped' }
  try {
    return { kind: 'done', outcome: await step(db, row, record) }
  } catch (error) {
    return { kind: 'failed', error: { code: 'INTERNAL', message: `The registry's record could not be saved on the paper: ${messageOf(error)}` } }
  }
}

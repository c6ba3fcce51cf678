import type { LookupOutcome } from '../../../../shared/lookup'
import type { AxisRefDatabase, QueuedLookup } from '../../db'
import type { LookupError, LookupHandlers, LookupResult } from './types'

/** At most this many identifiers in one call: what one efetch request takes. */
export const MAX_BATCH_IDS = 200
/** The first retry after a network failure, doubled each time, never more than the cap. */
export const BACKOFF_BASE_MS = 30_000
export const BACKOFF_CAP_MS = 60 * 60_000
/** With lookups off nothing is sent, so asking again costs nothing: soon, in case they were turned on. */
export const OFFLINE_RECHECK_MS = 60_000
export const OFFLINE_MESSAGE = 'Online lookups are off in Settings'

/** The changes a row gets once its lookup has been tried (written in one transaction per batch). */
export type RowChange = { id: string; delete: true } | { id: string; delete?: false; changes: Partial<QueuedLookup> }

/** How long a row waits after its `attempts`-th network failure: 30 s, 1 min, 2 min … at most an hour. */
export function backoffDelay(attempts: number): number {
  return Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1))
}

/** What is sent for the row: the normalised identifier, whose shape says what it is (10.…, PMC…, digits). */
export function requestId(row: QueuedLookup): string | undefined {
  return row.identifier?.value
}

/** Rows that may run now: waiting, due, with an identifier and a handler for their purpose; oldest first. */
export function dueRows(rows: readonly QueuedLookup[], handlers: LookupHandlers, now: number): QueuedLookup[] {
  return rows
    .filter((row) => row.state === 'waiting' && (row.notBefore ?? 0) <= now && requestId(row) !== undefined && handlers[row.purpose] !== undefined)
    .sort((a, b) => a.createdAt - b.createdAt)
}

/** A `complete` lookup with no identifier: the paper is searched for by its title (`input`). */
export function isTitleSearch(row: QueuedLookup): boolean {
  return row.purpose === 'complete' && row.identifier === undefined && row.paperId !== undefined
}

/** Title searches that may run now, oldest first (only when something can apply their answers). */
export function dueSearches(rows: readonly QueuedLookup[], canSearch: boolean, now: number): QueuedLookup[] {
  if (!canSearch) return []
  return rows.filter((row) => row.state === 'waiting' && (row.notBefore ?? 0) <= now && isTitleSearch(row)).sort((a, b) => a.createdAt - b.createdAt)
}

/** The first rows whose identifiers make at most `limit` distinct ids (one paper asked for twice is asked once). */
export function firstBatch(rows: readonly QueuedLookup[], limit: number = MAX_BATCH_IDS): QueuedLookup[] {
  const ids = new Set<string>()
  const batch: QueuedLookup[] = []
  for (const row of rows) {
    const id = requestId(row) ?? ''
    if (!ids.has(id) && ids.size >= limit) break
    ids.add(id)
    batch.push(row)
  }
  return batch
}

/** The outcome for each id asked: the answer in the same place, or the one naming the id. */
export function outcomesById(ids: readonly string[], outcomes: readonly LookupOutcome[]): Map<string, LookupOutcome> {
  const byId = new Map<string, LookupOutcome>()
  ids.forEach((id, index) => {
    const outcome = outcomes[index]?.id === id ? outcomes[index] : outcomes.find((other) => other.id === id)
    if (outcome) byId.set(id, outcome)
  })
  return byId
}

/** A whole call failed: lookups off (wait, not counted as an attempt), a bad request (give up), or no network (back off). */
export function callFailureChange(row: QueuedLookup, error: LookupError, now: number): RowChange {
  if (error.code === 'OFFLINE') return { id: row.id, changes: { state: 'waiting', error: { code: 'OFFLINE', message: OFFLINE_MESSAGE }, notBefore: now + OFFLINE_RECHECK_MS } }
  if (error.code === 'INVALID_INPUT') return failedChange(row, error)
  return retryChange(row, error, now)
}

/** Waits again, longer each time. */
export function retryChange(row: QueuedLookup, error: LookupError, now: number): RowChange {
  const attempts = row.attempts + 1
  return { id: row.id, changes: { state: 'waiting', attempts, error, notBefore: now + backoffDelay(attempts) } }
}

/** One identifier's own failure: no such paper, not an identifier. Retrying would give the same. */
export function failedChange(row: QueuedLookup, error: LookupError): RowChange {
  return { id: row.id, changes: { state: 'failed', attempts: row.attempts + 1, error, notBefore: undefined } }
}

/** What a handler's result makes of the row. */
export function resultChange(row: QueuedLookup, result: LookupResult): RowChange {
  if (result.kind === 'dropped') return { id: row.id, delete: true }
  if (result.kind === 'failed') return failedChange(row, result.error)
  const paperId = result.paperId ?? row.paperId
  return { id: row.id, changes: { state: 'done', attempts: row.attempts + 1, outcome: result.outcome, error: undefined, notBefore: undefined, ...(paperId ? { paperId } : {}) } }
}

/** Writes the changes of one batch in one transaction. */
export async function applyRowChanges(db: AxisRefDatabase, changes: readonly RowChange[]): Promise<void> {
  if (changes.length === 0) return
  await db.transaction('rw', db.lookups, async () => {
    for (const change of changes) {
      if (change.delete) await db.lookups.delete(change.id)
      else await db.lookups.update(change.id, change.changes)
    }
  })
}

/** The message of anything thrown, in words. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

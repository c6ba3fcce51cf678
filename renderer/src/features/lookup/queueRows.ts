import type { LookupOutcome } from '../../../../shared/lookup'
import { Dexie, type Collection } from 'dexie'
import type { AxisRefDatabase, QueuedLookup, Unstamped } from '../../db'
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

/** A waiting row may run now: due, with an identifier and a handler for its purpose. */
export function isDueRow(row: QueuedLookup, handlers: LookupHandlers, now: number): boolean {
  return row.state === 'waiting' && (row.notBefore ?? 0) <= now && requestId(row) !== undefined && handlers[row.purpose] !== undefined
}

/** A `complete` lookup with no identifier: the paper is searched for by its title (`input`). */
export function isTitleSearch(row: QueuedLookup): boolean {
  return row.purpose === 'complete' && row.identifier === undefined && row.paperId !== undefined
}

/** A title search that may run now. */
export function isDueSearch(row: QueuedLookup, now: number): boolean {
  return row.state === 'waiting' && (row.notBefore ?? 0) <= now && isTitleSearch(row)
}

/**
 * The waiting rows in the order they run, read through an index (a large import queues
 * 100,000): the user's own adds first, then completions, then retraction checks, each
 * oldest first.
 */
export function waitingInRunOrder(db: AxisRefDatabase): Collection<QueuedLookup, string, Unstamped<QueuedLookup>> {
  return db.lookups.where('[state+purpose+createdAt]').between(['waiting', Dexie.minKey], ['waiting', Dexie.maxKey])
}

/** The rows that wait for a time (backoff, lookups off), soonest first: few, whatever the queue's length. */
export function timedRows(db: AxisRefDatabase): Collection<QueuedLookup, string, Unstamped<QueuedLookup>> {
  return db.lookups.orderBy('notBefore')
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

/** Writes the changes of one batch in one transaction, one bulk request each for the deleted and the changed rows. */
export async function applyRowChanges(db: AxisRefDatabase, changes: readonly RowChange[]): Promise<void> {
  if (changes.length === 0) return
  const deleted = changes.flatMap((change) => (change.delete ? [change.id] : []))
  const changed = changes.flatMap((change) => (change.delete ? [] : [{ key: change.id, changes: change.changes }]))
  await db.transaction('rw', db.lookups, async () => {
    if (deleted.length > 0) await db.lookups.bulkDelete(deleted)
    if (changed.length > 0) await db.lookups.bulkUpdate(changed)
  })
}

/** The message of anything thrown, in words. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

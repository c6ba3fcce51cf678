import type { LookupOutcome } from '../../../../shared/lookup'
import { enqueueLookups, type NewLookup, type QueuedLookup } from '../../db'
import {
  applyRowChanges,
  callFailureChange,
  failedChange,
  firstBatch,
  isDueRow,
  isDueSearch,
  isTitleSearch,
  MAX_BATCH_IDS,
  messageOf,
  outcomesById,
  requestId,
  resultChange,
  retryChange,
  timedRows,
  waitingInRunOrder,
  type RowChange,
} from './queueRows'
import { APPLY_MEASURE } from './measures'
import { createSerialRunner } from './serialRunner'
import type { BibliographicCandidate } from '../../../../shared/lookup'
import type { FoundLookup, LookupError, LookupQueueDeps, SearchHandler } from './types'

export interface LookupQueue {
  /** Sends rows a crash left running back to waiting, wakes those that waited for the network, then runs. Call once when the window opens. */
  start(): Promise<void>
  /** Runs what is due now; while a run is under way, asks for one more pass after it (never two at once). */
  run(): Promise<void>
  /** Stores lookups and runs them. */
  enqueue(lookups: readonly NewLookup[]): Promise<string[]>
  /** Tries a failed or waiting lookup again now, or every one when no id is given. */
  retry(id?: string): Promise<void>
  /** The network is back (the browser's `online`): lookups waiting for it run now, not when their backoff ends. */
  networkBack(): Promise<void>
  /** Settings changed (lookups turned on, another address): what waited for them runs now. */
  settingsChanged(): Promise<void>
  /** Takes a lookup that is not running out of the queue. */
  remove(id: string): Promise<void>
  /** Cancels the retry timer, and a pass under way reports nothing more (the window closes). */
  stop(): void
}

/**
 * The stored queue of registry lookups (Dexie table `lookups`), run in batches of at most 200
 * identifiers a call. Each row ends done (its handler said what it did), failed (no such paper,
 * not an identifier: not retried), or waiting again: lookups off, or the registries out of
 * reach (then with backoff). Nothing is lost across restarts: the rows are the queue.
 */
export function createLookupQueue(given: LookupQueueDeps): LookupQueue {
  let stopped = false
  // a pass under way when the queue is stopped (the window closes, a test ends) ends unheard:
  // its failure, hold or records are no one's to show any more
  const unlessStopped = <A extends unknown[]>(report: ((...args: A) => void) | undefined) =>
    report &&
    ((...args: A) => {
      if (!stopped) report(...args)
    })
  const deps: LookupQueueDeps = { ...given, onError: unlessStopped(given.onError), onHold: unlessStopped(given.onHold), onApplied: unlessStopped(given.onApplied) }
  const { db } = deps
  const hold = createHold(deps)
  const timer = createRetryTimer(deps, hold)
  const run = createSerialRunner(async () => {
    try {
      if (!hold.holds(deps.clock())) await runPass(deps, hold)
      await timer.setForNextDue()
    } catch (error) {
      if (!deps.onError) throw error
      deps.onError(`Lookups stopped: ${messageOf(error)}`)
    }
  })
  timer.onDue = () => void run()
  return {
    start: async () => {
      stopped = false
      timer.stopped = false
      await db.lookups.where('state').equals('running').modify({ state: 'waiting' })
      // a new start is a new chance: what waited for the network is tried now, not when its backoff ends
      await wakeUnreachable(deps, hold)
      await run()
    },
    run,
    enqueue: async (lookups) => {
      const ids = await enqueueLookups(db, lookups, deps.clock())
      // what the user asked for is tried now: with lookups off its rows say so at once
      hold.release()
      void run()
      return ids
    },
    retry: async (id) => {
      await retryNow(deps, id)
      hold.release()
      await run()
    },
    networkBack: async () => {
      await wakeUnreachable(deps, hold)
      await run()
    },
    settingsChanged: async () => {
      await wakeWaiting(deps, () => true)
      hold.release()
      await run()
    },
    remove: async (id) => {
      await db.lookups.where('id').equals(id).and((row) => row.state !== 'running').delete()
    },
    stop: () => {
      stopped = true
      timer.stop()
    },
  }
}

/**
 * The whole queue waits while a call failed for every lookup (lookups off, registries out of
 * reach): only the batch tried is marked with why, so 100,000 queued rows are not rewritten
 * each minute; the others wait behind it and are told by the status line (`onHold`).
 */
interface Hold {
  /** The queue holds at `now`: nothing runs until the hold ends or is released. */
  holds(now: number): boolean
  until(): number | undefined
  set(until: number, error: LookupError): void
  release(): void
  /** Released, unless it is for lookups turned off (those wait for Settings, not the network). */
  releaseUnreachable(): void
}

function createHold(deps: LookupQueueDeps): Hold {
  let held: { until: number; error: LookupError } | undefined
  const tell = () => deps.onHold?.(held?.error)
  return {
    holds: (now) => held !== undefined && held.until > now,
    until: () => held?.until,
    set: (until, error) => {
      held = { until, error }
      tell()
    },
    release: () => {
      if (!held) return
      held = undefined
      tell()
    },
    releaseUnreachable: () => {
      if (held?.error.code === 'OFFLINE') return
      held = undefined
      tell()
    },
  }
}

interface RetryTimer {
  onDue: () => void
  stopped: boolean
  /** Sets the timer for the first waiting row with a time to wait for (backoff, lookups off). */
  setForNextDue(): Promise<void>
  stop(): void
}

function createRetryTimer(deps: LookupQueueDeps, hold: Hold): RetryTimer {
  let cancel: (() => void) | undefined
  const timer: RetryTimer = {
    onDue: () => undefined,
    stopped: false,
    setForNextDue: async () => {
      cancel?.()
      cancel = undefined
      const runnable = (row: QueuedLookup) => row.state === 'waiting' && ((requestId(row) !== undefined && deps.handlers[row.purpose] !== undefined) || (deps.search !== undefined && isTitleSearch(row)))
      const first = await timedRows(deps.db).filter(runnable).first()
      const next = Math.min(first?.notBefore ?? Infinity, hold.until() ?? Infinity)
      if (Number.isFinite(next) && !timer.stopped) cancel = deps.schedule(() => timer.onDue(), Math.max(0, next - deps.clock()))
    },
    stop: () => {
      timer.stopped = true
      cancel?.()
      cancel = undefined
    },
  }
  return timer
}

/** "Retry": the lookup (or every failed and waiting one) runs now, as if new. */
async function retryNow(deps: LookupQueueDeps, id: string | undefined): Promise<void> {
  const { db } = deps
  // every failed row, and the waiting ones that were tried (the others are due already)
  const rows = id ? await db.lookups.where('id').equals(id).toArray() : [...(await db.lookups.where('state').equals('failed').toArray()), ...(await timedRows(db).toArray())]
  const retried = rows.filter((row) => row.state === 'failed' || row.state === 'waiting')
  await applyRowChanges(deps.db, retried.map((row) => ({ id: row.id, changes: { state: 'waiting', attempts: 0, notBefore: undefined } })))
}

/** The network is back: what waits for it is due now (lookups turned off still wait for Settings). */
async function wakeUnreachable(deps: LookupQueueDeps, hold: Hold): Promise<void> {
  await wakeWaiting(deps, (row) => row.error?.code !== 'OFFLINE')
  hold.releaseUnreachable()
}

/** Waiting rows that failed before and pass `which` are due now. */
async function wakeWaiting(deps: LookupQueueDeps, which: (row: QueuedLookup) => boolean): Promise<void> {
  const woken = await timedRows(deps.db)
    .filter((row) => row.state === 'waiting' && row.error !== undefined && which(row))
    .toArray()
  await applyRowChanges(deps.db, woken.map((row) => ({ id: row.id, changes: { notBefore: undefined } })))
}

/** Runs batch after batch of what is due, then the title searches, until nothing is or the registries cannot be reached. */
async function runPass(deps: LookupQueueDeps, hold: Hold): Promise<void> {
  for (;;) {
    const due = await takeDue(deps)
    if (due.length === 0) break
    const reached = await runBatch(deps, hold, firstBatch(due))
    if (!reached) return
  }
  await runSearches(deps)
}

/** One Crossref search per paper without an identifier, one after another (main keeps the rate). */
async function runSearches(deps: LookupQueueDeps): Promise<void> {
  const { db } = deps
  const search = deps.search
  const searchApi = deps.api.searchBibliographic
  if (!search || !searchApi) return
  const now = deps.clock()
  const due = await withoutGonePapers(deps, await waitingInRunOrder(db).filter((row) => isDueSearch(row, now)).toArray())
  for (const row of due) {
    await applyRowChanges(db, [{ id: row.id, changes: { state: 'running' } }])
    const answer = await callSearch(searchApi, row.input)
    const now = deps.clock()
    if (!answer.ok) {
      const rest = due.slice(due.indexOf(row))
      await applyRowChanges(db, rest.map((other) => callFailureChange(other, answer.error, now)))
      return
    }
    const change = await handleSearch(deps, search, row, answer.candidates, now)
    await applyRowChanges(db, [change])
    if (!change.delete && change.changes.state === 'done') deps.onApplied?.()
  }
}

type SearchAnswer = { ok: true; candidates: BibliographicCandidate[] } | { ok: false; error: LookupError }

async function callSearch(searchApi: NonNullable<LookupQueueDeps['api']['searchBibliographic']>, title: string): Promise<SearchAnswer> {
  try {
    const answer = await searchApi({ title: title.slice(0, 1000) })
    return answer.ok ? { ok: true, candidates: answer.value.candidates } : { ok: false, error: answer.error }
  } catch (error) {
    return { ok: false, error: { code: 'UNAVAILABLE', message: `The search could not be sent: ${messageOf(error)}` } }
  }
}

async function handleSearch(deps: LookupQueueDeps, search: SearchHandler, row: QueuedLookup, candidates: readonly BibliographicCandidate[], now: number): Promise<RowChange> {
  try {
    return resultChange(row, await search(row, candidates, now))
  } catch (error) {
    const message = `Saving the search's match failed: ${messageOf(error)}`
    deps.onError?.(message)
    return retryChange(row, { code: 'INTERNAL', message }, now)
  }
}

/** How many due rows a pass reads at a time: one batch's worth, twice over for ids asked twice. */
const DUE_READ = MAX_BATCH_IDS * 2

/** The next due rows in run order; those whose paper is gone (a completion or a check of a deleted paper) are dropped. */
async function takeDue(deps: LookupQueueDeps): Promise<QueuedLookup[]> {
  const now = deps.clock()
  const due = await waitingInRunOrder(deps.db)
    .filter((row) => isDueRow(row, deps.handlers, now))
    .limit(DUE_READ)
    .toArray()
  return withoutGonePapers(deps, due)
}

/** The rows whose paper is still in the library; the others are taken out of the queue. */
async function withoutGonePapers(deps: LookupQueueDeps, due: readonly QueuedLookup[]): Promise<QueuedLookup[]> {
  const { db } = deps
  const forPapers = due.filter((row) => row.purpose !== 'add' && row.paperId)
  const papers = await db.papers.bulkGet(forPapers.map((row) => row.paperId ?? ''))
  const gone = new Set(forPapers.filter((_, index) => papers[index] === undefined).map((row) => row.id))
  if (gone.size > 0) await db.lookups.bulkDelete([...gone])
  return due.filter((row) => !gone.has(row.id))
}

/**
 * One call for the batch; false when the whole call failed: the batch's rows then wait or fail
 * with why, and the queue holds until the soonest of them is due (the rows behind wait too).
 */
async function runBatch(deps: LookupQueueDeps, hold: Hold, batch: readonly QueuedLookup[]): Promise<boolean> {
  const { db } = deps
  await applyRowChanges(db, batch.map((row) => ({ id: row.id, changes: { state: 'running' } })))
  const ids = [...new Set(batch.map((row) => requestId(row) ?? ''))]
  const answer = await callLookup(deps, ids)
  const now = deps.clock()
  if (!answer.ok) {
    const changes = batch.map((row) => callFailureChange(row, answer.error, now))
    await applyRowChanges(db, changes)
    // a request refused as bad fails its rows for good: the next batch may be fine
    if (answer.error.code === 'INVALID_INPUT') return true
    hold.set(Math.min(...changes.map((change) => (change.delete ? Infinity : (change.changes.notBefore ?? Infinity)))), answer.error)
    return false
  }
  hold.release()
  const changes = await batchChanges(deps, batch, outcomesById(ids, answer.outcomes), now)
  await applyRowChanges(db, changes)
  if (changes.some((change) => !change.delete && change.changes.state === 'done')) deps.onApplied?.()
  return true
}

type CallAnswer = { ok: true; outcomes: LookupOutcome[] } | { ok: false; error: LookupError }

/** The registries' answer; a call that could not even reach main is a network failure in words. */
async function callLookup(deps: LookupQueueDeps, ids: string[]): Promise<CallAnswer> {
  try {
    const answer = await deps.api.lookupIdentifiers({ ids })
    return answer.ok ? { ok: true, outcomes: answer.value.outcomes } : { ok: false, error: answer.error }
  } catch (error) {
    return { ok: false, error: { code: 'UNAVAILABLE', message: `The lookup could not be sent: ${messageOf(error)}` } }
  }
}

/** Each row's change: its own failure, or what its purpose's handler did with the record. */
async function batchChanges(deps: LookupQueueDeps, batch: readonly QueuedLookup[], outcomes: Map<string, LookupOutcome>, now: number): Promise<RowChange[]> {
  const changes: RowChange[] = []
  const found = new Map<QueuedLookup['purpose'], FoundLookup[]>()
  for (const row of batch) {
    const outcome = outcomes.get(requestId(row) ?? '')
    if (!outcome) changes.push(retryChange(row, { code: 'INTERNAL', message: 'The lookup service gave no answer for this identifier; it will be asked again.' }, now))
    else if (!outcome.ok) changes.push(failedChange(row, outcome.error))
    else found.set(row.purpose, [...(found.get(row.purpose) ?? []), { row, record: outcome.record }])
  }
  for (const [purpose, lookups] of found) {
    // the merge and write of the records, apart from the wait on main: the lookup bench reads it
    const started = performance.now()
    changes.push(...(await handle(deps, purpose, lookups, now)))
    performance.measure(APPLY_MEASURE, { start: started, detail: { records: lookups.length } })
  }
  return changes
}

async function handle(deps: LookupQueueDeps, purpose: QueuedLookup['purpose'], lookups: FoundLookup[], now: number): Promise<RowChange[]> {
  const handler = deps.handlers[purpose]
  try {
    if (!handler) throw new Error(`nothing handles "${purpose}" lookups`)
    const results = await handler(lookups, now)
    return lookups.map(({ row }, index) => {
      const result = results[index]
      return result ? resultChange(row, result) : retryChange(row, { code: 'INTERNAL', message: `The ${purpose} step gave no result for this lookup.` }, now)
    })
  } catch (error) {
    const message = `Saving the looked-up record failed: ${messageOf(error)}`
    deps.onError?.(message)
    return lookups.map(({ row }) => retryChange(row, { code: 'INTERNAL', message }, now))
  }
}

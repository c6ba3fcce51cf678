import { useLiveQuery } from 'dexie-react-hooks'
import { createContext, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { useDatabase, type AxisRefDatabase, type NewLookup, type PaperRecord, type QueuedLookup } from '../../db'
import type { AxisRefApi } from '../../../../shared/ipc/api'
import { useApi } from '../../ipc/ApiContext'
import { createAddHandler } from './addPapers'
import { libraryLookupHandlers, librarySearchHandler } from './libraryHandlers'
import { createLookupQueue, type LookupQueue } from './lookupQueue'
import { timedRows, waitingInRunOrder } from './queueRows'
import { countsWithHold, lookupStatusText, timedCounts, type LookupCounts } from './status'
import type { LookupError, LookupHandler, Schedule } from './types'
import { useFirstScreenShown } from '../workspace/firstScreen'

/** The window's timer: the queue's own clock in the app (tests inject theirs). */
export const windowSchedule: Schedule = (run, delayMs) => {
  const timer = window.setTimeout(run, delayMs)
  return () => window.clearTimeout(timer)
}

interface QueueContext {
  queue: LookupQueue
  /** Told after records were applied (papers added or changed). */
  applied: Set<() => void>
  /** Why the last pass stopped, when it stopped for something else than a lookup. */
  problem: string | undefined
  /** Why the whole queue waits (lookups off, registries out of reach), while it does. */
  hold: LookupError | undefined
}

const LookupQueueContext = createContext<QueueContext | null>(null)

interface LookupQueueProviderProps {
  /**
   * Replaces the library's handlers of the other purposes (`complete`, `retraction`) over the
   * window's database and api; called once, when the queue is made. `add` is this feature's own.
   */
  handlers?: (host: { db: AxisRefDatabase; api: AxisRefApi }) => Partial<Record<'complete' | 'retraction', LookupHandler>>
  children: ReactNode
}

/**
 * The workspace's one lookup queue over the real api: started when the window opens (rows a
 * crash left running wait again), run again when the browser says it is online.
 */
export function LookupQueueProvider({ handlers, children }: LookupQueueProviderProps) {
  const db = useDatabase()
  const api = useApi()
  const [problem, setProblem] = useState<string>()
  const [hold, setHold] = useState<LookupError>()
  const [applied] = useState(() => new Set<() => void>())
  const [queue] = useState(() =>
    createLookupQueue({
      db,
      api,
      clock: Date.now,
      schedule: windowSchedule,
      handlers: { ...libraryLookupHandlers(db), ...handlers?.({ db, api }), add: createAddHandler(db) },
      search: librarySearchHandler(db),
      onError: setProblem,
      onHold: setHold,
      onApplied: () => applied.forEach((listener) => listener()),
    }),
  )
  // lookups left queued wait for the first screen: at 100,000 queued their reads held back the first rows
  const started = useFirstScreenShown()
  useEffect(() => {
    if (!started) return undefined
    void queue.start()
    const online = () => void queue.networkBack()
    window.addEventListener('online', online)
    return () => {
      window.removeEventListener('online', online)
      queue.stop()
    }
  }, [queue, started])
  useRunWhenQueued(db, queue, started)
  const value = useMemo(() => ({ queue, applied, problem, hold }), [queue, applied, problem, hold])
  return <LookupQueueContext.Provider value={value}>{children}</LookupQueueContext.Provider>
}

/**
 * Lookups queued by other writes than the queue's own `enqueue` (an import queues its papers'
 * completions in the transaction that adds them) run as soon as they are stored.
 */
function useRunWhenQueued(db: AxisRefDatabase, queue: LookupQueue, started: boolean): void {
  // a new lookup is the newest row: one row read on each change of the queue, not every waiting one
  const newest = useLiveQuery(() => db.lookups.orderBy('createdAt').last(), [db])
  const fresh = newest?.state === 'waiting' && newest.attempts === 0 && newest.error === undefined ? newest.id : undefined
  useEffect(() => {
    if (fresh && started) void queue.run()
  }, [fresh, queue, started])
}

export interface LookupQueueStatus {
  counts: LookupCounts
  /** "Looking up 2 of 5…", "Lookups: 3 waiting for network · 1 failed"; empty when nothing is queued. */
  text: string
  problem: string | undefined
}

export interface LookupQueueHandle {
  /** Stores lookups (they survive a restart) and runs them; answers their ids. */
  enqueue(lookups: readonly NewLookup[]): Promise<string[]>
  /** Tries one lookup again now, or every failed and waiting one. */
  retry(id?: string): Promise<void>
  remove(id: string): Promise<void>
  /** Online settings changed: lookups that waited for them are tried now. */
  settingsChanged(): Promise<void>
  status: LookupQueueStatus | undefined
}

/**
 * The lookup queue for other features. Outside the workspace (a pane rendered alone) lookups
 * are still stored, and run when the workspace next starts.
 */
export function useLookupQueue(): LookupQueueHandle {
  const db = useDatabase()
  const context = useContext(LookupQueueContext)
  // counted once the first screen is shown: each count reads every queued lookup's index entry
  const shown = useFirstScreenShown()
  const stored = useLiveQuery(() => (shown ? storedCounts(db) : undefined), [db, shown])
  // with no handlers nothing is ever due: it stores, retries and removes, and never calls main
  const storing = useMemo(() => createLookupQueue({ db, api: { lookupIdentifiers: notRunHere }, clock: Date.now, schedule: windowSchedule, handlers: {} }), [db])
  return useMemo(() => {
    const queue = context?.queue ?? storing
    const counts = stored && countsWithHold(stored, context?.hold)
    const status = counts && { counts, text: lookupStatusText(counts), problem: context?.problem }
    return { enqueue: queue.enqueue, retry: queue.retry, remove: queue.remove, settingsChanged: queue.settingsChanged, status }
  }, [context, storing, stored])
}

async function notRunHere(): Promise<{ ok: false; error: { code: 'UNAVAILABLE'; message: string } }> {
  return { ok: false, error: { code: 'UNAVAILABLE', message: 'Lookups run in the workspace.' } }
}

/** Calls `listener` whenever the queue has applied records (papers added or changed), while mounted. */
export function useLookupsApplied(listener: () => void): void {
  const context = useContext(LookupQueueContext)
  const latest = useRef(listener)
  useEffect(() => {
    latest.current = listener
  })
  useEffect(() => {
    if (!context) return undefined
    const call = () => latest.current()
    context.applied.add(call)
    return () => void context.applied.delete(call)
  }, [context])
}

/** How many lookups are where, counted by index (the rows are not read: an import queues 100,000). */
async function storedCounts(db: AxisRefDatabase): Promise<LookupCounts> {
  const count = (state: QueuedLookup['state']) => db.lookups.where('state').equals(state).count()
  const [waiting, running, failed, timed] = await Promise.all([count('waiting'), count('running'), count('failed'), timedRows(db).toArray()])
  return { waiting, running, failed, ...timedCounts(timed) }
}

/** At most this many rows of each state in the queue's panel: the rest are counted. */
const PANEL_ROWS = 200

/** What the queue's panel lists: running, failed and waiting lookups in run order, at most `PANEL_ROWS` of each, and how many more there are. */
export async function lookupsToShow(db: AxisRefDatabase): Promise<{ rows: QueuedLookup[]; more: number }> {
  const [running, failed, waiting, total] = await Promise.all([
    db.lookups.where('state').equals('running').limit(PANEL_ROWS).toArray(),
    db.lookups.where('state').equals('failed').limit(PANEL_ROWS).toArray(),
    waitingInRunOrder(db).limit(PANEL_ROWS).toArray(),
    db.lookups.where('state').anyOf('waiting', 'running', 'failed').count(),
  ])
  const rows = [...running, ...failed, ...waiting]
  return { rows, more: total - rows.length }
}

/** The lookups with these ids (absent when removed) and the papers they added or linked. */
export function useLookupRows(ids: readonly string[]): { rows: Map<string, QueuedLookup>; papers: Map<string, PaperRecord> } | undefined {
  const db = useDatabase()
  const key = ids.join(',')
  return useLiveQuery(async () => {
    const rows = (await db.lookups.bulkGet([...ids])).filter((row): row is QueuedLookup => row !== undefined)
    const paperIds = rows.flatMap((row) => (row.state === 'done' && row.paperId ? [row.paperId] : []))
    const papers = (await db.papers.bulkGet(paperIds)).filter((paper): paper is PaperRecord => paper !== undefined)
    return { rows: new Map(rows.map((row) => [row.id, row])), papers: new Map(papers.map((paper) => [paper.id, paper])) }
    // `key` stands for the ids' value: a new array of the same ids must not query again
  }, [db, key])
}

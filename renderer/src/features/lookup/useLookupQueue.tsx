import { useLiveQuery } from 'dexie-react-hooks'
import { createContext, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { useDatabase, type AxisRefDatabase, type NewLookup, type PaperRecord, type QueuedLookup } from '../../db'
import type { AxisRefApi } from '../../../../shared/ipc/api'
import { useApi } from '../../ipc/ApiContext'
import { createAddHandler } from './addPapers'
import { libraryLookupHandlers, librarySearchHandler } from './libraryHandlers'
import { createLookupQueue, type LookupQueue } from './lookupQueue'
import { countLookups, lookupStatusText, type LookupCounts } from './status'
import type { LookupHandler, Schedule } from './types'

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
      onApplied: () => applied.forEach((listener) => listener()),
    }),
  )
  useEffect(() => {
    void queue.start()
    const online = () => void queue.networkBack()
    window.addEventListener('online', online)
    return () => {
      window.removeEventListener('online', online)
      queue.stop()
    }
  }, [queue])
  useRunWhenQueued(db, queue)
  const value = useMemo(() => ({ queue, applied, problem }), [queue, applied, problem])
  return <LookupQueueContext.Provider value={value}>{children}</LookupQueueContext.Provider>
}

/**
 * Lookups queued by other writes than the queue's own `enqueue` (an import queues its papers'
 * completions in the transaction that adds them) run as soon as they are stored.
 */
function useRunWhenQueued(db: AxisRefDatabase, queue: LookupQueue): void {
  const fresh = useLiveQuery(() => db.lookups.where('state').equals('waiting').filter((row) => row.attempts === 0 && row.error === undefined).primaryKeys(), [db])
  const newest = fresh?.map(String).sort().join(',')
  useEffect(() => {
    if (newest) void queue.run()
  }, [newest, queue])
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
  const rows = useLiveQuery(() => unfinishedLookups(db), [db])
  // with no handlers nothing is ever due: it stores, retries and removes, and never calls main
  const stored = useMemo(() => createLookupQueue({ db, api: { lookupIdentifiers: notRunHere }, clock: Date.now, schedule: windowSchedule, handlers: {} }), [db])
  return useMemo(() => {
    const queue = context?.queue ?? stored
    const counts = rows && countLookups(rows)
    const status = counts && { counts, text: lookupStatusText(counts), problem: context?.problem }
    return { enqueue: queue.enqueue, retry: queue.retry, remove: queue.remove, settingsChanged: queue.settingsChanged, status }
  }, [context, stored, rows])
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

/** Waiting, running and failed lookups, oldest first (done ones are history). */
export function unfinishedLookups(db: AxisRefDatabase): Promise<QueuedLookup[]> {
  return db.lookups.where('state').anyOf('waiting', 'running', 'failed').sortBy('createdAt')
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

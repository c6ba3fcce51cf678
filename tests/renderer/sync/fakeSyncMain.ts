import { fail, ok, type Result } from '../../../shared/ipc/result'
import { paperRowSchema } from '../../../shared/domain/rows'
import { rowChangeSchema, type IncomingChange, type RowChange } from '../../../shared/sync/documents'
import type { SyncStatus } from '../../../shared/sync/status'
import type { SyncApi } from '../../../renderer/src/features/sync/outboxSend'
import type { Schedule } from '../../../renderer/src/features/sync/syncSession'
import { NOT_CONNECTED } from './notConnected'

type PushInput = Parameters<SyncApi['pushSyncChanges']>[0]
type PushOutput = Extract<Awaited<ReturnType<SyncApi['pushSyncChanges']>>, { ok: true }>['value']
type WaitOutput = Extract<Awaited<ReturnType<SyncApi['waitForSyncChanges']>>, { ok: true }>['value']

export function connectedStatus(id: string): SyncStatus {
  return { ...NOT_CONNECTED, state: 'upToDate', connection: { id, url: 'http://127.0.0.1:5984', database: 'lab', user: 'ana', hasPassword: true, pdfs: 'onOpen' } }
}

interface FeedEntry {
  seq: number
  /** A change as the server gave it: possibly one main should not have let through (`forge`). */
  change: unknown
}

/**
 * Main's side of the sync channels, in memory: a replica of rows, a changes feed (each row
 * once, at its latest change, oldest first) that pushed rows echo into, long polls that answer
 * when the feed grows. `forge` adds anything to the feed, as a server could send it. Papers that
 * come to share a citation key are resolved as main's resolver does: the later one is renamed
 * (unless `renamesClashes` is false). Every call is kept in `calls`.
 */
export function fakeSyncMain(options: { status?: SyncStatus } = {}) {
  let status = options.status ?? connectedStatus('conn-1')
  let seq = 0
  const feed = new Map<string, FeedEntry>()
  const rows = new Map<string, RowChange>()
  const calls: { channel: string; input?: unknown }[] = []
  const waits: { since: number; answer: (result: Result<WaitOutput>) => void }[] = []
  const listeners = new Set<() => void>()
  const control = {
    renamesClashes: true,
    /** Answers every call with this failure (main unreachable). */
    failure: undefined as string | undefined,
    /** Refuses pushed rows with these ids. */
    refuses: new Map<string, string>(),
    /** Holds every push until the promise resolves. */
    pushGate: undefined as Promise<void> | undefined,
  }

  const changed = () => listeners.forEach((listener) => listener())
  const record = (key: string, change: unknown) => {
    feed.delete(key)
    feed.set(key, { seq: ++seq, change })
  }
  const after = (since: number): IncomingChange[] =>
    [...feed.values()].filter((entry) => entry.seq > since).map((entry) => ({ change: entry.change, seq: String(entry.seq) }) as IncomingChange)
  const answerWaits = () => {
    for (const wait of [...waits]) {
      const changes = after(wait.since)
      if (changes.length === 0) continue
      waits.splice(waits.indexOf(wait), 1)
      wait.answer(ok({ changes, last: String(seq), status }))
    }
  }
  const store = (change: RowChange) => {
    const key = `${change.table}:${change.id}`
    const before = rows.get(key)
    if (before && JSON.stringify(comparable(before)) === JSON.stringify(comparable(change))) return false
    rows.set(key, change)
    record(key, change)
    if (control.renamesClashes) renameClash(change)
    return true
  }
  const renameClash = (change: RowChange) => {
    const pushed = paperOf(change)
    if (!pushed) return
    for (const other of rows.values()) {
      const held = paperOf(other)
      if (!held || held.id === pushed.id || held.citationKey !== pushed.citationKey) continue
      // the one added first keeps the key; the other keeps it as an alias
      const later = held.addedAt >= pushed.addedAt ? held : pushed
      const renamed = rowChangeSchema.parse({ table: 'papers', id: later.id, row: { ...later, citationKey: `${later.citationKey}a`, citationKeyAliases: [later.citationKey], revision: later.revision + 1 } })
      rows.set(`papers:${later.id}`, renamed)
      record(`papers:${later.id}`, renamed)
      return
    }
  }

  const api: SyncApi = {
    getSyncStatus: async () => {
      calls.push({ channel: 'getSyncStatus' })
      changed()
      return control.failure ? fail('UNAVAILABLE', control.failure) : ok(status)
    },
    syncNow: async () => {
      calls.push({ channel: 'syncNow' })
      changed()
      return ok(status)
    },
    pushSyncChanges: async (input: PushInput) => {
      calls.push({ channel: 'pushSyncChanges', input })
      changed()
      if (control.pushGate) await control.pushGate
      if (control.failure) return fail('UNAVAILABLE', control.failure)
      const answer: PushOutput = { written: 0, unchanged: 0, refused: [] }
      for (const change of input.changes) {
        const reason = control.refuses.get(change.id)
        if (reason) answer.refused.push({ id: `${change.table === 'papers' ? 'paper' : change.table}:${change.id}`, reason })
        else if (store(rowChangeSchema.parse(change))) answer.written += 1
        else answer.unchanged += 1
      }
      answerWaits()
      return ok(answer)
    },
    waitForSyncChanges: async (input) => {
      calls.push({ channel: 'waitForSyncChanges', input })
      if (control.failure) {
        changed()
        return fail('UNAVAILABLE', control.failure)
      }
      const since = input.since === '' ? 0 : Number(input.since)
      const changes = after(since)
      if (changes.length > 0) {
        changed()
        return ok({ changes, last: String(seq), status })
      }
      const answer = new Promise<Result<WaitOutput>>((resolve) => waits.push({ since, answer: resolve }))
      changed()
      return answer
    },
  }

  return {
    api,
    calls,
    control,
    rows,
    /** Adds what the server sent (another device's change, or a forged document) to the feed. */
    forge(key: string, change: unknown) {
      if (typeof change === 'object' && change !== null && 'row' in change) rows.set(key, change as RowChange)
      record(key, change)
      answerWaits()
    },
    /** Adds several documents to the feed before any poll is answered: they come as one batch. */
    forgeBatch(documents: readonly [string, unknown][]) {
      for (const [key, change] of documents) {
        if (typeof change === 'object' && change !== null && 'row' in change) rows.set(key, change as RowChange)
        record(key, change)
      }
      answerWaits()
    },
    /** The `since` of each long poll waiting now. */
    waiting: () => waits.map((wait) => wait.since),
    /** Answers the waiting polls with no changes (main's wait ran out), or with the failure if one is set. */
    timeOut() {
      for (const wait of waits.splice(0)) wait.answer(control.failure ? fail('UNAVAILABLE', control.failure) : ok({ changes: [], last: String(seq), status }))
    },
    setStatus(next: SyncStatus) {
      status = next
    },
    /** Resolves once `check` holds, checked after each call the window makes. */
    when(check: () => boolean): Promise<void> {
      return new Promise((resolve) => {
        const test = () => {
          if (!check()) return
          listeners.delete(test)
          resolve()
        }
        listeners.add(test)
        test()
      })
    },
  }
}

function paperOf(change: RowChange | undefined) {
  if (change?.table !== 'papers') return undefined
  const parsed = paperRowSchema.safeParse(change.row)
  return parsed.success ? parsed.data : undefined
}

/** A row compared as main compares them: without its revision and modification time. */
function comparable(change: RowChange): unknown {
  if (change.row === null) return null
  const { revision: _revision, modifiedAt: _modifiedAt, ...rest } = change.row
  return rest
}

/** Timers the test fires by hand. */
export function manualSchedule() {
  let pending: { run: () => void; delay: number }[] = []
  const watchers: { matches: (delay: number) => boolean; resolve: (delay: number) => void }[] = []
  const schedule: Schedule = (run, delay) => {
    const timer = { run, delay }
    pending.push(timer)
    for (const watcher of watchers.filter((candidate) => candidate.matches(delay))) {
      watchers.splice(watchers.indexOf(watcher), 1)
      watcher.resolve(delay)
    }
    return () => {
      pending = pending.filter((other) => other !== timer)
    }
  }
  /** Resolves with the delay of a timer that matches, set now or later. */
  const next = (matches: (delay: number) => boolean): Promise<number> => {
    const found = pending.find((timer) => matches(timer.delay))
    if (found) return Promise.resolve(found.delay)
    return new Promise((resolve) => watchers.push({ matches, resolve }))
  }
  return {
    schedule,
    next,
    /** Resolves once a timer with this delay is set (now, or later). */
    set: (delay: number) => next((candidate) => candidate === delay),
    /** Runs the timers set with this delay. */
    fire(delay: number) {
      const due = pending.filter((timer) => timer.delay === delay)
      pending = pending.filter((timer) => timer.delay !== delay)
      due.forEach((timer) => timer.run())
      return due.length
    },
  }
}

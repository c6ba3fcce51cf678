import type { AxisRefDatabase } from '../../db'
import type { SyncStatusStore } from './syncStatusStore'
import { drainOutbox, pushEveryRow, valueOf, type SyncApi } from './outboxSend'
import type { ProblemReport } from './problemReport'
import { applyReceivedBatch } from './receivedChanges'

/** Runs `run` once after `delayMs`; answers a function that cancels it. */
export type Schedule = (run: () => void, delayMs: number) => () => void

/** The shortest wait before asking main again after a failure (or an empty answer); it doubles up to RETRY_MAX_MS. */
export const RETRY_MIN_MS = 1000
export const RETRY_MAX_MS = 60_000

export function retryDelay(failures: number): number {
  return Math.min(RETRY_MAX_MS, RETRY_MIN_MS * 2 ** Math.max(0, failures - 1))
}

export interface SessionDeps {
  api: SyncApi
  db: AxisRefDatabase
  store: SyncStatusStore
  schedule: Schedule
  problems: ProblemReport
  /** Tells the window how many rows wait in the outbox. */
  countOutbox: () => Promise<void>
}

/** The window's side of one connection, from the first push to disconnection. */
export interface SyncSession {
  connectionId: string
  /** Sends the outbox (after a failure, again with backoff until it goes). */
  send(): void
  /** Sends the outbox now, and asks main for changes at once if the poll is waiting to. */
  now(): void
  end(): void
}

/**
 * Starts moving changes for one connection: every row first when this connection has not had
 * them, then the outbox, then a long poll for changes from main, applied as they come. Changes
 * from main are received only once the window's own went out, so a row changed here is never
 * overwritten by the server's before main has merged the two.
 */
export function openSyncSession(connectionId: string, deps: SessionDeps): SyncSession {
  const state = { live: true }
  const pause = pauses(deps.schedule)
  const sender = createSender(connectionId, deps, state)
  const run = async () => {
    let failures = 0
    while (state.live && !(await sender.send())) await pause.sleep(retryDelay(++failures))
    await receiveChanges(connectionId, deps, sender, pause, state)
  }
  void run()
  return {
    connectionId,
    send: () => void sender.sendRetrying(),
    now() {
      void sender.sendRetrying()
      pause.wake()
    },
    end() {
      state.live = false
      sender.cancel()
      pause.wake()
    },
  }
}

/** Waits of the receiving loop, which "sync now" and the session's end cut short. */
function pauses(schedule: Schedule) {
  let wake: (() => void) | undefined
  return {
    sleep: (ms: number) =>
      new Promise<void>((resolve) => {
        const done = () => {
          wake = undefined
          resolve()
        }
        const cancel = schedule(done, ms)
        wake = () => {
          cancel()
          done()
        }
      }),
    wake: () => wake?.(),
  }
}

type Sender = ReturnType<typeof createSender>

/** Sends every row once per connection, then the outbox; one send at a time, retried with backoff after a failure. */
function createSender(connectionId: string, deps: SessionDeps, state: { live: boolean }) {
  const { api, db, problems } = deps
  let sending: Promise<boolean> = Promise.resolve(true)
  let failures = 0
  let cancelRetry = () => {}

  const sendOnce = async (): Promise<boolean> => {
    if (!state.live) return false
    try {
      if (!(await db.syncState.get(connectionId))?.pushedAll) {
        problems.add(await pushEveryRow(db, api))
        await markPushedAll(db, connectionId)
      }
      problems.add(await drainOutbox(db, api))
      problems.set('send', undefined)
      return true
    } catch (error) {
      problems.set('send', messageOf(error))
      return false
    } finally {
      await deps.countOutbox()
    }
  }
  // one send at a time: two at once would both send the rows the first has not yet forgotten
  const send = () => (sending = sending.then(sendOnce))
  const sendRetrying = async () => {
    cancelRetry()
    if (await send()) failures = 0
    else if (state.live) cancelRetry = deps.schedule(() => void sendRetrying(), retryDelay(++failures))
  }
  return { send, sendRetrying, cancel: () => cancelRetry() }
}

/** Asks main for changes and applies them, until the session ends; waits after failures, empty answers and clashes. */
async function receiveChanges(connectionId: string, deps: SessionDeps, sender: Sender, pause: ReturnType<typeof pauses>, state: { live: boolean }): Promise<void> {
  const holds = new Map<string, number>()
  let failures = 0
  while (state.live) {
    let delay: number
    try {
      delay = await receiveOnce(connectionId, deps, sender, holds, state)
      failures = 0
      deps.problems.set('receive', undefined)
    } catch (error) {
      if (!state.live) return
      deps.problems.set('receive', messageOf(error))
      delay = retryDelay(++failures)
    }
    if (delay > 0 && state.live) await pause.sleep(delay)
  }
}

/** One ask and its batch applied: answers how long to wait before the next ask. */
async function receiveOnce(connectionId: string, deps: SessionDeps, sender: Sender, holds: Map<string, number>, state: { live: boolean }): Promise<number> {
  const { api, db } = deps
  const since = (await db.syncState.get(connectionId))?.since ?? ''
  const answer = await valueOf('receive changes from sync', () => api.waitForSyncChanges({ connectionId, since }))
  if (!state.live) return 0
  // the status may say the library is no longer connected: the store's listener ends this session
  deps.store.update({ status: answer.status })
  if (!state.live) return 0
  const outcome = await applyReceivedBatch(db, connectionId, answer, holds).catch((error: unknown) => {
    throw new Error(`Changes from the server could not be stored in this window: ${messageOf(error)}`)
  })
  deps.problems.add(outcome.problems)
  if (outcome.held) {
    await sender.send()
    // a clash waits for main to rename one of the two papers
    return outcome.held.reason === 'clash' ? retryDelay(outcome.held.tries) : 0
  }
  return answer.changes.length === 0 ? RETRY_MIN_MS : 0
}

async function markPushedAll(db: AxisRefDatabase, connectionId: string): Promise<void> {
  await db.transaction('rw', db.syncState, async () => {
    const state = await db.syncState.get(connectionId)
    await db.syncState.put({ id: connectionId, since: state?.since ?? '', pushedAll: true })
  })
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

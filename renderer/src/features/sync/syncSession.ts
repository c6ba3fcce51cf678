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
  const { api, db, schedule, problems } = deps
  let live = true
  let wake: (() => void) | undefined
  let sending: Promise<boolean> = Promise.resolve(true)
  let sendFailures = 0
  let cancelRetry = () => {}
  const holds = new Map<string, number>()

  const sleep = (ms: number) =>
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
    })

  const sendOnce = async (): Promise<boolean> => {
    if (!live) return false
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
    if (await send()) sendFailures = 0
    else if (live) cancelRetry = schedule(() => void sendRetrying(), retryDelay(++sendFailures))
  }

  /** One ask: answers how long to wait before the next. */
  const receiveOnce = async (): Promise<number> => {
    const since = (await db.syncState.get(connectionId))?.since ?? ''
    const answer = await valueOf('receive changes from sync', () => api.waitForSyncChanges({ connectionId, since }))
    if (!live) return 0
    // the status may say the library is no longer connected: the store's listener ends this session
    deps.store.update({ status: answer.status })
    if (!live) return 0
    const outcome = await applyReceivedBatch(db, connectionId, answer, holds).catch((error: unknown) => {
      throw new Error(`Changes from the server could not be stored in this window: ${messageOf(error)}`)
    })
    problems.add(outcome.problems)
    if (outcome.held) {
      await send()
      // a clash waits for main to rename one of the two papers
      return outcome.held.reason === 'clash' ? retryDelay(outcome.held.tries) : 0
    }
    return answer.changes.length === 0 ? RETRY_MIN_MS : 0
  }

  const receive = async () => {
    let failures = 0
    while (live) {
      let delay: number
      try {
        delay = await receiveOnce()
        failures = 0
        problems.set('receive', undefined)
      } catch (error) {
        if (!live) return
        problems.set('receive', messageOf(error))
        delay = retryDelay(++failures)
      }
      if (delay > 0 && live) await sleep(delay)
    }
  }

  const run = async () => {
    while (live && !(await send())) await sleep(retryDelay(++sendFailures))
    sendFailures = 0
    await receive()
  }
  void run()

  return {
    connectionId,
    send() {
      void sendRetrying()
    },
    now() {
      void sendRetrying()
      wake?.()
    },
    end() {
      live = false
      cancelRetry()
      wake?.()
    },
  }
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

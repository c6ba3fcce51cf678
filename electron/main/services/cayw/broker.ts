import { randomUUID } from 'node:crypto'
import type { CiteAnswer, CiteRequest } from '../../../../shared/cite/request'

/** How a request for a picker ended, as the endpoint tells the editor. */
export type PickerOutcome =
  | CiteAnswer
  /** Another picker is open: one at a time. */
  | { kind: 'busy' }
  /** No window took the request in time (the app's window is closed, or the browser tab is). */
  | { kind: 'no-window' }

/** Schedules a callback; the function returned cancels it. Tests fire these by hand. */
export interface Timers {
  after(ms: number, callback: () => void): () => void
}

export interface PickerBrokerOptions {
  /** How long a request waits for a window to take it before answering `no-window` (default 15 s). */
  pickupMs?: number
  /** How long one `wait` (the window's long poll) is held open before answering null (default 25 s). */
  pollMs?: number
  timers?: Timers
  /** Called when a request arrives (Electron opens the picker window here). */
  onRequest?: (request: CiteRequest) => void
  /** Called when a request ends, however it ends (Electron closes the picker window here). */
  onSettled?: (request: CiteRequest, outcome: PickerOutcome) => void
}

export interface PickerBroker {
  /**
   * Asks the window for a pick and resolves with the user's answer. An aborted signal (the
   * editor hung up) withdraws the request; a late answer to it is then not delivered.
   */
  request(input: Omit<CiteRequest, 'id'>, signal?: AbortSignal): Promise<PickerOutcome>
  /** The window's long poll: the request to show, or null when none came within `pollMs`. */
  wait(): Promise<CiteRequest | null>
  /** The window's answer; `delivered` is false when the request was withdrawn or already answered. */
  answer(id: string, answer: CiteAnswer): { delivered: boolean }
  /** The request being shown or waiting to be taken, if any. */
  current(): CiteRequest | undefined
}

interface Pending {
  request: CiteRequest
  resolve: (outcome: PickerOutcome) => void
  /** Cancels the pickup timer. */
  stopPickup: () => void
}

const realTimers: Timers = {
  after(ms, callback) {
    const handle = setTimeout(callback, ms)
    return () => clearTimeout(handle)
  },
}

const nothing = () => undefined

/**
 * One picker at a time between the callers (the CAYW listener, the global shortcut) and the
 * window that shows it. The window long-polls rather than being pushed to, so the same two
 * channels work over Electron's IPC and the browser host's HTTP. A window that reloads while a
 * picker is open asks again and gets the same request, so the editor is not left waiting.
 */
export function createPickerBroker(options: PickerBrokerOptions = {}): PickerBroker {
  const timers = options.timers ?? realTimers
  const pickupMs = options.pickupMs ?? 15_000
  const pollMs = options.pollMs ?? 25_000
  let pending: Pending | undefined
  const waiters = new Set<(request: CiteRequest | null) => void>()

  function settle(outcome: PickerOutcome): void {
    const done = pending
    if (!done) return
    pending = undefined
    done.stopPickup()
    done.resolve(outcome)
    options.onSettled?.(done.request, outcome)
  }

  function hand(request: CiteRequest): void {
    if (waiters.size === 0) return
    if (pending?.request === request) pending.stopPickup()
    for (const waiter of waiters) waiter(request)
    waiters.clear()
  }

  function request(input: Omit<CiteRequest, 'id'>, signal?: AbortSignal): Promise<PickerOutcome> {
    if (pending) return Promise.resolve({ kind: 'busy' })
    if (signal?.aborted) return Promise.resolve({ kind: 'cancelled' })
    const next: CiteRequest = { ...input, id: randomUUID() }
    return new Promise<PickerOutcome>((resolve) => {
      const entry: Pending = { request: next, resolve, stopPickup: nothing }
      pending = entry
      entry.stopPickup = timers.after(pickupMs, () => {
        if (pending === entry) settle({ kind: 'no-window' })
      })
      signal?.addEventListener('abort', () => {
        if (pending === entry) settle({ kind: 'cancelled' })
      })
      options.onRequest?.(next)
      hand(next)
    })
  }

  function wait(): Promise<CiteRequest | null> {
    if (pending) {
      pending.stopPickup()
      return Promise.resolve(pending.request)
    }
    return new Promise((resolve) => {
      const waiter = (value: CiteRequest | null) => {
        stopPoll()
        resolve(value)
      }
      const stopPoll = timers.after(pollMs, () => {
        waiters.delete(waiter)
        resolve(null)
      })
      waiters.add(waiter)
    })
  }

  function answer(id: string, value: CiteAnswer): { delivered: boolean } {
    if (pending?.request.id !== id) return { delivered: false }
    settle(value)
    return { delivered: true }
  }

  return { request, wait, answer, current: () => pending?.request }
}

import type { CiteRequest } from '../../../../shared/cite/request'
import type { Result } from '../../../../shared/ipc/result'

/** The shortest time between two polls: a host that answers "none" at once is not asked again in a tight loop. */
export const MIN_POLL_INTERVAL_MS = 1000
/** The longest wait before asking again after failures. */
export const MAX_RETRY_MS = 30_000

/** How long to wait after this many failed polls in a row: 1 s, 2 s, 4 s … up to 30 s. */
export function retryDelay(failures: number): number {
  return Math.min(MAX_RETRY_MS, MIN_POLL_INTERVAL_MS * 2 ** Math.max(0, failures - 1))
}

/** Time, injectable so tests run the loop without waiting. */
export interface PollClock {
  now(): number
  /** Resolves after `ms`, or at once when `signal` aborts. */
  sleep(ms: number, signal: AbortSignal): Promise<void>
}

export const realClock: PollClock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise((resolve) => {
      if (signal.aborted) return resolve()
      const handle = setTimeout(done, ms)
      function done() {
        clearTimeout(handle)
        signal.removeEventListener('abort', done)
        resolve()
      }
      signal.addEventListener('abort', done)
    }),
}

export interface PollDeps {
  /** The host's long poll: a request, or null when none came in its time. */
  wait: () => Promise<Result<CiteRequest | null>>
  /** Shows a request; resolves once the user has answered it (the loop does not ask meanwhile). */
  show: (request: CiteRequest) => Promise<void>
  /** A poll failed, in words; the loop asks again after `retryInMs`. */
  onFailure: (message: string, retryInMs: number) => void
  /** A poll worked after one or more failed. */
  onRecovered: () => void
  clock: PollClock
  signal: AbortSignal
}

async function waitOnce(wait: PollDeps['wait']): Promise<Result<CiteRequest | null>> {
  try {
    return await wait()
  } catch (error) {
    // a thrown poll is a failed poll: reported and retried like one that answered an error
    return { ok: false, error: { code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) } }
  }
}

/**
 * Asks the host for citation picker requests for as long as `signal` is not aborted: each
 * request is shown and answered before the next poll. A failed poll is reported and retried
 * with a growing delay; a poll that answered sooner than a second is followed by a pause, so
 * a host that never holds the poll open is not hammered.
 */
export async function pollCiteRequests(deps: PollDeps): Promise<void> {
  const { clock, signal } = deps
  let failures = 0
  while (!signal.aborted) {
    const started = clock.now()
    const answer = await waitOnce(deps.wait)
    if (signal.aborted) return
    if (!answer.ok) {
      failures += 1
      const retryInMs = retryDelay(failures)
      deps.onFailure(answer.error.message, retryInMs)
      await clock.sleep(retryInMs, signal)
      continue
    }
    if (failures > 0) deps.onRecovered()
    failures = 0
    if (answer.value) await deps.show(answer.value)
    const elapsed = clock.now() - started
    if (elapsed < MIN_POLL_INTERVAL_MS) await clock.sleep(MIN_POLL_INTERVAL_MS - elapsed, signal)
  }
}

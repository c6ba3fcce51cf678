/** Waits the given milliseconds, or rejects with the signal's reason once it aborts. */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>

export interface RateLimiter {
  /** Resolves when one more request may start; callers are served in the order they asked. */
  acquire(signal?: AbortSignal): Promise<void>
}

const WINDOW_MS = 1000

/**
 * At most `perSecond` request starts in any one-second window, measured on the injected
 * clock (so a test drives it with a fake clock and never waits). NCBI allows 3 a second,
 * 10 with an API key; going over gets the whole machine blocked for a while.
 */
export function createRateLimiter(perSecond: number, now: () => number, sleep: Sleep): RateLimiter {
  if (!Number.isInteger(perSecond) || perSecond < 1) throw new RangeError(`A rate limit is a whole number of requests a second, not ${perSecond}.`)
  const starts: number[] = []
  let queue: Promise<void> = Promise.resolve()
  async function waitForSlot(signal?: AbortSignal): Promise<void> {
    for (;;) {
      signal?.throwIfAborted()
      const current = now()
      while (starts.length > 0 && (starts[0] ?? 0) <= current - WINDOW_MS) starts.shift()
      if (starts.length < perSecond) {
        starts.push(current)
        return
      }
      await sleep((starts[0] ?? current) + WINDOW_MS - current, signal)
    }
  }
  return {
    acquire(signal) {
      const turn = queue.then(() => waitForSlot(signal))
      // the next caller waits for this one's turn, whether it got a slot or was cancelled
      queue = turn.then(
        () => undefined,
        () => undefined,
      )
      return turn
    },
  }
}

/** Requests a second each service is allowed (NCBI: 3, or 10 with an API key). */
export function serviceRateLimits(ncbiApiKey?: string): Readonly<Record<'crossref' | 'doi' | 'eutils' | 'idconv', number>> {
  const ncbi = ncbiApiKey ? 10 : 3
  return { crossref: 5, doi: 5, eutils: ncbi, idconv: 3 }
}

/** The real sleep: a timer that an abort cancels. */
export function timerSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason)
      return
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    function onAbort(): void {
      clearTimeout(timer)
      reject(signal?.reason)
    }
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}

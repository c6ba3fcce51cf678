import { AppError } from '../../../../shared/ipc/result'
import {
  isRetryableStatus,
  mediaType,
  parseRetryAfter,
  statusFailure,
  timeoutFailure,
  truncatedFailure,
  unreachableFailure,
  wrongTypeFailure,
} from './httpFailures'
import { createRateLimiter, serviceRateLimits, timerSleep, type RateLimiter, type Sleep } from './rateLimiter'
import type { OnlineRequest } from './requests'
import { SERVICE_NAMES, type OnlineService } from './serviceUrls'

/** What the client needs from the outside world; tests pass their own. */
export interface OnlineDeps {
  fetch: (url: string, init: RequestInit) => Promise<Response>
  now: () => number
  sleep: Sleep
  /** A signal that aborts after `ms`, like `AbortSignal.timeout`. */
  timeout: (ms: number) => AbortSignal
}

export interface OnlineClientOptions {
  /** AxisRef's version, for the User-Agent. */
  version: string
  /** Where registries may write about misbehaving traffic (Crossref's polite pool asks for it). */
  mailto?: string
  ncbiApiKey?: string
  /** Time limit of one attempt, redirects included (default 20 s). */
  timeoutMs?: number
  /** Attempts at most, the first included (default 4). */
  maxAttempts?: number
  /** First pause before a retry, doubled each time (default 1 s), and its cap (default 60 s). */
  baseDelayMs?: number
  maxDelayMs?: number
}

export interface OnlineResponse {
  status: number
  /** The media type alone (`application/json`). */
  contentType: string
  /** Where the answer came from, after redirects. */
  url: string
  body: string
}

export interface OnlineClient {
  /**
   * Sends one request, following redirects, retrying 429 and 5xx answers and dropped
   * connections with exponential backoff (or the server's Retry-After), and keeping each
   * service under its rate limit. Throws AppError: NOT_FOUND (404), INVALID_INPUT (400),
   * TIMEOUT (no answer within the time limit), UNAVAILABLE (unreachable, overloaded, cut
   * off, or not the expected kind of answer), INTERNAL (anything else). A cancelled signal
   * rejects with the signal's own reason: cancelling is not a failure to report.
   */
  send(request: OnlineRequest, signal?: AbortSignal): Promise<OnlineResponse>
}

type Attempt = { done: true; response: OnlineResponse } | { done: false; failure: AppError; retryAfterMs?: number }

const MAX_REDIRECTS = 5

export function userAgent(version: string, mailto?: string): string {
  return mailto ? `AxisRef/${version} (+mailto:${mailto})` : `AxisRef/${version}`
}

export function createOnlineClient(deps: OnlineDeps, options: OnlineClientOptions): OnlineClient {
  const settings = { timeoutMs: 20_000, maxAttempts: 4, baseDelayMs: 1000, maxDelayMs: 60_000, ...options }
  const limits = serviceRateLimits(options.ncbiApiKey)
  const limiters = new Map<OnlineService, RateLimiter>()
  const limiterOf = (service: OnlineService): RateLimiter => {
    const existing = limiters.get(service)
    if (existing) return existing
    const created = createRateLimiter(limits[service], deps.now, deps.sleep)
    limiters.set(service, created)
    return created
  }
  const headers = (request: OnlineRequest): Record<string, string> => ({ accept: request.accept, 'user-agent': userAgent(options.version, options.mailto) })

  async function attemptOnce(request: OnlineRequest, attempt: number, signal?: AbortSignal): Promise<Attempt> {
    const name = SERVICE_NAMES[request.service]
    const timeout = deps.timeout(settings.timeoutMs)
    const combined = signal ? AbortSignal.any([signal, timeout]) : timeout
    const abortFailure = (): AppError | undefined => {
      signal?.throwIfAborted()
      return timeout.aborted ? timeoutFailure(name, settings.timeoutMs) : undefined
    }
    let response: Response
    try {
      response = await fetchFollowing(request, combined)
    } catch (error) {
      if (error instanceof AppError) throw error
      const aborted = abortFailure()
      if (aborted) throw aborted
      return { done: false, failure: unreachableFailure(name, error, attempt) }
    }
    if (isRetryableStatus(response.status)) {
      await response.body?.cancel()
      return { done: false, failure: statusFailure(name, response.status, attempt), retryAfterMs: parseRetryAfter(response.headers.get('retry-after'), deps.now()) }
    }
    if (response.status >= 400) {
      await response.body?.cancel()
      throw statusFailure(name, response.status, attempt)
    }
    let body: string
    try {
      body = await response.text()
    } catch (error) {
      const aborted = abortFailure()
      if (aborted) throw aborted
      return { done: false, failure: truncatedFailure(name, error, attempt) }
    }
    const contentType = mediaType(response.headers.get('content-type'))
    if (!request.expect.includes(contentType)) throw wrongTypeFailure(name, contentType, request.expect)
    return { done: true, response: { status: response.status, contentType, url: response.url || request.url, body } }
  }

  /** Redirects are followed here, not by fetch, so each hop passes the rate limit and the injected fetch. */
  async function fetchFollowing(request: OnlineRequest, signal: AbortSignal): Promise<Response> {
    let url = request.url
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      await limiterOf(request.service).acquire(signal)
      const response = await deps.fetch(url, { method: 'GET', headers: headers(request), redirect: 'manual', signal })
      const location = response.headers.get('location')
      if (response.status < 300 || response.status >= 400) return response
      await response.body?.cancel()
      if (!location) throw new AppError('INTERNAL', `${SERVICE_NAMES[request.service]} answered a redirect (HTTP ${response.status}) without saying where to; please report this.`)
      url = new URL(location, url).toString()
    }
    throw new AppError('UNAVAILABLE', `${SERVICE_NAMES[request.service]} redirected more than ${MAX_REDIRECTS} times; the service may be misconfigured. Try again later.`)
  }

  return {
    async send(request, signal) {
      let failure: AppError | undefined
      for (let attempt = 1; attempt <= settings.maxAttempts; attempt++) {
        const outcome = await attemptOnce(request, attempt, signal)
        if (outcome.done) return outcome.response
        failure = outcome.failure
        if (attempt < settings.maxAttempts) await deps.sleep(retryDelay(outcome.retryAfterMs, attempt, settings), signal)
      }
      throw failure ?? new AppError('INTERNAL', 'No attempt was made: maxAttempts must be at least 1.')
    },
  }
}

/** The server's Retry-After when it gave one, else 1 s, 2 s, 4 s …; never above the cap. */
export function retryDelay(retryAfterMs: number | undefined, attempt: number, limits: { baseDelayMs: number; maxDelayMs: number }): number {
  const backoff = limits.baseDelayMs * 2 ** (attempt - 1)
  return Math.min(retryAfterMs ?? backoff, limits.maxDelayMs)
}

/** The real world: global fetch, the wall clock, timers. */
export function nodeOnlineDeps(): OnlineDeps {
  return {
    fetch: (url, init) => fetch(url, init),
    now: () => Date.now(),
    sleep: timerSleep,
    timeout: (ms) => AbortSignal.timeout(ms),
  }
}

import { AppError } from '../../../../shared/ipc/result'

/**
 * How an HTTP status reads to the user, and whether trying again can help. The service is
 * named in every message so the user knows whom to blame (and whom to try later).
 */
export function statusFailure(serviceName: string, status: number, attempts: number): AppError {
  if (status === 404) return new AppError('NOT_FOUND', `${serviceName} has no record for this identifier (HTTP 404); check it for typos.`)
  if (status === 400) return new AppError('INVALID_INPUT', `${serviceName} refused the request as malformed (HTTP 400); check the identifier.`)
  if (status === 429) return new AppError('UNAVAILABLE', `${serviceName} asked AxisRef to slow down (HTTP 429) and still did after ${attempts} ${tries(attempts)}; try again in a few minutes.`)
  if (status >= 500) return new AppError('UNAVAILABLE', `${serviceName} is having trouble (HTTP ${status}) and did not recover after ${attempts} ${tries(attempts)}; try again later.`)
  return new AppError('INTERNAL', `${serviceName} answered HTTP ${status}, which AxisRef does not expect; please report this.`)
}

/** 429 and 5xx are the server saying "not now": worth another try after a pause. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || status >= 500
}

/** The network failed before an answer came: no connection, refused, reset, DNS. */
export function unreachableFailure(serviceName: string, error: unknown, attempts: number): AppError {
  return new AppError('UNAVAILABLE', `${serviceName} could not be reached (${networkCause(error)}) after ${attempts} ${tries(attempts)}; check the internet connection or try later.`)
}

/** The connection dropped in the middle of the answer. */
export function truncatedFailure(serviceName: string, error: unknown, attempts: number): AppError {
  return new AppError('UNAVAILABLE', `The answer from ${serviceName} was cut off before it was complete (${networkCause(error)}), ${attempts} ${tries(attempts)}; try again later.`)
}

export function timeoutFailure(serviceName: string, timeoutMs: number): AppError {
  return new AppError('TIMEOUT', `${serviceName} did not answer within ${formatSeconds(timeoutMs)}; it may be slow or down. Try again later.`)
}

export function wrongTypeFailure(serviceName: string, received: string, expected: readonly string[]): AppError {
  return new AppError('UNAVAILABLE', `${serviceName} answered with ${received || 'no content type'} where ${expected.join(' or ')} was expected; the service may be down or have changed. Try again later.`)
}

/**
 * The wait a `Retry-After` header asks for, in milliseconds: either seconds or an HTTP date
 * (measured against the injected clock). Undefined when absent or unreadable.
 */
export function parseRetryAfter(header: string | null, now: number): number | undefined {
  const text = header?.trim()
  if (!text) return undefined
  if (/^\d+$/.test(text)) return Number(text) * 1000
  const date = Date.parse(text)
  if (Number.isNaN(date)) return undefined
  return Math.max(0, date - now)
}

/** The media type alone, lower-cased (`text/xml; charset=UTF-8` → `text/xml`). */
export function mediaType(contentType: string | null): string {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? ''
}

function networkCause(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error
  if (cause instanceof Error) {
    const code = 'code' in cause && typeof cause.code === 'string' ? cause.code : undefined
    return code ? `${code}: ${cause.message}` : cause.message
  }
  return String(cause)
}

function tries(attempts: number): string {
  return attempts === 1 ? 'try' : 'tries'
}

function formatSeconds(ms: number): string {
  const seconds = ms / 1000
  return `${seconds} ${seconds === 1 ? 'second' : 'seconds'}`
}

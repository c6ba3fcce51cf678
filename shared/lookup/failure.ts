import type { ErrorCode, IpcError } from '../ipc/result'

/**
 * A parser's answer: the value, or the contract's error (code + message in words). Parsers
 * never throw: a registry's garbage is reported, never crashes the lookup.
 */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: IpcError }

export function parsed<T>(value: T): ParseResult<T> {
  return { ok: true, value }
}

export function parseFailure(code: ErrorCode, message: string): { ok: false; error: IpcError } {
  return { ok: false, error: { code, message } }
}

/** A plain object (a JSON object), or undefined. */
export function objectOf(value: unknown): Record<string, unknown> | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined
  return Object.fromEntries(Object.entries(value))
}

export function stringOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined
  if (typeof value === 'number') return String(value)
  return undefined
}

export function arrayOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : []
}

/** A body given as text (as fetched) or already parsed: JSON text is parsed, never thrown. */
export function jsonBody(body: unknown, what: string): ParseResult<unknown> {
  if (typeof body !== 'string') return parsed(body)
  const text = body.trim()
  if (text === 'Resource not found.') return parseFailure('NOT_FOUND', `${what}: the registry does not know this identifier ("Resource not found."). Check the DOI for typos.`)
  try {
    return parsed(JSON.parse(text))
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return parseFailure('INVALID_INPUT', `${what}: the response is not valid JSON (${reason}); it may be cut short or an error page. Try the lookup again later.`)
  }
}

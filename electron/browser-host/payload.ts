import type { IncomingMessage } from 'node:http'
import { BINARY_CONTENT_TYPE, BINARY_FIELD_HEADER, BINARY_INPUT_HEADER } from '../../shared/ipc/binaryInput'

export type Payload = { ok: true; value: unknown } | { ok: false; problem: string }

/** The channel's input from a request body: JSON, or bytes with the rest of the input in a header. */
export function payloadOf(request: IncomingMessage, body: Buffer): Payload {
  return request.headers['content-type'] === BINARY_CONTENT_TYPE ? binaryPayload(request, body) : jsonPayload(body)
}

function jsonPayload(body: Buffer): Payload {
  try {
    return { ok: true, value: body.length === 0 ? undefined : JSON.parse(body.toString('utf8')) }
  } catch {
    return { ok: false, problem: 'is not valid JSON' }
  }
}

/** Bytes in the body, the rest of the input as JSON in a header (see shared/ipc/binaryInput). */
function binaryPayload(request: IncomingMessage, body: Buffer): Payload {
  const field = request.headers[BINARY_FIELD_HEADER]
  const header = request.headers[BINARY_INPUT_HEADER]
  if (typeof field !== 'string' || typeof header !== 'string') return { ok: false, problem: 'has bytes but does not say which field they are' }
  let rest: unknown
  try {
    rest = JSON.parse(decodeURIComponent(header))
  } catch {
    return { ok: false, problem: 'has a header that is not valid JSON' }
  }
  if (typeof rest !== 'object' || rest === null || Array.isArray(rest)) return { ok: false, problem: 'has a header that is not an object' }
  // the router's schema decides whether this field may hold bytes
  return { ok: true, value: { ...rest, [field]: new Uint8Array(body.buffer, body.byteOffset, body.byteLength) } }
}

/**
 * How the browser host carries a channel input with one binary field over HTTP: the bytes are
 * the request body (sent from a Blob, so the page never turns them into base64 or JSON) and the
 * rest of the input is JSON in a header. Electron's IPC clones a Uint8Array as it is.
 */
export const BINARY_INPUT_HEADER = 'x-axisref-input'
export const BINARY_FIELD_HEADER = 'x-axisref-binary-field'
export const BINARY_CONTENT_TYPE = 'application/octet-stream'

/** The one Uint8Array field of an input object, and the input without it; undefined if it has none. */
export function splitBinaryInput(input: unknown): { field: string; bytes: Uint8Array; rest: Record<string, unknown> } | undefined {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return undefined
  for (const [field, bytes] of Object.entries(input)) {
    if (bytes instanceof Uint8Array) return { field, bytes, rest: Object.fromEntries(Object.entries(input).filter(([key]) => key !== field)) }
  }
  return undefined
}

import { createApi, type AxisRefApi } from '../../../shared/ipc/api'
import { BINARY_CONTENT_TYPE, BINARY_FIELD_HEADER, BINARY_INPUT_HEADER, splitBinaryInput } from '../../../shared/ipc/binaryInput'
import { CHANNELS } from '../../../shared/ipc/channels'
import { fail } from '../../../shared/ipc/result'

declare global {
  interface Window {
    /** Set by the Electron preload; absent when the renderer runs in a browser. */
    api?: AxisRefApi
  }
}

/**
 * The contract over HTTP, for the renderer served by the browser host: each call is a
 * POST to /api/<channel> on the page's own origin and answers the same Result.
 */
export function createHttpApi(baseUrl = ''): AxisRefApi {
  return createApi(CHANNELS, async (channel, input) => {
    let response: Response
    try {
      response = await fetch(`${baseUrl}/api/${channel}`, { method: 'POST', ...requestBody(input) })
    } catch {
      return fail('UNAVAILABLE', 'AxisRef lost contact with its host process. Restart it (npm run start:browser) and reload this page.')
    }
    if (!response.ok) return fail('INTERNAL', `AxisRef's host answered ${response.status} ${response.statusText} for ${channel}.`)
    return response.json()
  })
}

/** JSON, or for an input with bytes in it (a dropped PDF) those bytes as the body and the rest in a header. */
function requestBody(input: unknown): { headers: Record<string, string>; body: BodyInit } {
  const binary = splitBinaryInput(input)
  if (!binary) return { headers: { 'content-type': 'application/json' }, body: input === undefined ? '' : JSON.stringify(input) }
  return {
    headers: {
      'content-type': BINARY_CONTENT_TYPE,
      [BINARY_FIELD_HEADER]: binary.field,
      // header values are Latin-1: a file name in any script travels percent-encoded
      [BINARY_INPUT_HEADER]: encodeURIComponent(JSON.stringify(binary.rest)),
    },
    // a Blob is handed to the network as it is; a bare Uint8Array body costs several times more
    body: new Blob([binary.bytes as Uint8Array<ArrayBuffer>]),
  }
}

/** The api of this window: Electron's preload if present, otherwise HTTP to the browser host. */
export function resolveApi(): AxisRefApi {
  return window.api ?? createHttpApi()
}

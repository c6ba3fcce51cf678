import { createApi, type AxisRefApi } from '../../../shared/ipc/api'
import { BINARY_CONTENT_TYPE, BINARY_FIELD_HEADER, BINARY_INPUT_HEADER, splitBinaryInput } from '../../../shared/ipc/binaryInput'
import { CHANNELS } from '../../../shared/ipc/channels'
import { HOST_TOKEN_HEADER, HOST_TOKEN_PARAM } from '../../../shared/ipc/hostToken'
import { fail } from '../../../shared/ipc/result'

declare global {
  interface Window {
    /** Set by the Electron preload; absent when the renderer runs in a browser. */
    api?: AxisRefApi
  }
}

/**
 * The contract over HTTP, for the renderer served by the browser host: each call is a
 * POST to /api/<channel> on the page's own origin, with the host's token, and answers the
 * same Result. Without the token the host refuses every call, in words this passes on.
 */
export function createHttpApi(token: string | null, baseUrl = ''): AxisRefApi {
  return createApi(CHANNELS, async (channel, input) => {
    let response: Response
    try {
      const { headers, body } = requestBody(input)
      response = await fetch(`${baseUrl}/api/${channel}`, { method: 'POST', headers: { ...headers, ...(token === null ? {} : { [HOST_TOKEN_HEADER]: token }) }, body })
    } catch {
      return fail('UNAVAILABLE', 'AxisRef lost contact with its host process. Restart it (npm run start:browser) and reload this page.')
    }
    // refusals (403 no token, 413 too large, 408 too slow) are Results in words too
    if (response.headers.get('content-type') === 'application/json') return response.json()
    return fail('INTERNAL', `AxisRef's host answered ${response.status} ${response.statusText} for ${channel}.`)
  })
}

const TOKEN_KEY = 'axisref.hostToken'

/**
 * The browser host's token: from the address the host printed (then kept in this tab's
 * session storage, so a reload works, and taken out of the address bar, so it is not
 * shown, bookmarked or shared), or from session storage after a reload.
 */
export function takeHostToken(page: Pick<Window, 'location' | 'history' | 'sessionStorage'>): string | null {
  const url = new URL(page.location.href)
  const fromAddress = url.searchParams.get(HOST_TOKEN_PARAM)
  if (fromAddress === null) return page.sessionStorage.getItem(TOKEN_KEY)
  page.sessionStorage.setItem(TOKEN_KEY, fromAddress)
  url.searchParams.delete(HOST_TOKEN_PARAM)
  page.history.replaceState(page.history.state, '', url.href)
  return fromAddress
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
  return window.api ?? createHttpApi(takeHostToken(window))
}

import { createApi, type AxisRefApi } from '../../../shared/ipc/api'
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
      response = await fetch(`${baseUrl}/api/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: input === undefined ? '' : JSON.stringify(input),
      })
    } catch {
      return fail('UNAVAILABLE', 'AxisRef lost contact with its host process. Restart it (npm run start:browser) and reload this page.')
    }
    if (!response.ok) return fail('INTERNAL', `AxisRef's host answered ${response.status} ${response.statusText} for ${channel}.`)
    return response.json()
  })
}

/** The api of this window: Electron's preload if present, otherwise HTTP to the browser host. */
export function resolveApi(): AxisRefApi {
  return window.api ?? createHttpApi()
}

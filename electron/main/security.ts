import type { App, Session, Shell, WebContents, WebFrameMain } from 'electron'

/** The renderer's origin in the packaged app: a privileged standard scheme, not file://. */
export const APP_SCHEME = 'app'
export const APP_ORIGIN = `${APP_SCHEME}://axisref`

/**
 * IPC is answered only for the app's own page in its main frame: not a sub-frame, not
 * another origin the window might have been led to.
 */
export function isTrustedSender(frame: Pick<WebFrameMain, 'url' | 'parent'> | null | undefined, trustedOrigin: string): boolean {
  if (!frame || frame.parent !== null) return false
  return sameOrigin(frame.url, trustedOrigin)
}

/**
 * Compares scheme and host by hand: for a custom scheme such as app:// the WHATWG `origin`
 * of Node's URL is the string "null", which would make every app:// page look alike.
 */
export function sameOrigin(url: string, origin: string): boolean {
  try {
    const a = new URL(url)
    const b = new URL(origin)
    return a.protocol === b.protocol && a.host === b.host && a.username === '' && a.password === ''
  } catch {
    return false
  }
}

/** Only web links leave the app, and only to the user's browser. */
export function isExternalWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url)
    return protocol === 'https:' || protocol === 'http:'
  } catch {
    return false
  }
}

/** Denies every permission request (camera, notifications, geolocation …). */
export function denyPermissions(session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
}

/**
 * Navigation away from the app and new windows are refused for every web contents the
 * app ever creates; http(s) links open in the user's browser instead.
 */
export function guardWebContents(contents: WebContents, shell: Pick<Shell, 'openExternal'>): void {
  contents.on('will-navigate', (event, url) => {
    event.preventDefault()
    if (isExternalWebUrl(url)) void shell.openExternal(url)
  })
  contents.on('will-redirect', (event) => event.preventDefault())
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    if (isExternalWebUrl(url)) void shell.openExternal(url)
    return { action: 'deny' }
  })
}

export function guardAllWebContents(app: Pick<App, 'on'>, shell: Pick<Shell, 'openExternal'>): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, shell))
}

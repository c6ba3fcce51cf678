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

/**
 * The one permission the window has: writing the clipboard ("Copy reference", "Copy
 * citation" put HTML and text there through the async Clipboard API, which Chromium asks
 * for as `clipboard-sanitized-write`), and only for the app's own page in its main frame.
 * Reading the clipboard, camera, notifications, geolocation … are all denied.
 */
export function isPermissionGranted(permission: string, frame: { url: string | undefined; isMainFrame: boolean }, trustedOrigin: string): boolean {
  return permission === 'clipboard-sanitized-write' && frame.isMainFrame && frame.url !== undefined && sameOrigin(frame.url, trustedOrigin)
}

/** Answers every permission check and request of the session by isPermissionGranted. */
export function limitPermissions(session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>, trustedOrigin: string): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(isPermissionGranted(permission, { url: details.requestingUrl, isMainFrame: details.isMainFrame }, trustedOrigin)),
  )
  // a check may come without the frame's address (a service worker's): then the origin asking is what counts
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    isPermissionGranted(permission, { url: details.requestingUrl ?? requestingOrigin, isMainFrame: details.isMainFrame }, trustedOrigin),
  )
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

import type { IncomingHttpHeaders } from 'node:http'

/*
 * Who may call the editors' endpoint, and why there is no secret.
 *
 * The callers are editor plugins written for Better BibTeX (VS Code, Obsidian, RStudio's rbbt,
 * Vim/Emacs snippets, TeXstudio macros): they send a plain GET to a fixed address and cannot
 * send a token, so a token would break every one of them. What keeps the library safe instead:
 * - the endpoint is off until the user turns it on in Settings;
 * - it listens on 127.0.0.1 only: nothing on the network can reach it;
 * - the Host header must be 127.0.0.1, localhost or [::1] with our port, so a web page that
 *   points its own domain at 127.0.0.1 (DNS rebinding) is refused;
 * - a web page's request is refused: pages' fetch/XHR carry an Origin header and modern
 *   browsers mark a page's requests with Sec-Fetch-Site, and no answer carries an
 *   Access-Control-* header, so a page cannot read an answer even if one slipped through;
 * - nothing of the library leaves unless the user picks it in the picker, one picker at a time.
 * A program already running as the user on this machine can call it as an editor does; such a
 * program could read the library's files anyway.
 */

/**
 * Origins that are desktop editors, not web pages: Obsidian's `requestUrl` (which the "Zotero
 * Integration" plugin uses) adds `Origin: app://obsidian.md` to every request, and no web page
 * can claim that origin.
 */
const EDITOR_ORIGINS = new Set(['app://obsidian.md'])

/** Why a request is refused (403), in words, or null when it may go on. */
export function refusedCaller(headers: IncomingHttpHeaders, port: number): string | null {
  const host = headers.host?.toLowerCase()
  if (host === undefined || !allowedHosts(port).has(host)) {
    return `AxisRef answers only requests addressed to 127.0.0.1:${port} (or localhost:${port}); this one was addressed to ${JSON.stringify(headers.host ?? '')}.`
  }
  if (isFromWebPage(headers)) {
    return 'AxisRef does not answer web pages: the cite-as-you-write endpoint is for editors and programs on this computer.'
  }
  return null
}

function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`])
}

/**
 * A page's fetch or XHR carries Origin; a page's image, script or link load carries no Origin
 * but modern browsers send Sec-Fetch-Site (`none` is the user typing the address). The
 * `Zotero-Allowed-Request` header is Zotero's own sign of a non-browser client: a page cannot
 * send a custom header without a CORS preflight, which this endpoint never grants.
 */
function isFromWebPage(headers: IncomingHttpHeaders): boolean {
  if (headers['zotero-allowed-request'] !== undefined) return false
  const origin = headers.origin
  if (origin !== undefined && !EDITOR_ORIGINS.has(origin)) return true
  const site = headers['sec-fetch-site']
  return origin === undefined && (site === 'cross-site' || site === 'same-site')
}

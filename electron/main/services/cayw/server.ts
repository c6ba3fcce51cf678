import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { PickerBroker, PickerOutcome } from './broker'
import { refusedCaller } from './access'
import { readCaywQuery } from './query'

/** Better BibTeX's address, which editor plugins call (JabRef serves it too). */
export const CAYW_PATH = '/better-bibtex/cayw'
/** Zotero's (and so Better BibTeX's, and JabRef's) port, where editor plugins look by default. */
export const DEFAULT_CAYW_PORT = 23119
/** Loopback only, IPv4 as Zotero listens: never 0.0.0.0 or ::, which the network could reach. */
export const CAYW_HOST = '127.0.0.1'

export const BUSY_MESSAGE = 'A citation picker is already open in AxisRef: finish or close it, then ask again.'
export const NO_WINDOW_MESSAGE = "AxisRef's window is not open, so there is nowhere to show the citation picker: open AxisRef (or its browser tab) and ask again."

export interface CaywListener {
  /** The port it listens on (the one asked for, or the one the system chose for 0). */
  port: number
  /** Where the socket is bound, as the system reports it (always 127.0.0.1). */
  address: AddressInfo
  close(): Promise<void>
}

/** The port cannot be had; the message says what to do, for Settings to show. */
export class CaywPortError extends Error {
  constructor(port: number, code: string | undefined, cause: unknown) {
    super(portMessage(port, code, cause))
    this.name = 'CaywPortError'
  }
}

function portMessage(port: number, code: string | undefined, cause: unknown): string {
  if (code === 'EADDRINUSE') {
    return `Port ${port} is in use by another program (Zotero with Better BibTeX, JabRef, or another AxisRef listen there too). Close it, or choose another port here and in your editor's plugin.`
  }
  if (code === 'EACCES') return `Port ${port} is not allowed for this user. Choose a port between 1024 and 65535.`
  return `AxisRef could not listen on 127.0.0.1:${port}: ${cause instanceof Error ? cause.message : String(cause)}`
}

/**
 * Better BibTeX's cite-as-you-write endpoint on 127.0.0.1: `GET /better-bibtex/cayw?format=…`
 * opens the picker through the broker and answers with what the user picked (the window
 * formats it), `probe` answers `ready`. See access.ts for who may call it.
 */
export async function startCaywListener(options: { picker: PickerBroker; port: number }): Promise<CaywListener> {
  let port = options.port
  const server = createServer((request, response) => {
    void answer(options.picker, port, request, response).catch((error: unknown) => {
      console.error('[cayw] request failed', error)
      if (!response.headersSent) send(response, 500, 'AxisRef could not answer this request; see its log.')
    })
  })
  const address = await listen(server, options.port)
  port = address.port
  return {
    port,
    address,
    close: () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()))
      // an editor waiting on an open picker would keep the listener open until the user answered
      server.closeAllConnections()
      return closed
    },
  }
}

function listen(server: Server, port: number): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => reject(new CaywPortError(port, error.code, error))
    server.once('error', onError)
    server.listen({ port, host: CAYW_HOST, exclusive: true }, () => {
      server.off('error', onError)
      const address = server.address()
      if (address === null || typeof address === 'string') reject(new CaywPortError(port, undefined, new Error(`not a TCP socket (${String(address)})`)))
      else resolve(address)
    })
  })
}

async function answer(picker: PickerBroker, port: number, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const refused = refusedCaller(request.headers, port)
  if (refused) return send(response, 403, refused)
  const url = new URL(request.url ?? '/', `http://${CAYW_HOST}:${port}`)
  if (url.pathname !== CAYW_PATH) return send(response, 404, `AxisRef answers only ${CAYW_PATH} here.`)
  if (request.method === 'OPTIONS') return send(response, 204, '', { allow: 'GET, HEAD, OPTIONS' })
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return send(response, 405, `${CAYW_PATH} answers GET only.`, { allow: 'GET, HEAD, OPTIONS' })
  }
  const query = readCaywQuery(url.searchParams)
  // HEAD never opens a picker: it asks only whether the endpoint is there, like probe
  if (query.kind === 'probe' || request.method === 'HEAD') return send(response, 200, 'ready')
  if (query.kind === 'refused') return send(response, 400, query.message)
  const outcome = await picker.request({ source: 'editor', format: query.format, options: query.options }, hangUpSignal(response))
  if (!response.destroyed) sendOutcome(response, outcome, query.format === 'json')
}

/** Aborts when the editor hangs up before its answer, which withdraws its picker. */
function hangUpSignal(response: ServerResponse): AbortSignal {
  const hungUp = new AbortController()
  if (response.destroyed) hungUp.abort()
  response.on('close', () => {
    if (!response.writableFinished) hungUp.abort()
  })
  return hungUp.signal
}

function sendOutcome(response: ServerResponse, outcome: PickerOutcome, json: boolean): void {
  switch (outcome.kind) {
    case 'picked':
      return send(response, 200, outcome.text, { 'content-type': json ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8' })
    case 'cancelled':
      // Better BibTeX answers a closed picker with an empty body, which editors insert as nothing
      return send(response, 200, '')
    case 'busy':
      return send(response, 409, BUSY_MESSAGE)
    case 'no-window':
      return send(response, 503, NO_WINDOW_MESSAGE)
  }
}

/** Text, never cached, never sniffed or framed as HTML, and never with an Access-Control-* header. */
function send(response: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  response.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
    // a refused request's body is never read: the connection closes instead of draining it
    ...(status >= 400 ? { connection: 'close' } : {}),
    ...headers,
  })
  response.end(response.req.method === 'HEAD' ? undefined : body)
}

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { MAX_PDF_BYTES } from '../../shared/ipc/importSchemas'
import { BINARY_CONTENT_TYPE, BINARY_FIELD_HEADER, BINARY_INPUT_HEADER } from '../../shared/ipc/binaryInput'
import { fail, type Result } from '../../shared/ipc/result'
import { createHandlers } from '../main/ipc/handlers'
import { createRouter } from '../main/ipc/router'
import { readRendererFile } from '../main/rendererFiles'
import { createMainServices, type MainServices } from '../main/services'
import type { PdfWorkerEntry } from '../main/services/pdf/workerEntry'
import { createQueuedDialogPort, type QueuedDialogPort } from '../main/services/queuedDialogPort'

// a dropped PDF arrives as the body of its request
const MAX_BODY_BYTES = MAX_PDF_BYTES + 64 * 1024

export interface BrowserHostOptions {
  /** The built renderer (out/renderer). */
  rendererDir: string
  userDataDir: string
  appVersion: string
  /** 0 (the default) picks a free port. */
  port?: number
  /** Check every answer against the contract's output schema (tests). */
  checkOutput?: boolean
  /** The PDF worker to run: the built `out/main/pdfWorker.js`, as the desktop app does (default: from source through tsx, several times slower). */
  pdfWorkerEntry?: PdfWorkerEntry
}

export interface BrowserHost {
  url: string
  services: MainServices
  dialog: QueuedDialogPort
  close(): Promise<void>
}

/**
 * Serves the built renderer and the IPC contract over HTTP on 127.0.0.1, with the same
 * services and router as the Electron main process: `POST /api/<channel>` with the JSON
 * payload answers the same `Result` that `ipcRenderer.invoke` would.
 */
export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const dialog = createQueuedDialogPort()
  const services = createMainServices({
    host: 'browser',
    userDataDir: options.userDataDir,
    appVersion: options.appVersion,
    dialog,
    pdfWorkerEntry: options.pdfWorkerEntry,
  })
  const route = createRouter(createHandlers(services), {
    checkOutput: options.checkOutput,
    onInternalError: (channel, error) => console.error(`[browser-host] ${channel} failed`, error),
  })
  let origin = ''

  const server = createServer((request, response) => {
    void handle(request, response).catch((error: unknown) => {
      console.error('[browser-host] request failed', error)
      if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', 'Internal error')
    })
  })

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', origin)
    if (request.headers.host !== new URL(origin).host) return send(response, 421, 'text/plain', 'Wrong host')
    if (url.pathname.startsWith('/api/')) {
      if (request.method !== 'POST') return send(response, 405, 'text/plain', 'POST only')
      const result = await answer(request, url.pathname.slice('/api/'.length))
      return send(response, 200, 'application/json', JSON.stringify(result))
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'text/plain', 'GET only')
    const file = await readRendererFile(services.fs, options.rendererDir, url.pathname)
    response.writeHead(file.status, file.headers)
    response.end(request.method === 'HEAD' ? undefined : file.body)
  }

  async function answer(request: IncomingMessage, channel: string): Promise<Result<unknown>> {
    if (request.headers.origin !== origin) {
      return fail('FORBIDDEN_SENDER', `Refused ${channel}: the call did not come from AxisRef's own page.`)
    }
    const body = await readBody(request)
    if (body === null) return fail('INVALID_INPUT', `The payload for ${channel} is larger than ${MAX_BODY_BYTES} bytes.`)
    const payload = request.headers['content-type'] === BINARY_CONTENT_TYPE ? binaryPayload(request, body) : jsonPayload(body)
    if (!payload.ok) return fail('INVALID_INPUT', `The payload for ${channel} ${payload.problem}.`)
    return route(channel, payload.value)
  }

  await services.backup.cleanTempFiles().catch((error: unknown) => console.error('[browser-host] temp clean-up failed', error))
  // a move of the library folder cut short goes on; Settings shows how far it is, or why it stopped
  void services.libraryLocation.resumeAtStart().catch((error: unknown) => console.error('[browser-host] the library move could not go on', error))
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url: `${origin}/`,
    services,
    dialog,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await services.close()
    },
  }
}

function send(response: ServerResponse, status: number, contentType: string, body: string): void {
  response.writeHead(status, { 'content-type': contentType, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' })
  response.end(body)
}

type Payload = { ok: true; value: unknown } | { ok: false; problem: string }

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

async function readBody(request: IncomingMessage): Promise<Buffer | null> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > MAX_BODY_BYTES) return null
    chunks.push(chunk)
  }
  return Buffer.concat(chunks)
}

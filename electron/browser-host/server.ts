import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { fail, type Result } from '../../shared/ipc/result'
import { createHandlers } from '../main/ipc/handlers'
import { createRouter, type Route } from '../main/ipc/router'
import { readRendererFile } from '../main/rendererFiles'
import { createMainServices, type MainServices } from '../main/services'
import type { PickerBrokerOptions } from '../main/services/cayw/broker'
import type { PdfWorkerEntry } from '../main/services/pdf/workerEntry'
import { createQueuedDialogPort, type QueuedDialogPort } from '../main/services/queuedDialogPort'
import { createHostToken, refusedCall, refuseFraming, tokenUrl } from './access'
import { createGate, declaredLength, DEFAULT_BODY_LIMITS, readBody, tooLargeMessage, type BodyLimits, type Gate, type GateState } from './bodies'
import { payloadOf } from './payload'

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
  /** Sizes, places and time limits for request bodies (tests make them small). */
  limits?: Partial<BodyLimits>
  /** Where the registries' AXISREF_*_URL addresses are read (default: the process's environment; tests: a replay server). */
  env?: Readonly<Record<string, string | undefined>>
  /** The citation picker's times (tests shorten how long an editor's call waits for the page). */
  picker?: PickerBrokerOptions
}

export interface BrowserHost {
  /** The address to open: the origin with this run's token (`http://127.0.0.1:PORT/?token=…`). */
  url: string
  /** `http://127.0.0.1:PORT`, for paths other than the page itself. */
  origin: string
  /** This run's secret, sent by the page in the `x-axisref-token` header. */
  token: string
  services: MainServices
  dialog: QueuedDialogPort
  /** Large request bodies in memory now, waiting, and the most ever at once. */
  largeBodies(): GateState
  close(): Promise<void>
}

/** `--port N` found N taken (or not allowed): words for the command line, not a stack. */
export class PortUnavailableError extends Error {
  constructor(readonly port: number, reason: 'in use' | 'not allowed') {
    super(
      reason === 'in use'
        ? `Port ${port} is in use by another program. Choose another with --port, or omit --port and AxisRef picks a free one.`
        : `Port ${port} is not allowed for this user (ports below 1024 need administrator rights). Choose another with --port, or omit --port and AxisRef picks a free one.`,
    )
    this.name = 'PortUnavailableError'
  }
}

interface HostContext {
  origin: string
  token: string
  route: Route
  limits: BodyLimits
  gate: Gate
  rendererDir: string
  services: MainServices
}

/**
 * Serves the built renderer and the IPC contract over HTTP on 127.0.0.1, with the same
 * services and router as the Electron main process: `POST /api/<channel>` with the JSON
 * payload and this run's token answers the same `Result` that `ipcRenderer.invoke` would.
 */
export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const dialog = createQueuedDialogPort()
  const services = createMainServices({
    host: 'browser',
    userDataDir: options.userDataDir,
    appVersion: options.appVersion,
    dialog,
    pdfWorkerEntry: options.pdfWorkerEntry,
    env: options.env,
    picker: options.picker,
  })
  const route = createRouter(createHandlers(services), {
    checkOutput: options.checkOutput,
    onInternalError: (channel, error) => console.error(`[browser-host] ${channel} failed`, error),
  })
  const limits = { ...DEFAULT_BODY_LIMITS, ...options.limits }
  const context: HostContext = { origin: '', token: createHostToken(), route, limits, gate: createGate(limits.largeAtOnce), rendererDir: options.rendererDir, services }
  const server = createHostServer(context)

  await services.backup.cleanTempFiles().catch((error: unknown) => console.error('[browser-host] temp clean-up failed', error))
  try {
    await listen(server, options.port ?? 0)
  } catch (error) {
    await services.close()
    throw error
  }
  context.origin = `http://127.0.0.1:${portOf(server.address())}`
  // the editors' endpoint, if the user turned it on; a port in use is shown in Settings, not thrown
  const cayw = await services.citeAsYouWrite.start()
  if (cayw.error) console.error(`[browser-host] ${cayw.error}`)
  // a move of the library folder cut short goes on; Settings shows how far it is, or why it stopped
  void services.libraryLocation.resumeAtStart().catch((error: unknown) => console.error('[browser-host] the library move could not go on', error))
  // sync resumes where it stopped if the library is connected; what fails shows in the sync status
  void services.sync.start().catch((error: unknown) => console.error('[browser-host] sync could not start', error))
  return {
    url: tokenUrl(context.origin, context.token),
    origin: context.origin,
    token: context.token,
    services,
    dialog,
    largeBodies: () => context.gate.state(),
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()))
      // a body still arriving (or stalled) would keep the host open until it timed out
      server.closeAllConnections()
      await closed
      await services.close()
    },
  }
}

function createHostServer(context: HostContext): Server {
  const { limits } = context
  // a body's own timers (idle, total) replace Node's request timeout, which would also count the time a large body waits its turn
  return createServer({ requestTimeout: 0, headersTimeout: limits.headersMs, connectionsCheckingInterval: Math.min(30_000, limits.headersMs) }, (request, response) => {
    void handle(context, request, response).catch((error: unknown) => {
      console.error('[browser-host] request failed', error)
      if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', 'Internal error')
    })
  })
}

function portOf(address: AddressInfo | string | null): number {
  if (address === null || typeof address === 'string') throw new Error(`The browser host is not listening on a TCP port (${String(address)}).`)
  return address.port
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') reject(new PortUnavailableError(port, 'in use'))
      else if (error.code === 'EACCES') reject(new PortUnavailableError(port, 'not allowed'))
      else reject(error)
    }
    server.once('error', onError)
    server.listen(port, '127.0.0.1', () => {
      server.off('error', onError)
      resolve()
    })
  })
}

async function handle(context: HostContext, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const url = new URL(request.url ?? '/', context.origin)
  if (request.headers.host !== new URL(context.origin).host) return send(response, 421, 'text/plain', 'Wrong host')
  if (url.pathname.startsWith('/api/')) return answerApi(context, request, response, url.pathname.slice('/api/'.length))
  if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'text/plain', 'GET only')
  const file = await readRendererFile(context.services.fs, context.rendererDir, url.pathname)
  response.writeHead(file.status, refuseFraming(file.headers))
  response.end(request.method === 'HEAD' ? undefined : file.body)
}

/** Checks token, origin and size before a byte of the body is read; large bodies take their turn at the gate. */
async function answerApi(context: HostContext, request: IncomingMessage, response: ServerResponse, channel: string): Promise<void> {
  if (request.method !== 'POST') return send(response, 405, 'text/plain', 'POST only')
  const refused = refusedCall(request, channel, context.token, context.origin)
  if (refused) return sendResult(response, 403, refused)
  const length = declaredLength(request)
  if (length !== null && length > context.limits.maxBytes) return sendResult(response, 413, fail('INVALID_INPUT', tooLargeMessage(channel, context.limits)))
  const isLarge = length === null || length > context.limits.largeBytes
  const respond = async () => {
    const read = await readBody(request, channel, context.limits)
    if (!read.ok) return sendResult(response, read.status, fail('INVALID_INPUT', read.message))
    const payload = payloadOf(request, read.body)
    const result = payload.ok ? await context.route(channel, payload.value) : fail('INVALID_INPUT', `The payload for ${channel} ${payload.problem}.`)
    sendResult(response, 200, result)
  }
  // the place is held until the answer is sent: the body lives that long
  return isLarge ? context.gate.run(respond) : respond()
}

/** A Result as JSON; a refusal closes the connection, so the unread rest of its body is never taken in. */
function sendResult(response: ServerResponse, status: number, result: Result<unknown>): void {
  if (status !== 200) response.setHeader('connection', 'close')
  send(response, status, 'application/json', JSON.stringify(result))
}

function send(response: ServerResponse, status: number, contentType: string, body: string): void {
  response.writeHead(status, refuseFraming({ 'content-type': contentType, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' }))
  response.end(body)
}

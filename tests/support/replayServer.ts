import { readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join, resolve } from 'node:path'
import type { ServiceBaseUrls } from '../../electron/main/services/online'
import { REPO_ROOT } from './paths'

/**
 * A stand-in for Crossref, doi.org and NCBI on 127.0.0.1: it answers the requests recorded in
 * the shared corpus (../shared/corpus/online/requests.jsonl) with the recorded files, and can
 * be told to fail in the ways real services fail. No test that uses it reaches the internet.
 */
export const ONLINE_CORPUS_DIR = resolve(REPO_ROOT, '../shared/corpus/online')

interface RecordedExchange {
  file: string
  service: string
  method: string
  url: string
  status: number
  content_type: string | null
  accept?: string
  location?: string
  request_body?: string
  equivalent_get_url?: string
}

interface Recording {
  exchange: RecordedExchange
  /** Media type (and style) the Accept header must name, for content negotiation only. */
  accept?: string
}

/** What the server was asked, so a test can count requests or check headers. */
export interface AskedRequest {
  method: string
  path: string
  query: string
  accept: string | undefined
  userAgent: string | undefined
  /** The recorded file it was answered with, undefined for a failure or a 404. */
  answeredWith: string | undefined
}

export type ReplayFailure =
  | { kind: 'hang' }
  | { kind: 'status'; status: number; retryAfter?: string }
  | { kind: 'truncate' }
  | { kind: 'contentType'; contentType: string; body: string }

export interface ReplayServer {
  origin: string
  /** Every service pointed at this server. */
  baseUrls: ServiceBaseUrls
  asked: AskedRequest[]
  /** The next `times` requests (whose path contains `pathIncludes`, if given) fail this way. */
  fail(failure: ReplayFailure, options?: { times?: number; pathIncludes?: string }): void
  /** False once closed. */
  listening(): boolean
  /** Forgets what was asked and any failures not used up, so each test starts clean. */
  reset(): void
  close(): Promise<void>
}

/** Identity and politeness parameters: they differ between recordings and clients. */
const IGNORED_PARAMETERS = new Set(['tool', 'email', 'api_key', 'mailto'])

export function loadRecordings(corpusDir = ONLINE_CORPUS_DIR): Map<string, Recording[]> {
  let text: string
  try {
    text = readFileSync(join(corpusDir, 'requests.jsonl'), 'utf8')
  } catch (error) {
    throw new Error(`The recorded online responses are missing at ${corpusDir} (requests.jsonl): ${String(error)}. Put the shared corpus beside the repository.`, { cause: error })
  }
  const recordings = new Map<string, Recording[]>()
  const add = (key: string, recording: Recording): void => {
    recordings.set(key, [...(recordings.get(key) ?? []), recording])
  }
  for (const line of text.split('\n').filter((row) => row.trim() !== '')) {
    const exchange: RecordedExchange = JSON.parse(line)
    const url = new URL(exchange.url)
    const negotiated = exchange.service === 'doi' && !url.pathname.includes('/transform/') && exchange.accept
    const recording: Recording = { exchange, accept: negotiated ? normalizeAccept(exchange.accept ?? '') : undefined }
    if (exchange.method === 'POST') add(requestKey('POST', url.pathname, new URLSearchParams(exchange.request_body ?? '')), recording)
    else add(requestKey(exchange.method, url.pathname, url.searchParams), recording)
    if (exchange.equivalent_get_url) {
      const equivalent = new URL(exchange.equivalent_get_url)
      add(requestKey('GET', equivalent.pathname, equivalent.searchParams), recording)
    }
  }
  return recordings
}

/** Method, percent-decoded lower-case path (DOIs are case-insensitive) and the query as a set. */
export function requestKey(method: string, path: string, query: URLSearchParams): string {
  const parameters = [...query.entries()]
    .filter(([name]) => !IGNORED_PARAMETERS.has(name))
    .map(([name, value]) => `${name}=${value}`)
    .sort()
  return `${method.toUpperCase()} ${safeDecode(path).toLowerCase()}?${parameters.join('&')}`
}

/** `text/x-bibliography; style = apa; locale = en-US` → `text/x-bibliography;style=apa`. */
export function normalizeAccept(accept: string): string {
  const [type = '', ...parameters] = accept.split(';').map((part) => part.replace(/\s+/g, '').toLowerCase())
  const style = parameters.find((parameter) => parameter.startsWith('style='))
  return style ? `${type};${style}` : type
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

/** `port`: listen on this port (a test that stops the server and starts it again at the same address); 0 picks a free one. */
export async function startReplayServer(corpusDir = ONLINE_CORPUS_DIR, port = 0): Promise<ReplayServer> {
  const recordings = loadRecordings(corpusDir)
  const asked: AskedRequest[] = []
  const failures: { failure: ReplayFailure; remaining: number; pathIncludes?: string }[] = []
  let origin = ''
  const server = createServer((request, response) => {
    void readBody(request).then((body) => {
      const url = new URL(request.url ?? '/', origin)
      const query = request.method === 'POST' ? new URLSearchParams(body) : url.searchParams
      const entry: AskedRequest = { method: request.method ?? 'GET', path: url.pathname, query: query.toString(), accept: request.headers.accept, userAgent: request.headers['user-agent'], answeredWith: undefined }
      asked.push(entry)
      const failure = failures.find((candidate) => candidate.remaining > 0 && (!candidate.pathIncludes || url.pathname.includes(candidate.pathIncludes)))
      const recording = findRecording(recordings, requestKey(entry.method, url.pathname, query), request.headers.accept)
      if (failure) {
        failure.remaining -= 1
        simulateFailure(failure.failure, response, recording, corpusDir)
        return
      }
      if (!recording) {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('Resource not found.')
        return
      }
      entry.answeredWith = recording.exchange.file
      answerRecorded(recording.exchange, response, corpusDir, origin)
    })
  })
  await new Promise<void>((resolveListen) => server.listen(port, '127.0.0.1', resolveListen))
  origin = `http://127.0.0.1:${portOf(server.address())}`
  return {
    origin,
    baseUrls: { crossref: origin, doi: origin, eutils: `${origin}/entrez/eutils`, idconv: `${origin}/pmc/utils/idconv/v1.0` },
    asked,
    fail(failure, options = {}) {
      failures.push({ failure, remaining: options.times ?? 1, pathIncludes: options.pathIncludes })
    },
    listening: () => server.listening,
    reset() {
      asked.length = 0
      failures.length = 0
    },
    close() {
      server.closeAllConnections()
      return new Promise((resolveClose, reject) => server.close((error) => (error ? reject(error) : resolveClose())))
    },
  }
}

function findRecording(recordings: Map<string, Recording[]>, key: string, accept: string | undefined): Recording | undefined {
  const accepted = (accept ?? '').split(',').map(normalizeAccept)
  return recordings.get(key)?.find((recording) => !recording.accept || accepted.includes(recording.accept))
}

function answerRecorded(exchange: RecordedExchange, response: ServerResponse, corpusDir: string, origin: string): void {
  const headers: Record<string, string> = {}
  if (exchange.content_type) headers['content-type'] = exchange.content_type
  if (exchange.location) {
    const location = new URL(exchange.location, exchange.url)
    // the redirect comes back here, so the client's redirect following is exercised too
    headers.location = `${origin}${location.pathname}${location.search}`
  }
  response.writeHead(exchange.status, headers).end(readFileSync(join(corpusDir, exchange.file)))
}

function simulateFailure(failure: ReplayFailure, response: ServerResponse, recording: Recording | undefined, corpusDir: string): void {
  if (failure.kind === 'hang') return
  if (failure.kind === 'status') {
    const headers: Record<string, string> = { 'content-type': 'text/plain' }
    if (failure.retryAfter !== undefined) headers['retry-after'] = failure.retryAfter
    response.writeHead(failure.status, headers).end(`Simulated HTTP ${failure.status}.`)
    return
  }
  if (failure.kind === 'contentType') {
    response.writeHead(200, { 'content-type': failure.contentType }).end(failure.body)
    return
  }
  const body = recording ? readFileSync(join(corpusDir, recording.exchange.file)) : Buffer.from('{"status":"ok","message":{"title":["A record cut short"]}}')
  response.writeHead(200, { 'content-type': recording?.exchange.content_type ?? 'application/json', 'content-length': String(body.length) })
  // half the promised bytes, then the connection drops: what a flaky network does
  response.write(body.subarray(0, Math.floor(body.length / 2)), () => response.socket?.destroy())
}

function portOf(address: AddressInfo | string | null): number {
  if (address === null || typeof address === 'string') throw new Error(`The replay server is not listening on a TCP port (${String(address)}).`)
  return address.port
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')))
    request.on('error', reject)
  })
}

/** An address on 127.0.0.1 where nothing listens: connecting there is refused. */
export async function refusedOrigin(): Promise<string> {
  const server = createServer()
  await new Promise<void>((resolveListen) => server.listen(0, '127.0.0.1', resolveListen))
  const port = portOf(server.address())
  await new Promise<void>((resolveClose, reject) => server.close((error) => (error ? reject(error) : resolveClose())))
  return `http://127.0.0.1:${port}`
}

/**
 * `fetch` that refuses any host but 127.0.0.1, loudly: tests install it in place of the global
 * fetch, so a request builder that leaks to the real registries fails the test instead.
 */
export function localOnlyFetch(realFetch: typeof fetch): typeof fetch {
  return (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input))
    if (url.hostname !== '127.0.0.1') return Promise.reject(new Error(`A test tried to reach ${url.host}; tests never use the network: point the base URLs at the replay server.`))
    return realFetch(input, init)
  }
}

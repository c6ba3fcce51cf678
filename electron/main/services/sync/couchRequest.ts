import type { SyncConnectionReport } from '../../../../shared/sync/status'
import type { ConnectionTestDeps } from './ports'

/** A server and the user to ask it as ('' for no user: no credentials are sent). */
export interface CouchTarget {
  /** The server's address without a trailing slash. */
  server: string
  user: string
  password: string
}

export interface CouchAnswer {
  status: number
  /** The body parsed as JSON, or undefined when it is not JSON. */
  body: unknown
  text: string
}

/** A finding that ends the connection test: the report to give. */
export class ConnectionProblem extends Error {
  constructor(readonly report: SyncConnectionReport) {
    super(report.message)
  }
}

/**
 * One request to the server with the user's Basic credentials, its whole answer read within
 * `deps.timeoutMs` (a server that sends headers and then nothing is as stuck as one that sends
 * nothing). A request that gets no answer becomes an `unreachable` or `timeout` problem.
 */
export async function couchRequest(target: CouchTarget, method: string, path: string, deps: ConnectionTestDeps, json?: unknown): Promise<CouchAnswer> {
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), deps.timeoutMs)
  try {
    const response = await deps.fetch(`${target.server}${path}`, {
      method,
      headers: { accept: 'application/json', ...authorization(target), ...(json === undefined ? {} : { 'content-type': 'application/json' }) },
      body: json === undefined ? undefined : JSON.stringify(json),
      signal: controller.signal,
    })
    const text = await response.text()
    return { status: response.status, body: parseJson(text), text }
  } catch (error) {
    if (controller.signal.aborted) throw timeoutProblem(target, deps.timeoutMs)
    throw unreachableProblem(target, error)
  } finally {
    clearTimeout(timer)
  }
}

function authorization(target: CouchTarget): Record<string, string> {
  if (target.user === '') return {}
  return { authorization: `Basic ${Buffer.from(`${target.user}:${target.password}`, 'utf8').toString('base64')}` }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    // not JSON (a web page, a proxy's error): the caller says so, showing the text
    if (error instanceof SyntaxError) return undefined
    throw error
  }
}

function timeoutProblem(target: CouchTarget, timeoutMs: number): ConnectionProblem {
  const seconds = Math.round(timeoutMs / 100) / 10
  return failure(
    'timeout',
    `${target.server} did not answer within ${seconds} s: the server may be overloaded, or a firewall may be holding the connection. Try again, or check the address.`,
  )
}

const TLS_CODE = /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY|EPROTO/

/** Why nothing answered, from the system's error code under fetch's "fetch failed". */
function unreachableProblem(target: CouchTarget, error: unknown): ConnectionProblem {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error
  const code = typeof cause === 'object' && cause !== null && 'code' in cause && typeof cause.code === 'string' ? cause.code : ''
  const detail = cause instanceof Error ? cause.message : String(cause)
  const host = hostOf(target.server)
  if (code === 'ECONNREFUSED') {
    return failure('unreachable', `Nothing answers at ${target.server} (the connection was refused): check the address and port, and that CouchDB is running there.`)
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return failure('unreachable', `The server name ${host} is not known (no address found for it): check the address, and that this computer is online.`)
  }
  if (TLS_CODE.test(code)) {
    return failure(
      'unreachable',
      `A secure connection to ${target.server} could not be made (${detail}): the server's certificate is not one this computer trusts, or the address should start with http:// instead of https://.`,
    )
  }
  return failure('unreachable', `${target.server} cannot be reached (${code === '' ? detail : `${code}: ${detail}`}): check the address and this computer's network connection.`)
}

function hostOf(server: string): string {
  try {
    return new URL(server).hostname
  } catch (error) {
    if (error instanceof TypeError) return server
    throw error
  }
}

function failure(kind: 'timeout' | 'unreachable', message: string): ConnectionProblem {
  return new ConnectionProblem({ ok: false, problem: kind, message, canWrite: false, created: false })
}

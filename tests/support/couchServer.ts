import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { freePort } from './caywClient'

/**
 * A CouchDB-compatible server for the sync tests: PouchDB Server from npm, started on
 * 127.0.0.1 on a free port, in a temporary folder of its own (it writes its config.json and
 * log there), with one server admin. In memory by default; `onDisk` keeps the databases in
 * that folder so the server can be killed and started again with its data (`restart`).
 *
 * Known limits of PouchDB Server 4.2 the tests work around: a non-admin's `PUT /<db>` for a
 * database that does not exist crashes it (AxisRef never creates a database without being a
 * server admin), and `_changes?filter=_selector` is not supported.
 */
export interface CouchServer {
  /** http://127.0.0.1:<port> (no trailing slash). */
  url: string
  port: number
  admin: { user: string; password: string }
  /** Creates a database; `members` are role names that may read (and write, unless read-only), `writers` those that may write. */
  createDatabase(name: string, access?: { memberRoles?: string[]; writerRoles?: string[] }): Promise<void>
  createUser(name: string, password: string, roles: string[]): Promise<void>
  /** A request as the admin (or as `auth`), JSON in and out. */
  request(method: string, path: string, body?: unknown, auth?: { user: string; password: string }): Promise<{ status: number; body: unknown }>
  /** Kills the process at once (SIGKILL), as a crash or a pulled cable would. */
  kill(): Promise<void>
  /** Starts it again on the same port (and, on disk, with the same data). */
  restart(): Promise<void>
  stop(): Promise<void>
}

const SERVER_BIN = join(process.cwd(), 'node_modules', '.bin', 'pouchdb-server')
const ADMIN = { user: 'admin', password: 'admin-secret' }

export async function startCouchServer(options: { onDisk?: boolean } = {}): Promise<CouchServer> {
  const folder = await mkdtemp(join(tmpdir(), 'axisref-couch-'))
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  let child: ChildProcess | undefined

  async function launch(): Promise<void> {
    const args = ['--port', String(port), '--host', '127.0.0.1', '--dir', folder, '--config', join(folder, 'config.json'), '--no-stdout-logs']
    if (!options.onDisk) args.push('--in-memory')
    const started = spawn(SERVER_BIN, args, { cwd: folder, stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    started.stderr?.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-4000)
    })
    child = started
    // a server that dies on its own (not killed by kill()) says why: otherwise its clients see only ECONNRESET
    started.once('exit', (code, signal) => {
      if (signal !== 'SIGKILL') console.error(`PouchDB Server on port ${port} exited (${code ?? signal}): ${stderr.trim() || 'nothing on stderr'}`)
    })
    await waitUntilAnswering(url, started, () => stderr)
  }

  async function request(method: string, path: string, body?: unknown, auth = ADMIN): Promise<{ status: number; body: unknown }> {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: { authorization: basic(auth), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await response.text()
    return { status: response.status, body: text === '' ? undefined : JSON.parse(text) }
  }

  async function expectOk(method: string, path: string, body?: unknown): Promise<void> {
    const answer = await request(method, path, body)
    if (answer.status >= 300) throw new Error(`${method} ${path} answered ${answer.status}: ${JSON.stringify(answer.body)}`)
  }

  async function kill(): Promise<void> {
    const running = child
    // a process killed by a signal has no exit code, only its signal: it is gone all the same
    if (!running || running.exitCode !== null || running.signalCode !== null) return
    const exited = new Promise((resolve) => running.once('exit', resolve))
    running.kill('SIGKILL')
    await exited
  }

  await launch()
  // The first admin is made without credentials ("admin party"); from then on the server asks for them.
  const made = await fetch(`${url}/_config/admins/${ADMIN.user}`, { method: 'PUT', body: JSON.stringify(ADMIN.password) })
  if (!made.ok) throw new Error(`PouchDB Server did not take its admin: ${made.status} ${await made.text()}`)

  return {
    url,
    port,
    admin: ADMIN,
    request,
    async createDatabase(name, access = {}) {
      await expectOk('PUT', `/${name}`)
      const members = access.memberRoles ?? []
      if (members.length > 0) await expectOk('PUT', `/${name}/_security`, { admins: { names: [], roles: [] }, members: { names: [], roles: members } })
      const writers = access.writerRoles
      if (writers !== undefined) {
        // CouchDB's way of a read-only member: the database's validation refuses writes from other roles
        const check = `function (newDoc, oldDoc, userCtx) { var writers = ${JSON.stringify(writers)}; if (userCtx.roles.indexOf('_admin') !== -1) return; for (var i = 0; i < writers.length; i++) if (userCtx.roles.indexOf(writers[i]) !== -1) return; throw({ forbidden: 'read-only member: this library is read-only for you' }); }`
        await expectOk('PUT', `/${name}/_design/axisref-access`, { validate_doc_update: check })
      }
    },
    async createUser(name, password, roles) {
      await expectOk('PUT', `/_users/org.couchdb.user:${name}`, { name, password, roles, type: 'user' })
    },
    kill,
    async restart() {
      await kill()
      await launch()
    },
    async stop() {
      await kill()
      await rm(folder, { recursive: true, force: true })
    },
  }
}

function basic(auth: { user: string; password: string }): string {
  return `Basic ${Buffer.from(`${auth.user}:${auth.password}`).toString('base64')}`
}

/** Polls the server's welcome until it answers; fails with its stderr if the process exits first. */
async function waitUntilAnswering(url: string, child: ChildProcess, stderr: () => string): Promise<void> {
  for (let attempt = 0; attempt < 600; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`PouchDB Server exited (${child.exitCode}) before answering: ${stderr()}`)
    try {
      const response = await fetch(`${url}/`)
      if (response.ok) return
    } catch (error) {
      if (!(error instanceof TypeError)) throw error
      // not listening yet: try again
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`PouchDB Server did not answer on ${url} within a minute: ${stderr()}`)
}

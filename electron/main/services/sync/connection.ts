import { randomUUID } from 'node:crypto'
import type { SyncConnectionReport } from '../../../../shared/sync/status'
import type { ConnectionTestDeps, ConnectionTester } from './ports'
import { couchRequest, ConnectionProblem, type CouchAnswer, type CouchTarget } from './couchRequest'

/**
 * "Test connection" (issue #17): asks the server, step by step, what a sync will need, and
 * says in words the first thing that is wrong and what to do about it:
 * 1. `GET /` answers CouchDB's welcome (CouchDB's `couchdb`, PouchDB Server's `express-pouchdb`,
 *    or any `vendor`): else `notCouch`; nothing answering: `unreachable` or `timeout`.
 * 2. `GET /_session` with the user's Basic credentials names the user: else `credentials`.
 * 3. `GET /<db>`: 404 → created only when the user is a server admin (`_admin`), since a
 *    non-admin's `PUT` of a missing database is refused by CouchDB and crashes PouchDB Server;
 *    else `noDatabase`. 401/403 with good credentials → `forbidden` (not a member).
 * 4. Whether the user may write: see {@link checkWrite}.
 */
export const testSyncConnection: ConnectionTester = async (connection, deps) => {
  const target: CouchTarget = { server: connection.url.replace(/\/+$/, ''), user: connection.user, password: connection.password }
  try {
    return await checkConnection(target, connection.database, deps)
  } catch (error) {
    if (error instanceof ConnectionProblem) return error.report
    throw error
  }
}

/** The id prefix of the document the write check makes and deletes; the engine's replication filter leaves these out. */
export const WRITE_CHECK_DOC_PREFIX = 'axisref-write-check:'

async function checkConnection(target: CouchTarget, database: string, deps: ConnectionTestDeps): Promise<SyncConnectionReport> {
  checkWelcome(target, await couchRequest(target, 'GET', '/', deps))
  const roles = target.user === '' ? [] : await sessionRoles(target, deps)
  const isServerAdmin = roles.includes('_admin')
  const created = await ensureDatabase(target, database, isServerAdmin, deps)
  const write = isServerAdmin ? { canWrite: true, note: '' } : await checkWrite(target, database, deps)
  return { ok: true, canWrite: write.canWrite, created, message: successMessage(target, database, created, write.canWrite) + write.note }
}

function checkWelcome(target: CouchTarget, answer: CouchAnswer): void {
  if (answer.status === 401) throw credentialsProblem(target)
  const body = answer.body
  if (answer.status === 200 && isObject(body) && ('couchdb' in body || 'express-pouchdb' in body || isObject(body.vendor))) return
  const hint =
    isObject(body) && typeof body.db_name === 'string'
      ? ` That is the address of the database "${body.db_name}", not of the server: enter the server's address (without the database) and "${body.db_name}" as the database.`
      : ` Check the address: it should be the server's own, such as http://host:5984 (or the path a proxy gives CouchDB), not a web page's.`
  throw problem('notCouch', `${target.server} answered, but not as a CouchDB server (its root gave ${describeAnswer(answer)}).${hint}`)
}

/** The user's roles from `_session`; a refused or nameless session is a `credentials` problem. */
async function sessionRoles(target: CouchTarget, deps: ConnectionTestDeps): Promise<string[]> {
  const answer = await couchRequest(target, 'GET', '/_session', deps)
  if (answer.status === 401) throw credentialsProblem(target)
  if (answer.status !== 200) throw unexpected(target, 'the session check', answer)
  const userCtx = isObject(answer.body) && isObject(answer.body.userCtx) ? answer.body.userCtx : {}
  if (typeof userCtx.name !== 'string' || userCtx.name === '') {
    throw problem(
      'credentials',
      `${target.server} did not log in ${target.user} (it answered as no one): check the user name and password, and that the server accepts Basic authentication.`,
    )
  }
  return Array.isArray(userCtx.roles) ? userCtx.roles.filter((role): role is string => typeof role === 'string') : []
}

/** True when the database was missing and has been created (only ever by a server admin). */
async function ensureDatabase(target: CouchTarget, database: string, isServerAdmin: boolean, deps: ConnectionTestDeps): Promise<boolean> {
  const path = `/${encodeURIComponent(database)}`
  const answer = await couchRequest(target, 'GET', path, deps)
  if (answer.status === 200) return false
  if (answer.status === 401 || answer.status === 403) throw accessProblem(target, database)
  if (answer.status !== 404) throw unexpected(target, `reading the database ${database}`, answer)
  if (!isServerAdmin) {
    throw problem(
      'noDatabase',
      `There is no database ${database} on ${target.server}, and ${who(target)} may not create one: ask the server's admin to create it (or check the database's name).`,
    )
  }
  const made = await couchRequest(target, 'PUT', path, deps)
  if (made.status === 201 || made.status === 202 || made.status === 412) return made.status !== 412
  throw unexpected(target, `creating the database ${database}`, made)
}

/**
 * Whether a member may write, found by writing: CouchDB's read-only member is made with a
 * design doc's validate_doc_update refusing their role, which cannot be read reliably (any
 * function, any number of design docs), and `_local` documents skip validation, so writing one
 * proves nothing. So a small ordinary document is written and deleted at once: a 403
 * `forbidden` is the validation refusing this user. Its id never names a library record
 * ({@link WRITE_CHECK_DOC_PREFIX}), so no device takes it for one.
 */
async function checkWrite(target: CouchTarget, database: string, deps: ConnectionTestDeps): Promise<{ canWrite: boolean; note: string }> {
  const id = WRITE_CHECK_DOC_PREFIX + randomUUID()
  const path = `/${encodeURIComponent(database)}/${encodeURIComponent(id)}`
  const written = await couchRequest(target, 'PUT', path, deps, { purpose: 'AxisRef checks that this user may write; deleted at once' })
  if (written.status === 403) return { canWrite: false, note: '' }
  if (written.status === 401) throw accessProblem(target, database)
  const rev = isObject(written.body) && typeof written.body.rev === 'string' ? written.body.rev : undefined
  if ((written.status !== 201 && written.status !== 202) || rev === undefined) throw unexpected(target, `a test write to ${database}`, written)
  const deleted = await couchRequest(target, 'DELETE', `${path}?rev=${encodeURIComponent(rev)}`, deps)
  if (deleted.status === 200 || deleted.status === 202) return { canWrite: true, note: '' }
  return { canWrite: true, note: ` (The test document ${id} could not be deleted again: ${describeAnswer(deleted)}. It is harmless: AxisRef ignores it.)` }
}

function successMessage(target: CouchTarget, database: string, created: boolean, canWrite: boolean): string {
  const where = `${created ? 'Created the database' : 'Connected to the database'} ${database} on ${target.server} as ${who(target)}`
  return canWrite ? `${where}: you can read and change this library.` : `${where}: you can read this library but not change it; your edits will stay on this device.`
}

function credentialsProblem(target: CouchTarget): ConnectionProblem {
  return problem(
    'credentials',
    target.user === ''
      ? `${target.server} asks for a user name and password: enter them.`
      : `${target.server} refused the user name ${target.user} with this password: check both (CouchDB user names are case-sensitive).`,
  )
}

function accessProblem(target: CouchTarget, database: string): ConnectionProblem {
  if (target.user === '') return problem('credentials', `The database ${database} on ${target.server} needs a user name and password: enter them.`)
  return problem(
    'forbidden',
    `${target.user} is not a member of the database ${database} on ${target.server}: ask the server's admin to add ${target.user} (or one of its roles) to the database's members.`,
  )
}

function unexpected(target: CouchTarget, what: string, answer: CouchAnswer): ConnectionProblem {
  return new ConnectionProblem({
    ok: false,
    canWrite: false,
    created: false,
    message: `${target.server} answered ${describeAnswer(answer)} to ${what}: try again later; if it goes on, the server's log says why.`,
  })
}

function problem(kind: NonNullable<SyncConnectionReport['problem']>, message: string): ConnectionProblem {
  return new ConnectionProblem({ ok: false, problem: kind, message, canWrite: false, created: false })
}

function who(target: CouchTarget): string {
  return target.user === '' ? 'an anonymous user' : target.user
}

/** "404 not_found (Database does not exist.)", or the status and the start of a body that is not CouchDB's JSON. */
function describeAnswer(answer: CouchAnswer): string {
  if (isObject(answer.body) && typeof answer.body.error === 'string') {
    return `${answer.status} ${answer.body.error}${typeof answer.body.reason === 'string' ? ` (${answer.body.reason})` : ''}`
  }
  const text = answer.text.trim().replace(/\s+/g, ' ')
  return text === '' ? `status ${answer.status}` : `status ${answer.status}, "${text.length > 80 ? `${text.slice(0, 80)}…` : text}"`
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

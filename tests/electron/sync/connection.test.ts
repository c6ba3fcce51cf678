import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer, type RequestListener, type Server } from 'node:http'
import { createServer as createTlsServer } from 'node:https'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testSyncConnection, WRITE_CHECK_DOC_PREFIX } from '../../../electron/main/services/sync/connection'
import { syncConnectionReportSchema } from '../../../shared/sync/status'
import { freePort } from '../../support/caywClient'
import { startCouchServer, type CouchServer } from '../../support/couchServer'

const DEPS = { fetch, timeoutMs: 10_000 }
const WRITER = { user: 'wanda', password: 'writer-secret' }
const READER = { user: 'rick', password: 'reader-secret' }
const STRANGER = { user: 'sam', password: 'stranger-secret' }

let couch: CouchServer
const extraServers: Server[] = []

beforeAll(async () => {
  couch = await startCouchServer()
  await couch.createUser(WRITER.user, WRITER.password, ['writers'])
  await couch.createUser(READER.user, READER.password, ['readers'])
  await couch.createUser(STRANGER.user, STRANGER.password, ['other-lab'])
  await couch.createDatabase('lab-library', { memberRoles: ['writers', 'readers'], writerRoles: ['writers'] })
}, 60_000)

afterAll(async () => {
  await couch.stop()
  for (const server of extraServers) {
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  }
})

async function check(connection: { url?: string; database?: string; user: string; password: string }, deps = DEPS) {
  const report = await testSyncConnection({ url: couch.url, database: 'lab-library', ...connection }, deps)
  // what main hands the window must be what the contract says
  return syncConnectionReportSchema.parse(report)
}

/** A plain HTTP server on 127.0.0.1 answering as `listener` says. */
async function startHttpServer(listener: RequestListener): Promise<string> {
  const server = createServer(listener)
  extraServers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (address === null || typeof address === 'string') throw new Error('the test server has no port')
  return `http://127.0.0.1:${address.port}`
}

async function liveDocIds(database: string): Promise<string[]> {
  const answer = await couch.request('GET', `/${database}/_all_docs`)
  const rows = (answer.body as { rows: { id: string }[] }).rows
  return rows.map((row) => row.id)
}

describe('testing a sync connection against a CouchDB server (PouchDB Server)', () => {
  it('a member of the writers role may read and write; the test write leaves no document behind', async () => {
    const before = await liveDocIds('lab-library')
    const report = await check(WRITER)
    expect(report).toMatchObject({ ok: true, canWrite: true, created: false })
    expect(report.problem).toBeUndefined()
    expect(report.message).toContain(`lab-library on ${couch.url} as wanda`)
    expect(await liveDocIds('lab-library')).toEqual(before)
  })

  it('a read-only member connects, is told edits stay on the device, and nothing is written', async () => {
    const info = async () => (await couch.request('GET', '/lab-library')).body as { update_seq: unknown }
    const seqBefore = (await info()).update_seq
    const report = await check(READER)
    expect(report).toMatchObject({ ok: true, canWrite: false, created: false })
    expect(report.message).toMatch(/can read this library but not change it; your edits will stay on this device/)
    expect((await info()).update_seq).toEqual(seqBefore)
  })

  it('a wrong password, and a user the server does not know, are credentials problems naming the user', async () => {
    for (const wrong of [{ user: WRITER.user, password: 'not-it' }, { user: 'nobody', password: 'x' }]) {
      const report = await check(wrong)
      expect(report).toMatchObject({ ok: false, problem: 'credentials', canWrite: false })
      expect(report.message).toBe(`${couch.url} refused the user name ${wrong.user} with this password: check both (CouchDB user names are case-sensitive).`)
    }
  })

  it('no user name for a database that has members asks for one', async () => {
    const report = await check({ user: '', password: '' })
    expect(report).toMatchObject({ ok: false, problem: 'credentials' })
    expect(report.message).toBe(`The database lab-library on ${couch.url} needs a user name and password: enter them.`)
  })

  it('a user who is not a member is told to ask the admin to add them', async () => {
    const report = await check(STRANGER)
    expect(report).toMatchObject({ ok: false, problem: 'forbidden' })
    expect(report.message).toBe(
      `sam is not a member of the database lab-library on ${couch.url}: ask the server's admin to add sam (or one of its roles) to the database's members.`,
    )
  })

  it('a missing database is never created by a non-admin (PouchDB Server would crash): the user is told to ask the admin', async () => {
    const report = await check({ ...WRITER, database: 'no-such-library' })
    expect(report).toMatchObject({ ok: false, problem: 'noDatabase', created: false })
    expect(report.message).toBe(
      `There is no database no-such-library on ${couch.url}, and wanda may not create one: ask the server's admin to create it (or check the database's name).`,
    )
    // the server is still there, and still has no such database
    expect((await couch.request('GET', '/no-such-library')).status).toBe(404)
  })

  it('a server admin gets the missing database created, and may write without a test write', async () => {
    const report = await check({ ...couch.admin, database: 'new-library' })
    expect(report).toMatchObject({ ok: true, canWrite: true, created: true })
    expect(report.message).toContain(`Created the database new-library on ${couch.url} as admin`)
    expect((await couch.request('GET', '/new-library')).status).toBe(200)
    expect(await liveDocIds('new-library')).toEqual([])
    expect(await check({ ...couch.admin, database: 'new-library' })).toMatchObject({ ok: true, created: false })
  })

  it("the database's own address given as the server's is explained", async () => {
    const report = await check({ ...WRITER, url: `${couch.url}/lab-library` })
    expect(report).toMatchObject({ ok: false, problem: 'notCouch' })
    expect(report.message).toContain('That is the address of the database "lab-library", not of the server')
  })

  it('the write check uses a document id that names no library record, and deletes it', async () => {
    await check(WRITER)
    const changes = (await couch.request('GET', '/lab-library/_changes')).body as { results: { id: string; deleted?: boolean }[] }
    const checks = changes.results.filter((change) => change.id.startsWith(WRITE_CHECK_DOC_PREFIX))
    expect(checks.length).toBeGreaterThan(0)
    expect(checks.every((change) => change.deleted === true)).toBe(true)
  })
})

describe('testing a sync connection where no CouchDB answers', () => {
  it('a closed port is unreachable, said with the address and what to check', async () => {
    const url = `http://127.0.0.1:${await freePort()}`
    const report = await check({ ...WRITER, url })
    expect(report).toMatchObject({ ok: false, problem: 'unreachable', canWrite: false, created: false })
    expect(report.message).toBe(`Nothing answers at ${url} (the connection was refused): check the address and port, and that CouchDB is running there.`)
  })

  it('a server name that does not resolve is unreachable, naming the host', async () => {
    // .invalid never resolves (RFC 6761)
    const report = await check({ ...WRITER, url: 'http://axisref-no-such-host.invalid:5984' })
    expect(report).toMatchObject({ ok: false, problem: 'unreachable' })
    expect(report.message).toMatch(/^The server name axisref-no-such-host\.invalid is not known/)
  })

  it('a web server that is not CouchDB is said to be not a CouchDB', async () => {
    const url = await startHttpServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html' })
      response.end('<html><body>It works!</body></html>')
    })
    const report = await check({ ...WRITER, url })
    expect(report).toMatchObject({ ok: false, problem: 'notCouch' })
    expect(report.message).toBe(
      `${url} answered, but not as a CouchDB server (its root gave status 200, "<html><body>It works!</body></html>"). Check the address: it should be the server's own, such as http://host:5984 (or the path a proxy gives CouchDB), not a web page's.`,
    )
  })

  it("a CouchDB whose _session logs nobody in (Basic authentication off) is a credentials problem", async () => {
    const url = await startHttpServer((request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' })
      if (request.url === '/') response.end(JSON.stringify({ couchdb: 'Welcome', version: '3.4.2', vendor: { name: 'The Apache Software Foundation' } }))
      else response.end(JSON.stringify({ ok: true, userCtx: { name: null, roles: [] } }))
    })
    const report = await check({ ...WRITER, url })
    expect(report).toMatchObject({ ok: false, problem: 'credentials' })
    expect(report.message).toMatch(/did not log in wanda \(it answered as no one\)/)
  })

  it('a server that never answers is a timeout, after the injected time', async () => {
    const url = await startHttpServer(() => {
      // holds every request open without a word
    })
    const report = await check({ ...WRITER, url }, { fetch, timeoutMs: 200 })
    expect(report).toMatchObject({ ok: false, problem: 'timeout' })
    expect(report.message).toBe(
      `${url} did not answer within 0.2 s: the server may be overloaded, or a firewall may be holding the connection. Try again, or check the address.`,
    )
  })

  it('a certificate this computer does not trust is unreachable, saying so', async (context) => {
    const folder = mkdtempSync(join(tmpdir(), 'axisref-tls-'))
    try {
      try {
        execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1',
          '-keyout', join(folder, 'key.pem'), '-out', join(folder, 'cert.pem')], { stdio: 'pipe' })
      } catch (error) {
        context.skip(`openssl could not make a self-signed certificate: ${String(error)}`)
      }
      const server = createTlsServer({ key: readFileSync(join(folder, 'key.pem')), cert: readFileSync(join(folder, 'cert.pem')) }, (_request, response) => response.end('{}'))
      extraServers.push(server)
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
      const address = server.address()
      const url = `https://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
      const report = await check({ ...WRITER, url })
      expect(report).toMatchObject({ ok: false, problem: 'unreachable' })
      expect(report.message).toMatch(new RegExp(`^A secure connection to ${url.replace(/\./g, '\\.')} could not be made \\(.*certificate.*\\): the server's certificate is not one this computer trusts`))
    } finally {
      rmSync(folder, { recursive: true, force: true })
    }
  })
})

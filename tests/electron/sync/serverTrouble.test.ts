import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { startCouchServer, type CouchServer } from '../../support/couchServer'
import { createDevice, eventually, paper, paperChange, receiveUntil, type Device } from './syncDevices'

/**
 * What the server or the network does wrong: forged documents, a wrong password, a
 * read-only member, a server killed mid-sync, a device that goes offline.
 */
let server: CouchServer | undefined
const devices: Device[] = []
const ANA = { user: 'ana', password: 'ana-secret' }

async function setUp(options: { onDisk?: boolean } = {}): Promise<CouchServer> {
  server = await startCouchServer(options)
  await server.createDatabase('lab', { memberRoles: ['lab', 'readers'], writerRoles: ['lab'] })
  await server.createUser(ANA.user, ANA.password, ['lab'])
  return server
}

async function device(name: string, who = ANA): Promise<Device> {
  const made = await createDevice(name)
  devices.push(made)
  const status = await made.sync.connect({ url: server!.url, database: 'lab', ...who, pdfs: 'onOpen' })
  expect(status.state, status.message).not.toBe('error')
  return made
}

afterEach(async () => {
  for (const made of devices.splice(0)) await made.close()
  await server?.stop()
  server = undefined
})

describe('sync when things go wrong', () => {
  it('documents forged on the server are refused with why, and the rest still arrive', async () => {
    const couch = await setUp()
    const b = await device('b')
    const good = paper('good')
    const bad = { ...paper('bad'), citationKey: 42 }
    const answer = await couch.request('POST', '/lab/_bulk_docs', {
      docs: [
        { _id: 'paper:bad', table: 'papers', row: bad },
        { _id: 'paper:../../etc/passwd', table: 'papers', row: paper('../../etc/passwd') },
        { _id: 'paper:p9', table: 'papers', row: paper('other') },
        { _id: 'evil', table: 'papers', row: paper('evil') },
        { _id: 'paper:good', table: 'papers', row: good },
      ],
    })
    expect(answer.status).toBeLessThan(300)
    await receiveUntil(b, (rows) => rows.has('papers:good'), 'the good paper')
    expect([...b.window.rows.keys()]).toEqual(['papers:good'])
    const { refused } = await b.sync.status()
    expect(refused.map((entry) => entry.id).sort()).toEqual(['evil', 'paper:../../etc/passwd', 'paper:bad', 'paper:p9'])
    expect(refused.find((entry) => entry.id === 'paper:bad')?.reason).toMatch(/citationKey/)
    expect(refused.find((entry) => entry.id === 'paper:../../etc/passwd')?.reason).toMatch(/path/)
    expect(refused.find((entry) => entry.id === 'paper:p9')?.reason).toMatch(/"other" is not the document's "p9"/)
  })

  it('a wrong password: the status says so in words, and nothing is kept', async () => {
    const couch = await setUp()
    const a = await createDevice('a')
    devices.push(a)
    const status = await a.sync.connect({ url: couch.url, database: 'lab', user: 'ana', password: 'wrong', pdfs: 'onOpen' })
    expect(status.state).toBe('error')
    expect(status.message).toMatch(/password|credentials|user name/i)
    expect(status.connection).toBeNull()
    const settings = JSON.parse(await readFile(join(a.dataDir, 'settings.json'), 'utf8')) as { sync?: { connection?: unknown } }
    expect(settings.sync?.connection).toBeUndefined()
    await expect(readFile(join(a.dataDir, 'sync-secrets.json'), 'utf8')).rejects.toThrow(/ENOENT/)
  })

  it('a password changed on the server while syncing: the status says so in words and stops retrying', async () => {
    const couch = await setUp()
    const a = await device('a')
    const user = await couch.request('GET', '/_users/org.couchdb.user:ana')
    await couch.request('PUT', '/_users/org.couchdb.user:ana', { ...(user.body as object), password: 'changed' })
    await a.sync.syncNow()
    await eventually(async () => (await a.sync.status()).state === 'error', 'A reports the refused password')
    expect((await a.sync.status()).message).toBe(`The server refused the user name or password for lab at ${couch.url}. Enter them again in Settings → Sync.`)
  })

  it('a read-only member: told their edits stay on this device, and changes still arrive', async () => {
    const couch = await setUp()
    await couch.createUser('rita', 'rita-secret', ['readers'])
    const a = await device('a')
    const reader = await device('reader', { user: 'rita', password: 'rita-secret' })
    expect((await reader.sync.push({ changes: [paperChange(paper('mine'))] })).written).toBe(1)
    await eventually(async () => (await reader.sync.status()).readOnly, 'the reader is told the library is read-only')
    expect((await reader.sync.status()).message).toBe('You can read this library but not change it: your edits stay on this device.')
    await a.sync.push({ changes: [paperChange(paper('theirs'))] })
    await receiveUntil(reader, (rows) => rows.has('papers:theirs'), "the writer's paper")
    expect((await couch.request('GET', '/lab/paper:mine')).status).toBe(404)
  })

  it('offline, then online: the status says offline, and the edit goes out when the server is back', async () => {
    await setUp()
    const a = await device('a')
    const b = await device('b')
    a.offline = true
    await a.sync.push({ changes: [paperChange(paper('late'))] })
    await eventually(async () => (await a.sync.status()).state === 'offline', 'A says it is offline')
    expect((await a.sync.status()).message).toMatch(/cannot be reached/)
    a.offline = false
    await receiveUntil(b, (rows) => rows.has('papers:late'), 'the paper made offline')
    await eventually(async () => (await a.sync.status()).state === 'upToDate', 'A is up to date again')
  })

  it('the server killed during the first push of a large library: it resumes, and the server ends with each document once', async () => {
    const couch = await setUp({ onDisk: true })
    const a = await device('a')
    const papers = Array.from({ length: 3000 }, (_, index) => paper(`p${index}`))
    for (let start = 0; start < papers.length; start += 500) {
      expect((await a.sync.push({ changes: papers.slice(start, start + 500).map(paperChange) })).written).toBe(500)
    }
    // the server's own count (a request that fails or hangs while it is down counts as not yet)
    const countOnServer = async () => {
      const auth = `Basic ${Buffer.from(`${couch.admin.user}:${couch.admin.password}`).toString('base64')}`
      try {
        const answer = await fetch(`${couch.url}/lab`, { headers: { authorization: auth }, signal: AbortSignal.timeout(5_000) })
        return answer.ok ? ((await answer.json()) as { doc_count: number }).doc_count - 1 : -1
      } catch (error) {
        if (error instanceof TypeError || (error instanceof DOMException && error.name === 'TimeoutError')) return -1
        throw error
      }
    }
    await eventually(async () => (await countOnServer()) > 0, 'the first documents reached the server', 600)
    await couch.kill()
    await eventually(async () => ['offline', 'sending'].includes((await a.sync.status()).state), 'A notices the server is gone')
    await couch.restart()
    await eventually(async () => (await countOnServer()) === 3000, 'every paper on the server', 900)
    const all = await couch.request('GET', '/lab/_changes?style=all_docs')
    const rows = (all.body as { results: { id: string; changes: unknown[] }[] }).results.filter((row) => row.id.startsWith('paper:'))
    expect(rows).toHaveLength(3000)
    expect(new Set(rows.map((row) => row.id)).size).toBe(3000)
    expect(rows.filter((row) => row.changes.length !== 1)).toEqual([])
  }, 180_000)
})

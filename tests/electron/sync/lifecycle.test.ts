import { access, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { secretKey } from '../../../electron/main/services/sync/ports'
import { createFileSecrets } from '../../../electron/main/services/sync/secrets'
import { startCouchServer, type CouchServer } from '../../support/couchServer'
import { corpusPdf, hasPdfCorpus } from '../pdf/corpus'
import { attachment, createDevice, eventually, paper, paperChange, receiveUntil, storeOf, type Device } from './syncDevices'

const corpus = hasPdfCorpus('sync lifecycle')

/** A connection kept across a restart of the app, given up on disconnect, and a PDF travelling by its hash. */
let server: CouchServer
let device: Device | undefined

beforeEach(async () => {
  server = await startCouchServer()
  await server.createDatabase('lab', { memberRoles: ['lab'] })
  await server.createUser('ana', 'ana-secret', ['lab'])
})

afterEach(async () => {
  await device?.close()
  device = undefined
  await server.stop()
})

const onServer = async (id: string) => (await server.request('GET', `/lab/${id}`)).status === 200

describe('the sync connection over time', () => {
  it('a restarted app syncs again with the kept connection and password; disconnecting keeps nothing', async () => {
    const first = await createDevice('a')
    const connected = await first.sync.connect({ url: server.url, database: 'lab', user: 'ana', password: 'ana-secret', pdfs: 'all' })
    await first.sync.close()
    device = await createDevice('a', first.dataDir)
    const resumed = await device.sync.status()
    expect(resumed.connection).toEqual({ id: connected.connection!.id, url: server.url, database: 'lab', user: 'ana', pdfs: 'all', hasPassword: true })
    expect(resumed.device.id).toBe(connected.device.id)
    await device.sync.push({ changes: [paperChange(paper('after-restart'))] })
    await eventually(() => onServer('paper:after-restart'), 'the paper pushed after the restart reaches the server')

    const off = await device.sync.disconnect({ forgetPassword: true })
    expect(off).toMatchObject({ connection: null, state: 'off' })
    const settings = JSON.parse(await readFile(join(device.dataDir, 'settings.json'), 'utf8')) as { sync?: { deviceId: string; connection?: unknown } }
    expect(settings.sync).toEqual({ deviceId: connected.device.id })
    expect(await createFileSecrets(join(device.dataDir, 'sync-secrets.json')).load(secretKey(server.url, 'ana'))).toBeUndefined()
    await expect(access(join(device.dataDir, 'sync', connected.connection!.id))).rejects.toThrow(/ENOENT/)
    await expect(device.sync.push({ changes: [paperChange(paper('later'))] })).rejects.toThrow(/not synced/)
  })

  it.skipIf(!corpus)('a PDF imported on A travels by its hash: B with "all" has it as soon as its attachment row arrives, C with "when opened" fetches it when asked', async () => {
    const a = await createDevice('a')
    device = a
    await a.sync.connect({ url: server.url, database: 'lab', user: 'ana', password: 'ana-secret', pdfs: 'all' })
    const bytes = await readFile(corpusPdf('metadata/hindawi-PMC4745305.pdf'))
    const { hash } = await storeOf(a).storeBytes(bytes, 'paper.pdf')
    await a.sync.push({ changes: [paperChange(paper('p1')), { table: 'attachments', id: 'att1', row: attachment('att1', 'p1', hash, bytes.length) }] })
    await eventually(() => onServer(`file:${hash}`), 'the PDF reaches the server as file:<hash>')

    const b = await createDevice('b')
    const c = await createDevice('c')
    try {
      await b.sync.connect({ url: server.url, database: 'lab', user: 'ana', password: 'ana-secret', pdfs: 'all' })
      await c.sync.connect({ url: server.url, database: 'lab', user: 'ana', password: 'ana-secret', pdfs: 'onOpen' })
      await receiveUntil(b, (rows) => rows.has('attachments:att1'), "B receives A's attachment row")
      await eventually(async () => (await readFile(storeOf(b).pathFor(hash)).then((got) => got.equals(bytes), () => false)), 'B fetched the PDF with the "all" setting')

      await receiveUntil(c, (rows) => rows.has('attachments:att1'), "C receives A's attachment row")
      await expect(readFile(storeOf(c).pathFor(hash))).rejects.toThrow(/ENOENT/)
      expect(await c.sync.fetchPdf(hash)).toEqual({ stored: true })
      expect((await readFile(storeOf(c).pathFor(hash))).equals(bytes)).toBe(true)
      expect((await c.sync.status()).refused).toEqual([])
    } finally {
      await b.close()
      await c.close()
    }
  })
})

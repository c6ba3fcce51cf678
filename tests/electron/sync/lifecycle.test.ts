import { access, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { secretKey } from '../../../electron/main/services/sync/ports'
import { createFileSecrets } from '../../../electron/main/services/sync/secrets'
import { startCouchServer, type CouchServer } from '../../support/couchServer'
import { createDevice, eventually, paper, paperChange, type Device } from './syncDevices'

/** A connection kept across a restart of the app, given up on disconnect, and the PDF seam's answer until PDFs travel. */
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

  it('fetching a synced PDF answers in words that this version cannot yet', async () => {
    device = await createDevice('a')
    await expect(device.sync.fetchPdf('a'.repeat(64))).rejects.toMatchObject({ code: 'UNAVAILABLE', message: expect.stringMatching(/cannot fetch PDFs/) })
  })
})

import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startCouchServer, type CouchServer } from '../../support/couchServer'
import { createDevice, eventually, note, paper, paperChange, receiveUntil, rowOf, type Device } from './syncDevices'

/**
 * Two devices (two data folders, two sync services) and a real PouchDB Server on
 * 127.0.0.1: what one device's window pushes, the other's window receives.
 */
let server: CouchServer
let a: Device
let b: Device
const ANA = { user: 'ana', password: 'ana-secret' }

async function connect(device: Device, who = ANA): Promise<void> {
  const status = await device.sync.connect({ url: server.url, database: 'lab', ...who, pdfs: 'onOpen' })
  expect(status.state, status.message).not.toBe('error')
}

beforeEach(async () => {
  server = await startCouchServer()
  await server.createDatabase('lab', { memberRoles: ['lab'] })
  await server.createUser(ANA.user, ANA.password, ['lab'])
  a = await createDevice('a')
  b = await createDevice('b')
})

afterEach(async () => {
  await a?.close()
  await b?.close()
  await server?.stop()
})

describe('sync between two devices', () => {
  it('an edit pushed on A arrives through B’s waitForSyncChanges, stamped with who made it', async () => {
    await connect(a)
    await connect(b)
    a.time = 5_000
    const pushed = await a.sync.push({ changes: [paperChange(paper('p1', {}, { title: 'The gut–brain barrier' }))] })
    expect(pushed).toEqual({ written: 1, unchanged: 0, refused: [] })
    await receiveUntil(b, (rows) => rows.has('papers:p1'), 'paper p1')
    const received = b.window.rows.get('papers:p1')!
    expect(received.change.row).toMatchObject({ csl: { title: 'The gut–brain barrier' } })
    const aStatus = await a.sync.status()
    expect(received.changedBy).toEqual({ device: aStatus.device.id, deviceName: 'a-host', user: 'ana', at: 5_000 })
    // the same row again (an echo, or a new revision number only) is not a change
    expect(await a.sync.push({ changes: [paperChange(paper('p1', { revision: 7, modifiedAt: 9 }, { title: 'The gut–brain barrier' }))] })).toEqual({ written: 0, unchanged: 1, refused: [] })
  })
})

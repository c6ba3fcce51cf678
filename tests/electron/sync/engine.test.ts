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

/** Both devices offline, each window pushes its own edit (`a` first, then `b`), both back online. */
async function editApart(edit: { a: Parameters<Device['sync']['push']>[0]; b: Parameters<Device['sync']['push']>[0] }): Promise<void> {
  a.offline = true
  b.offline = true
  a.time = 10_000
  expect((await a.sync.push(edit.a)).written).toBe(edit.a.changes.length)
  b.time = 20_000
  expect((await b.sync.push(edit.b)).written).toBe(edit.b.changes.length)
  a.offline = false
  b.offline = false
  await a.sync.syncNow()
  await b.sync.syncNow()
}

/** The server's copy of a document has no conflicts left, and passes `check`. */
async function settledOnServer(id: string, check: (row: unknown) => boolean): Promise<void> {
  await eventually(async () => {
    const answer = await server.request('GET', `/lab/${encodeURIComponent(id)}?conflicts=true`)
    const body = answer.body as { _conflicts?: string[]; row?: unknown }
    return answer.status === 200 && !body._conflicts && check(body.row)
  }, `${id} settled on the server`)
}

const titleOf = (row: unknown) => (row as { csl?: { title?: string } } | undefined)?.csl?.title
const tagsOf = (row: unknown) => (row as { tags?: string[] } | undefined)?.tags ?? []

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

  it('each change reaches the window once: an answer starts after the last change the window was given', async () => {
    await connect(a)
    await connect(b)
    await a.sync.push({ changes: ['p1', 'p2', 'p3'].map((id) => paperChange(paper(id, {}, { title: `Paper ${id}` }))) })
    await receiveUntil(b, (rows) => rows.size === 3, 'papers p1 to p3')
    await a.sync.push({ changes: [paperChange(paper('p4', {}, { title: 'Paper p4' }))] })
    const given: string[] = []
    for (let round = 0; round < 150 && !given.includes('p4'); round += 1) {
      const answer = await b.sync.wait({ connectionId: b.window.connectionId, since: b.window.since })
      b.window.since = answer.last
      given.push(...answer.changes.map((incoming) => incoming.change.id))
    }
    // LevelDB's PouchDB reads a since given as text as the first change to answer: p3 came again before
    expect(given).toEqual(['p4'])
  })

  it("the window's rows that cannot be shared are refused with why, and the rest written", async () => {
    await connect(a)
    const answer = await a.sync.push({
      changes: [
        { table: 'settings', id: 'theme', row: { id: 'theme', key: 'theme', value: 'dark', modifiedAt: 1, revision: 1 } },
        { table: 'papers', id: 'p1', row: paper('p2') },
        { table: 'notes', id: '../n', row: null },
        paperChange(paper('fine')),
      ],
    })
    expect(answer.written).toBe(1)
    expect(answer.refused).toEqual([
      { id: 'theme', reason: 'the setting "theme" is not one a library shares' },
      { id: 'p1', reason: `the row's id "p2" is not the document's "p1"` },
      { id: '../n', reason: 'the row id "../n" has a path or a control character in it' },
    ])
  })

  it('a row deleted on A is deleted on B', async () => {
    await connect(a)
    await connect(b)
    await a.sync.push({ changes: [paperChange(paper('gone'))] })
    await receiveUntil(b, (rows) => rows.has('papers:gone'), 'paper gone')
    expect(await a.sync.push({ changes: [{ table: 'papers', id: 'gone', row: null }] })).toEqual({ written: 1, unchanged: 0, refused: [] })
    await receiveUntil(b, (rows) => rows.get('papers:gone')?.change.row === null, 'the deletion')
    // deleting it again changes nothing
    expect(await a.sync.push({ changes: [{ table: 'papers', id: 'gone', row: null }] })).toEqual({ written: 0, unchanged: 1, refused: [] })
  })

  it('the same paper edited offline on both, in different fields: both edits are kept, on both devices', async () => {
    await connect(a)
    await connect(b)
    await a.sync.push({ changes: [paperChange(paper('p1', {}, { title: 'Original' }))] })
    await receiveUntil(b, (rows) => rows.has('papers:p1'), 'paper p1')
    await editApart({
      a: { changes: [paperChange(paper('p1', { revision: 2 }, { title: 'Edited on A' }))] },
      b: { changes: [paperChange(paper('p1', { revision: 2, tags: ['gut'] }, { title: 'Original' }))] },
    })
    const merged = (row: unknown) => titleOf(row) === 'Edited on A' && tagsOf(row).includes('gut')
    await receiveUntil(a, (rows) => merged(rows.get('papers:p1')?.change.row), 'the merged paper')
    await receiveUntil(b, (rows) => merged(rows.get('papers:p1')?.change.row), 'the merged paper')
    await settledOnServer('paper:p1', merged)
  })

  it('the same field edited on both: the later edit wins on both devices, the other value is kept in syncConflicts', async () => {
    await connect(a)
    await connect(b)
    await a.sync.push({ changes: [paperChange(paper('p1', {}, { title: 'Original' }))] })
    await receiveUntil(b, (rows) => rows.has('papers:p1'), 'paper p1')
    await editApart({
      a: { changes: [paperChange(paper('p1', { revision: 2 }, { title: 'Title from A' }))] },
      b: { changes: [paperChange(paper('p1', { revision: 2 }, { title: 'Title from B' }))] },
    })
    const resolved = (row: unknown) => titleOf(row) === 'Title from B' && JSON.stringify(row).includes('Title from A')
    await receiveUntil(a, (rows) => resolved(rows.get('papers:p1')?.change.row), 'the resolved paper')
    await receiveUntil(b, (rows) => resolved(rows.get('papers:p1')?.change.row), 'the resolved paper')
    await settledOnServer('paper:p1', resolved)
    const onA = rowOf(a, 'papers:p1') as { syncConflicts?: unknown[] }
    expect(onA.syncConflicts).toEqual([expect.objectContaining({ field: 'csl.title', value: 'Title from A', deviceName: 'a-host', user: 'ana', at: 10_000 })])
    // the same content on both devices, whichever resolved it first
    expect(rowOf(b, 'papers:p1')).toEqual(onA)
  })

  it('a note edited on both: both texts are kept, on both devices', async () => {
    await connect(a)
    await connect(b)
    await a.sync.push({ changes: [{ table: 'notes', id: 'n1', row: note('n1', 'first words') }] })
    await receiveUntil(b, (rows) => rows.has('notes:n1'), 'note n1')
    await editApart({
      a: { changes: [{ table: 'notes', id: 'n1', row: { ...note('n1', 'words from A'), revision: 2 } }] },
      b: { changes: [{ table: 'notes', id: 'n1', row: { ...note('n1', 'words from B'), revision: 2 } }] },
    })
    const texts = (rows: Map<string, { change: { table: string; row: unknown } }>) =>
      [...rows.values()].filter((entry) => entry.change.table === 'notes' && entry.change.row).map((entry) => (entry.change.row as { markdown: string }).markdown).sort()
    await receiveUntil(a, (rows) => JSON.stringify(texts(rows)) === JSON.stringify(['words from A', 'words from B']), 'both notes')
    await receiveUntil(b, (rows) => JSON.stringify(texts(rows)) === JSON.stringify(['words from A', 'words from B']), 'both notes')
  })

  it("a window's edit made before it applied the server's newer revision is merged with it, not written over it", async () => {
    await connect(a)
    await connect(b)
    await a.sync.push({ changes: [paperChange(paper('p1', {}, { title: 'Original' }))] })
    await receiveUntil(b, (rows) => rows.has('papers:p1'), 'paper p1')
    a.time = 10_000
    await a.sync.push({ changes: [paperChange(paper('p1', { revision: 2 }, { title: 'Edited on A' }))] })
    // B's replica has A's edit; B's window has not applied it yet when it sends its own
    await eventually(async () => titleOf((await b.sync.replica()!.get('paper:p1')).row) === 'Edited on A', "A's edit in B's replica")
    b.time = 20_000
    expect(await b.sync.push({ changes: [paperChange(paper('p1', { revision: 2, tags: ['gut'] }, { title: 'Original' }))] })).toMatchObject({ written: 1 })
    const merged = (row: unknown) => titleOf(row) === 'Edited on A' && tagsOf(row).includes('gut')
    await receiveUntil(b, (rows) => merged(rows.get('papers:p1')?.change.row), 'the merged paper')
    await receiveUntil(a, (rows) => merged(rows.get('papers:p1')?.change.row), 'the merged paper')
    await settledOnServer('paper:p1', merged)
  })

  it('two papers given the same citation key on two devices end with unique keys on both, the later one keeping its old key as an alias', async () => {
    await connect(a)
    await connect(b)
    await a.sync.push({ changes: [paperChange(paper('pa', { citationKey: 'smith2020gut', addedAt: 100 }))] })
    await b.sync.push({ changes: [paperChange(paper('pb', { citationKey: 'smith2020gut', addedAt: 200 }))] })
    const renamed = (rows: Map<string, { change: { row: unknown } }>) => {
      const first = rows.get('papers:pa')?.change.row as { citationKey?: string } | undefined
      const second = rows.get('papers:pb')?.change.row as { citationKey?: string; citationKeyAliases?: string[] } | undefined
      return first?.citationKey === 'smith2020gut' && second !== undefined && second.citationKey !== 'smith2020gut' && (second.citationKeyAliases ?? []).includes('smith2020gut')
    }
    await receiveUntil(a, renamed, 'unique citation keys')
    await receiveUntil(b, renamed, 'unique citation keys')
    expect(rowOf(a, 'papers:pb')).toEqual(rowOf(b, 'papers:pb'))
  })
})

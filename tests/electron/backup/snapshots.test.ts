import { readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { latestSnapshot, listSnapshots, writeSnapshot } from '../../../electron/main/services/backup'
import { realFileSystem, type FileSystem } from '../../../electron/main/services/fileSystem'
import { buildSnapshot, parseSnapshot, type Snapshot } from '../../../shared/backup/snapshot'
import { makeTempDir } from '../../support/paths'

const HOUR = 60 * 60 * 1000
const START = Date.parse('2025-03-01T09:00:00.000Z')

function snapshotWith(title: string): Snapshot {
  return buildSnapshot(
    {
      papers: [{ id: 'p1', citationKey: 'Maes2008', csl: { id: 'p1', type: 'article-journal', title }, tags: ['leaky gut'], axisNodes: [], collections: [], addedAt: 1, modifiedAt: 2 }],
      attachments: [{ id: 'a1', paperId: 'p1', hash: 'ab'.repeat(32), size: 10, originalName: 'maes.pdf' }],
    },
    { createdAt: new Date(START).toISOString() },
  )
}

let library: string
beforeEach(async () => {
  library = await makeTempDir('snapshots')
})
afterEach(async () => {
  await rm(library, { recursive: true, force: true })
})

describe('snapshots', () => {
  it('writes the whole library as JSON under snapshots/snapshot-<ISO time>.json', async () => {
    const snapshot = snapshotWith('The gut-brain barrier in major depression')
    const { path } = await writeSnapshot(library, snapshot, { clock: () => START })
    expect(path).toBe(join(library, 'snapshots', 'snapshot-2025-03-01T09-00-00.000Z.json'))
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual(snapshot)
    expect(await readdir(join(library, 'snapshots'))).toEqual(['snapshot-2025-03-01T09-00-00.000Z.json'])
  })

  it('refuses something that is not a snapshot, writing nothing', async () => {
    const broken = { ...snapshotWith('x'), papers: [{ id: 'p1' }] } as unknown as Snapshot
    await expect(writeSnapshot(library, broken)).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(/papers\.0\.citationKey/) })
    expect(await listSnapshots(library)).toEqual([])
  })

  it('keeps the newest ten, plus the newest of each of the last seven days', async () => {
    // Three days of work: 8 snapshots a day, an hour apart.
    for (let day = 0; day < 3; day++) {
      for (let hour = 0; hour < 8; hour++) await writeSnapshot(library, snapshotWith(`d${day}h${hour}`), { clock: () => START + day * 24 * HOUR + hour * HOUR })
    }
    const names = (await listSnapshots(library)).map((file) => file.name)
    expect(names).toHaveLength(11)
    expect(names.slice(0, 10).every((name) => name.startsWith('snapshot-2025-03-03') || name.startsWith('snapshot-2025-03-02'))).toBe(true)
    expect(names.at(-1)).toBe('snapshot-2025-03-01T16-00-00.000Z.json')
  })

  it('honours a smaller keep and never touches other files in the folder', async () => {
    await writeFile(join(await makeFolder(library), 'my notes.txt'), 'mine')
    for (let index = 0; index < 5; index++) await writeSnapshot(library, snapshotWith(`v${index}`), { clock: () => START + index, keep: 2, keepDays: 0 })
    const names = await readdir(join(library, 'snapshots'))
    expect(names.sort()).toEqual(['my notes.txt', 'snapshot-2025-03-01T09-00-00.003Z.json', 'snapshot-2025-03-01T09-00-00.004Z.json'])
  })

  it('gives two snapshots in the same millisecond different names', async () => {
    await writeSnapshot(library, snapshotWith('first'), { clock: () => START })
    await writeSnapshot(library, snapshotWith('second'), { clock: () => START })
    expect(await listSnapshots(library)).toHaveLength(2)
    expect((await latestSnapshot(library))?.snapshot.papers[0]?.csl.title).toBe('second')
  })

  it('reads the newest valid snapshot, skipping a damaged newer one and saying why', async () => {
    await writeSnapshot(library, snapshotWith('good'), { clock: () => START })
    const { path } = await writeSnapshot(library, snapshotWith('newer'), { clock: () => START + HOUR })
    await writeFile(path, '{"format": "axisref-snapshot", "papers": [')
    const latest = await latestSnapshot(library)
    expect(latest?.snapshot.papers[0]?.csl.title).toBe('good')
    expect(latest?.skipped).toEqual([{ path, reason: expect.stringMatching(/not valid JSON/) }])
    expect(await latestSnapshot(join(library, 'nowhere'))).toBeUndefined()
  })

  it('leaves the previous snapshots intact when a write fails', async () => {
    await writeSnapshot(library, snapshotWith('kept'), { clock: () => START })
    const failing: FileSystem = { ...realFileSystem, rename: async () => Promise.reject(Object.assign(new Error('disk full'), { code: 'ENOSPC' })) }
    await expect(writeSnapshot(library, snapshotWith('lost'), { fs: failing, clock: () => START + HOUR })).rejects.toMatchObject({ code: 'IO_ERROR', message: expect.stringMatching(/ENOSPC/) })
    expect(await readdir(join(library, 'snapshots'))).toEqual(['snapshot-2025-03-01T09-00-00.000Z.json'])
    expect(parseSnapshot(JSON.parse(await readFile(join(library, 'snapshots', 'snapshot-2025-03-01T09-00-00.000Z.json'), 'utf8'))).ok).toBe(true)
  })
})

async function makeFolder(root: string): Promise<string> {
  const dir = join(root, 'snapshots')
  await realFileSystem.mkdir(dir, { recursive: true })
  return dir
}

describe('the writeSnapshot channel', () => {
  it('takes the snapshot as JSON bytes, and refuses bytes that are not JSON or not a snapshot in words, writing nothing', async () => {
    const { createHandlers } = await import('../../../electron/main/ipc/handlers')
    const { createRouter } = await import('../../../electron/main/ipc/router')
    const { createMainServices } = await import('../../../electron/main/services')
    const { createQueuedDialogPort } = await import('../../../electron/main/services/queuedDialogPort')
    const services = createMainServices({ host: 'cli', userDataDir: library, appVersion: '1', dialog: createQueuedDialogPort() })
    try {
      const route = createRouter(createHandlers(services))
      const bytes = (value: string) => new TextEncoder().encode(value)
      const root = (await services.libraryLocation.get()).path
      const snapshot = snapshotWith('Leaky gut, sent as bytes')

      expect(await route('writeSnapshot', { json: bytes('{"format": "axisref-snapshot", ') })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/^The library snapshot is not JSON \(.+\); nothing was written\.$/) } })
      expect(await route('writeSnapshot', { json: bytes(JSON.stringify({ ...snapshot, papers: [{ id: 'p1' }] })) })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/papers\.0\.citationKey/) } })
      expect(await listSnapshots(root)).toEqual([])

      const written = await route('writeSnapshot', { json: bytes(JSON.stringify(snapshot)) })
      expect(written).toMatchObject({ ok: true })
      const [file] = await listSnapshots(root)
      expect(parseSnapshot(JSON.parse(await readFile(file?.path ?? '', 'utf8')))).toMatchObject({ ok: true, snapshot: { papers: [{ csl: { title: 'Leaky gut, sent as bytes' } }] } })
    } finally {
      await services.close()
    }
  })
})

import { readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { threadId } from 'node:worker_threads'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { latestSnapshot, writeSnapshot } from '../../../electron/main/services/backup'
import { createSnapshotThread, type SnapshotThread } from '../../../electron/main/services/backup/snapshotThread'
import { createBackupService } from '../../../electron/main/services/backupService'
import { createQueuedDialogPort } from '../../../electron/main/services/queuedDialogPort'
import { realFileSystem } from '../../../electron/main/services/fileSystem'
import { buildSnapshot, type Snapshot } from '../../../shared/backup/snapshot'
import { makeTempDir } from '../../support/paths'

const START = Date.parse('2025-03-01T09:00:00.000Z')

function snapshotOf(papers: number): Snapshot {
  return buildSnapshot(
    {
      attachments: [],
      papers: Array.from({ length: papers }, (_, index) => ({ id: `p${index}`, citationKey: `Maes${index}`, csl: { id: `p${index}`, type: 'article-journal', title: `The gut-brain barrier ${index}` }, tags: [], axisNodes: [], collections: [], addedAt: 1, modifiedAt: 2 })),
    },
    { createdAt: new Date(START).toISOString() },
  )
}

let library: string
let thread: SnapshotThread
beforeEach(async () => {
  library = await makeTempDir('snapshot-thread')
  thread = createSnapshotThread()
})
afterEach(async () => {
  await thread.close()
  await rm(library, { recursive: true, force: true })
})

const bytesOf = (value: unknown) => new TextEncoder().encode(JSON.stringify(value))

describe('the snapshot thread', () => {
  it('parses and validates a snapshot on a thread other than main', async () => {
    const snapshot = snapshotOf(2_000)
    const prepared = await thread.prepare(bytesOf(snapshot))
    expect(prepared.threadId).not.toBe(threadId)
    expect(prepared.ok && JSON.parse(new TextDecoder().decode(prepared.bytes))).toEqual(snapshot)
    const parsed = await thread.parse(bytesOf(snapshot), 'snapshot-x.json')
    expect(parsed.threadId).not.toBe(threadId)
    expect(parsed.ok && parsed.snapshot.papers).toHaveLength(2_000)
  })

  it('the backup service writes what the thread validated, and refuses bytes that are not a snapshot in words, writing nothing', async () => {
    const backup = createBackupService({ fs: realFileSystem, dialog: createQueuedDialogPort(), libraryLocation: { get: async () => ({ path: library, isDefault: true }) }, snapshotThread: thread })
    expect(await backup.newestTime()).toBeNull()
    const before = Date.now()
    const { path } = await backup.writeSnapshot(bytesOf(snapshotOf(3)))
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual(snapshotOf(3))
    await expect(backup.writeSnapshot(new TextEncoder().encode('{"papers": ['))).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(/^The library snapshot is not JSON \(.+\); nothing was written\.$/) })
    await expect(backup.writeSnapshot(bytesOf({ format: 'axisref-snapshot', papers: [{ id: 'p1' }] }))).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('is not a snapshot AxisRef can read') })
    expect(await readdir(join(library, 'snapshots'))).toHaveLength(1)
    expect((await backup.latest())?.snapshot.papers).toHaveLength(3)
    // the window's daily snapshot is armed from this, read from the name alone
    const newest = await backup.newestTime()
    expect(newest?.writtenAt).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000)
    expect(newest?.writtenAt).toBeLessThanOrEqual(Date.now())
  })

  it('skips a damaged newer snapshot, naming the file and what is wrong with it', async () => {
    await writeSnapshot(library, snapshotOf(1), { clock: () => START })
    const { path } = await writeSnapshot(library, snapshotOf(2), { clock: () => START + 1_000 })
    await writeFile(path, '{"format": "axisref-snapshot", "papers": [')
    const latest = await latestSnapshot(library, { parse: thread.parse })
    expect(latest?.snapshot.papers).toHaveLength(1)
    expect(latest?.skipped).toEqual([{ path, reason: expect.stringMatching(/^snapshot-2025-03-01T09-00-01\.000Z\.json is not valid JSON \(.+\)\.$/) }])
  })

  it('a thread that dies rejects the job waiting on it, saying so, and the next job starts a fresh thread', async () => {
    const dying = createSnapshotThread({ entry: new URL(`data:text/javascript,${encodeURIComponent("import { parentPort } from 'node:worker_threads'; parentPort.once('message', () => process.exit(3))")}`) })
    await expect(dying.parse(bytesOf(snapshotOf(1)), 'snapshot-a.json')).rejects.toThrow('The snapshot thread stopped (exit code 3) before it answered.')
    await expect(dying.parse(bytesOf(snapshotOf(1)), 'snapshot-b.json')).rejects.toThrow('exit code 3')
    await dying.close()
  })
})

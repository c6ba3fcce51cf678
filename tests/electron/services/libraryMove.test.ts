import { createHash } from 'node:crypto'
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createMainServices } from '../../../electron/main/services'
import { realFileSystem, type FileSystem } from '../../../electron/main/services/fileSystem'
import { MOVE_JOURNAL } from '../../../electron/main/services/libraryMove'
import { createQueuedDialogPort } from '../../../electron/main/services/queuedDialogPort'
import { makeTempDir } from '../../support/paths'
import { corpusPdf, hasPdfCorpus } from '../pdf/corpus'

const corpus = hasPdfCorpus('library move')

/** Copies that fail or come out damaged when a test says so: a crash or a bad disk, on the Nth copy. */
function faultyCopies(faults: { failOn?: number; corruptOn?: number[] }): FileSystem & { copies: () => number } {
  let count = 0
  return {
    ...realFileSystem,
    copies: () => count,
    copyFile: async (source, target) => {
      count += 1
      if (count === faults.failOn) throw Object.assign(new Error('the process was killed'), { code: 'EINTR' })
      await realFileSystem.copyFile(source, target)
      if (faults.corruptOn?.includes(count)) await writeFile(target, 'not the PDF any more')
    },
  }
}

async function libraryOfTwentyPdfs() {
  const userDataDir = await makeTempDir('move')
  const dialog = createQueuedDialogPort()
  const services = createMainServices({ host: 'cli', userDataDir, appVersion: '1', dialog })
  const names = (await readdir(corpusPdf('metadata'))).filter((name) => name.endsWith('.pdf')).sort().slice(0, 20)
  const grants = names.map((name) => corpusPdf(`metadata/${name}`))
  services.grants.grant(grants)
  const hashes: string[] = []
  for (const path of grants) hashes.push((await services.pdfImport.storeFile(path)).hash)
  const oldRoot = (await services.libraryLocation.get()).path
  await writeFile(join(oldRoot, 'snapshots-note.txt'), 'the user’s own file, not the library’s')
  return { userDataDir, dialog, hashes: [...new Set(hashes)], oldRoot, newRoot: join(userDataDir, 'Moved Library') }
}

const filePath = (root: string, hash: string) => join(root, 'files', hash.slice(0, 2), `${hash}.pdf`)
const sha256 = async (path: string) => createHash('sha256').update(await readFile(path)).digest('hex')

function servicesOver(userDataDir: string, dialog: ReturnType<typeof createQueuedDialogPort>, fs: FileSystem) {
  return createMainServices({ host: 'cli', userDataDir, appVersion: '1', dialog, fs })
}

describe.skipIf(!corpus)('moving the library folder', () => {
  it('moves 20 real PDFs: every copy verified, the setting switched, the originals removed, the user’s own file kept', async () => {
    const { userDataDir, dialog, hashes, oldRoot, newRoot } = await libraryOfTwentyPdfs()
    expect(hashes).toHaveLength(20)
    const services = servicesOver(userDataDir, dialog, realFileSystem)
    dialog.answerChooseFolder(newRoot)
    expect(await services.libraryLocation.choose()).toEqual({ canceled: false, location: { path: newRoot, isDefault: false } })
    for (const hash of hashes) {
      expect(await sha256(filePath(newRoot, hash))).toBe(hash)
      expect(existsSync(filePath(oldRoot, hash))).toBe(false)
    }
    expect(await services.libraryLocation.moveStatus()).toMatchObject({ state: 'done', done: 20, total: 20 })
    expect(existsSync(join(newRoot, MOVE_JOURNAL))).toBe(false)
    expect(await readdir(oldRoot)).toEqual(['snapshots-note.txt'])
  })

  it('resumes a move killed on the 8th copy: nothing removed or switched before, the verified files not copied again', async () => {
    const { userDataDir, dialog, hashes, oldRoot, newRoot } = await libraryOfTwentyPdfs()
    const crashing = faultyCopies({ failOn: 8 })
    const first = servicesOver(userDataDir, dialog, crashing)
    dialog.answerChooseFolder(newRoot)
    await expect(first.libraryLocation.choose()).rejects.toThrow(/could not be copied to .*Nothing was deleted/)
    expect(await first.libraryLocation.get()).toEqual({ path: oldRoot, isDefault: true })
    for (const hash of hashes) expect(await sha256(filePath(oldRoot, hash))).toBe(hash)
    expect(await first.libraryLocation.moveStatus()).toMatchObject({ state: 'interrupted', to: newRoot, done: 7, message: expect.stringMatching(/stays in/) })

    // a restart: the move goes on from the journal
    const counting = faultyCopies({})
    const restarted = servicesOver(userDataDir, dialog, counting)
    expect(await restarted.libraryLocation.moveStatus()).toMatchObject({ state: 'interrupted', message: expect.stringMatching(/was interrupted/) })
    expect(await restarted.libraryLocation.resumeAtStart()).toMatchObject({ state: 'done', done: 20, total: 20 })
    expect(counting.copies()).toBe(13)
    expect(await restarted.libraryLocation.get()).toEqual({ path: newRoot, isDefault: false })
    for (const hash of hashes) {
      expect(await sha256(filePath(newRoot, hash))).toBe(hash)
      expect(existsSync(filePath(oldRoot, hash))).toBe(false)
    }
  })

  it('detects a damaged copy and copies it again; a file whose every copy is damaged stops the move with the original kept', async () => {
    const { userDataDir, dialog, hashes, newRoot } = await libraryOfTwentyPdfs()
    const flaky = faultyCopies({ corruptOn: [3, 11] })
    const services = servicesOver(userDataDir, dialog, flaky)
    dialog.answerChooseFolder(newRoot)
    await services.libraryLocation.choose()
    expect(flaky.copies()).toBe(22)
    for (const hash of hashes) expect(await sha256(filePath(newRoot, hash))).toBe(hash)

    const other = await libraryOfTwentyPdfs()
    const failing = faultyCopies({ corruptOn: [5, 6, 7] })
    const broken = servicesOver(other.userDataDir, other.dialog, failing)
    other.dialog.answerChooseFolder(other.newRoot)
    await expect(broken.libraryLocation.choose()).rejects.toThrow(/differed from the original \(3 tries\).*Nothing was deleted/)
    expect(await broken.libraryLocation.get()).toMatchObject({ path: other.oldRoot })
    for (const hash of other.hashes) expect(await sha256(filePath(other.oldRoot, hash))).toBe(hash)
    expect((await readdir(join(other.newRoot, 'files'), { recursive: true })).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })

  it('moves the snapshots too, and goes on when the backup prunes one meanwhile', async () => {
    const { userDataDir, dialog, oldRoot, newRoot } = await libraryOfTwentyPdfs()
    await mkdir(join(oldRoot, 'snapshots'))
    await writeFile(join(oldRoot, 'snapshots', 'snapshot-1.json'), '{"old":true}')
    await writeFile(join(oldRoot, 'snapshots', 'snapshot-2.json'), '{"new":true}')
    const pruning: FileSystem = {
      ...realFileSystem,
      copyFile: async (source, target) => {
        // the backup keeps the newest snapshots: it removes the oldest while the PDFs are copied
        if (String(source).endsWith('.pdf')) await rm(join(oldRoot, 'snapshots', 'snapshot-1.json'), { force: true })
        await realFileSystem.copyFile(source, target)
      },
    }
    dialog.answerChooseFolder(newRoot)
    await servicesOver(userDataDir, dialog, pruning).libraryLocation.choose()
    expect(await readdir(join(newRoot, 'snapshots'))).toEqual(['snapshot-2.json'])
    expect(await readFile(join(newRoot, 'snapshots', 'snapshot-2.json'), 'utf8')).toBe('{"new":true}')
    expect(existsSync(join(oldRoot, 'snapshots'))).toBe(false)
  })

  it('finishes removing the originals at start when a crash came after the switch', async () => {
    const { userDataDir, dialog, hashes, oldRoot, newRoot } = await libraryOfTwentyPdfs()
    const services = servicesOver(userDataDir, dialog, realFileSystem)
    dialog.answerChooseFolder(newRoot)
    await services.libraryLocation.choose()
    // as if the app died after the switch: the journal is back and two originals are too
    await writeFile(join(newRoot, MOVE_JOURNAL), `${oldRoot}\nfiles/${hashes[0]?.slice(0, 2)}/${hashes[0]}.pdf\nfiles/${hashes[1]?.slice(0, 2)}/${hashes[1]}.pdf\n`)
    for (const hash of hashes.slice(0, 2)) {
      await mkdir(join(oldRoot, 'files', hash.slice(0, 2)), { recursive: true })
      await copyFile(filePath(newRoot, hash), filePath(oldRoot, hash))
    }
    const restarted = servicesOver(userDataDir, dialog, realFileSystem)
    await restarted.libraryLocation.resumeAtStart()
    for (const hash of hashes) expect(existsSync(filePath(oldRoot, hash))).toBe(false)
    expect(existsSync(join(newRoot, MOVE_JOURNAL))).toBe(false)
  })
})

import { spawnSync } from 'node:child_process'
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createMainServices, type MainServices } from '../../electron/main/services'
import { exportArchive } from '../../electron/main/services/backup'
import { realFileSystem, type FileSystem } from '../../electron/main/services/fileSystem'
import { createPdfStore } from '../../electron/main/services/pdfStore'
import { createQueuedDialogPort } from '../../electron/main/services/queuedDialogPort'
import { buildSnapshot } from '../../shared/backup/snapshot'
import { makeTempDir } from '../support/paths'

// Every file AxisRef replaces (PDF store, settings, snapshots, exports) goes through one
// atomic write: these tests fill the disk, crash the writer and watch the flushes.

const PDF = new Uint8Array(Buffer.from('%PDF-1.4\n% a small but real-looking PDF body\n%%EOF\n'))
const snapshotJson = (): Uint8Array => Buffer.from(JSON.stringify(buildSnapshot({ papers: [], attachments: [] }, { createdAt: '2026-01-01T00:00:00.000Z' })))

/** A process id that ran and has exited: the owner of what a crash left behind. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', ''])
  if (child.pid === undefined) throw new Error('could not start a child process')
  return child.pid
}

/** The real file system on a full disk: every write into a new (temp) file fails with ENOSPC. */
function diskFullFs(): FileSystem {
  const full = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' })
  return {
    ...realFileSystem,
    open: (async (path: string, flags?: string) => {
      const handle = await realFileSystem.open(path, flags)
      if (flags !== 'wx') return handle
      handle.writeFile = async () => Promise.reject(full())
      handle.write = (async () => Promise.reject(full())) as typeof handle.write
      return handle
    }) as FileSystem['open'],
  }
}

/** The real file system, recording each rename and each flush (of a file or a folder) in order. */
function recordingFs(): FileSystem & { events: string[] } {
  const events: string[] = []
  return {
    ...realFileSystem,
    events,
    rename: async (from, to) => {
      await realFileSystem.rename(from, to)
      events.push(`rename ${String(to)}`)
    },
    open: (async (path: string, flags?: string) => {
      const handle = await realFileSystem.open(path, flags)
      const sync = handle.sync.bind(handle)
      handle.sync = async () => {
        await sync()
        events.push(`sync ${path}`)
      }
      return handle
    }) as FileSystem['open'],
  }
}

async function tempFilesIn(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true }).catch(() => [])).filter((name) => name.endsWith('.tmp'))
}

async function host(userDataDir: string, fs: FileSystem = realFileSystem): Promise<{ services: MainServices; dialog: ReturnType<typeof createQueuedDialogPort> }> {
  const dialog = createQueuedDialogPort()
  return { services: createMainServices({ host: 'cli', userDataDir, appVersion: '1', dialog, fs }), dialog }
}

const LIBRARY_BINDING = { source: { kind: 'library' as const }, format: 'bibtex' as const, name: 'Library' }

describe('atomic writes', () => {
  it('on a full disk keeps the old file and leaves no temp file (settings, auto-export, snapshot, PDF store)', async () => {
    const userDataDir = await makeTempDir('disk-full')
    const bib = join(userDataDir, 'thesis', 'library.bib')
    await mkdir(dirname(bib))
    const before = await host(userDataDir)
    before.dialog.answerSaveFile(bib)
    const [bound] = await before.services.autoExport.add(LIBRARY_BINDING)
    await before.services.autoExport.write(bound?.id ?? '', '@article{old,}\n')
    const { path: oldSnapshot } = await before.services.backup.writeSnapshot(snapshotJson())
    const settingsBefore = await readFile(join(userDataDir, 'settings.json'), 'utf8')

    const { services } = await host(userDataDir, diskFullFs())
    await expect(services.settings.update({ windowBounds: { x: 1, y: 2, width: 800, height: 600 } })).rejects.toMatchObject({ code: 'ENOSPC' })
    await expect(services.autoExport.write(bound?.id ?? '', '@article{new,}\n')).rejects.toMatchObject({ code: 'IO_ERROR', message: expect.stringMatching(/library\.bib \(ENOSPC\)/) })
    await expect(services.backup.writeSnapshot(snapshotJson())).rejects.toMatchObject({ code: 'IO_ERROR' })
    await expect(services.pdfImport.storeData('dropped.pdf', PDF)).rejects.toMatchObject({ code: 'IO_ERROR', message: expect.stringContaining('dropped.pdf') })
    const original = join(userDataDir, 'paper.pdf')
    await writeFile(original, PDF)
    await expect(createPdfStore({ fs: diskFullFs(), root: join(userDataDir, 'Library') }).store(original)).rejects.toMatchObject({ code: 'IO_ERROR' })

    expect(await readFile(join(userDataDir, 'settings.json'), 'utf8')).toBe(settingsBefore)
    expect(await readFile(bib, 'utf8')).toBe('@article{old,}\n')
    expect(await readdir(dirname(oldSnapshot))).toEqual([oldSnapshot.slice(dirname(oldSnapshot).length + 1)])
    expect(await tempFilesIn(userDataDir)).toEqual([])
  })

  it('at start removes temp files and restore folders whose process is gone, whatever their age, and keeps a running one\'s', async () => {
    const userDataDir = await makeTempDir('start-clean')
    const library = join(userDataDir, 'Library')
    const bib = join(userDataDir, 'thesis', 'library.bib')
    const dead = deadPid()
    const { services, dialog } = await host(userDataDir)
    await mkdir(dirname(bib))
    dialog.answerSaveFile(bib)
    await services.autoExport.add(LIBRARY_BINDING)
    const hash = 'ab'.padEnd(64, '0')
    const left = [
      join(library, 'files', 'ab', `.${hash}.pdf.${dead}-0123456789ab.tmp`),
      join(library, 'snapshots', `.snapshot-2026-01-01T00-00-00.000Z.json.${dead}-0123456789ab.tmp`),
      join(userDataDir, `.settings.json.${dead}-0123456789ab.tmp`),
      join(dirname(bib), `.library.bib.${dead}-0123456789ab.tmp`),
    ]
    const kept = [
      join(library, 'files', 'ab', `.${hash}.pdf.${process.pid}-0123456789ab.tmp`),
      join(userDataDir, `.settings.json.${process.pid}-0123456789ab.tmp`),
      // not a name AxisRef makes: the user's own file beside the exported .bib
      join(dirname(bib), '.thesis.aux.tmp'),
    ]
    for (const path of [...left, ...kept]) {
      await mkdir(dirname(path), { recursive: true })
      await writeFile(path, 'partial')
    }
    await mkdir(join(library, `.restore-${dead}-0123456789ab`, 'files'), { recursive: true })

    expect(await services.backup.cleanTempFiles()).toBe(left.length + 1)
    for (const path of left) await expect(readFile(path), path).rejects.toMatchObject({ code: 'ENOENT' })
    for (const path of kept) expect(await readFile(path, 'utf8'), path).toBe('partial')
    expect((await readdir(library)).sort()).toEqual(['files', 'snapshots'])
  })

  it('flushes the folder after each rename (PDF store, settings, snapshot, auto-export, archive)', async () => {
    const userDataDir = await makeTempDir('dir-sync')
    const fs = recordingFs()
    const { services, dialog } = await host(userDataDir, fs)
    // each file in its own folder, so a flush of one folder cannot stand in for another's
    const bib = join(userDataDir, 'thesis', 'library.bib')
    await mkdir(dirname(bib))
    dialog.answerSaveFile(bib)
    const [bound] = await services.autoExport.add(LIBRARY_BINDING)
    await services.autoExport.write(bound?.id ?? '', '@article{a,}\n')
    const { hash } = await services.pdfImport.storeData('paper.pdf', PDF)
    const { path: snapshot } = await services.backup.writeSnapshot(snapshotJson())
    const library = join(userDataDir, 'Library')
    const archive = join(userDataDir, 'exports', 'library.zip')
    await mkdir(dirname(archive))
    await exportArchive(library, buildSnapshot({ papers: [], attachments: [] }, { createdAt: '2026-01-01T00:00:00.000Z' }), archive, { fs })
    const targets = [join(userDataDir, 'settings.json'), bib, createPdfStore({ fs, root: library }).pathFor(hash), snapshot, archive]
    for (const target of targets) {
      const renamed = fs.events.lastIndexOf(`rename ${target}`)
      expect(renamed, target).toBeGreaterThanOrEqual(0)
      expect(fs.events.indexOf(`sync ${dirname(target)}`, renamed), target).toBeGreaterThan(renamed)
    }
  })
})

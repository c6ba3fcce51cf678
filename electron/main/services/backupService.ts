import { AppError } from '../../../shared/ipc/result'
import type { Snapshot } from '../../../shared/backup/snapshot'
import { basename, join } from 'node:path'
import { removeAbandonedTempFiles } from './atomicWrite'
import { exportArchive, latestSnapshot, listSnapshots, removeAbandonedRestores, restoreArchive, SNAPSHOT_DIR, writeSnapshotBytes, type ArchiveSummary } from './backup'
import { createSnapshotThread, type SnapshotThread } from './backup/snapshotThread'
import type { DialogPort } from './dialogPort'
import { errorCode, errorMessage, type FileSystem } from './fileSystem'
import type { LibraryLocationService } from './libraryLocation'
import { createPdfStore } from './pdfStore'

export interface BackupService {
  /**
   * Writes the renderer's snapshot (JSON bytes) into `<library>/snapshots/`, keeping the last
   * ten and one a day. Errors: INVALID_INPUT (not JSON, or not a snapshot: nothing is written), IO_ERROR.
   */
  writeSnapshot(json: Uint8Array): Promise<{ path: string }>
  latest(): Promise<{ writtenAt: number; snapshot: Snapshot } | null>
  /** When the newest snapshot file was written (by its name; not read). Errors: IO_ERROR. */
  newestTime(): Promise<{ writtenAt: number } | null>
  /** Asks where to save, then writes one zip with the snapshot and every PDF. */
  exportArchive(snapshot: Snapshot): Promise<{ canceled: boolean; summary?: ArchiveSummary }>
  /**
   * Asks for an archive in an open dialog and restores it into the (empty) library folder,
   * every PDF checked against its hash. Errors: see restoreArchive.
   */
  restoreArchive(): Promise<{ canceled: boolean; restored?: { snapshot: Snapshot; files: number; missing: string[]; archive: string } }>
  /**
   * At start: removes the temporary files and restore staging folders a crash left (in the
   * library's files and snapshots, and in `otherFolders`), those whose process is gone.
   */
  cleanTempFiles(): Promise<number>
  /** Ends the snapshot thread (on quit). */
  close(): Promise<void>
}

/** Snapshots and archives of the library, over the services in backup/. */
export function createBackupService(deps: {
  fs: FileSystem
  dialog: DialogPort
  libraryLocation: Pick<LibraryLocationService, 'get'>
  /** Other folders AxisRef writes files into atomically (its settings, the auto-export file's). */
  otherFolders?: () => Promise<string[]>
  /** Where snapshot JSON is parsed and validated: a thread of its own, so main keeps answering meanwhile. */
  snapshotThread?: SnapshotThread
}): BackupService {
  const root = async () => (await deps.libraryLocation.get()).path
  const thread = deps.snapshotThread ?? createSnapshotThread()
  return {
    writeSnapshot: async (json) => {
      const prepared = await thread.prepare(json)
      if (!prepared.ok) throw new AppError('INVALID_INPUT', prepared.message)
      try {
        return { path: (await writeSnapshotBytes(await root(), prepared.bytes, { fs: deps.fs })).path }
      } catch (error) {
        throw new AppError('IO_ERROR', `The library backup could not be written (${errorCode(error) ?? errorMessage(error)}).`)
      }
    },
    latest: async () => {
      const found = await latestSnapshot(await root(), { fs: deps.fs, parse: thread.parse })
      return found ? { writtenAt: found.writtenAt, snapshot: found.snapshot } : null
    },
    newestTime: async () => {
      const [newest] = await listSnapshots(await root(), { fs: deps.fs })
      return newest ? { writtenAt: newest.writtenAt } : null
    },
    exportArchive: async (snapshot) => {
      const stamp = snapshot.createdAt.slice(0, 10)
      const target = await deps.dialog.saveFile({
        title: 'Export library archive',
        defaultName: `AxisRef library ${stamp}.zip`,
        filters: [{ name: 'Zip archive', extensions: ['zip'] }],
      })
      if (target === null) return { canceled: true }
      return { canceled: false, summary: await exportArchive(await root(), snapshot, target) }
    },
    restoreArchive: async () => {
      const picked = await deps.dialog.openFiles({ title: 'Restore library archive', multiple: false, filters: [{ name: 'AxisRef archive', extensions: ['zip'] }] })
      const zipPath = picked?.[0]
      if (zipPath === undefined) return { canceled: true }
      const { snapshot, files, missing } = await restoreArchive(zipPath, await root(), { fs: deps.fs })
      return { canceled: false, restored: { snapshot, files, missing, archive: basename(zipPath) } }
    },
    cleanTempFiles: async () => {
      const library = await root()
      // temp files of the older naming carry no process id: only their age says they were left
      let removed = await createPdfStore({ fs: deps.fs, root: library }).cleanTempFiles({ olderThanMs: 60_000 })
      for (const dir of [join(library, SNAPSHOT_DIR), ...((await deps.otherFolders?.()) ?? [])]) removed += await removeAbandonedTempFiles(deps.fs, dir)
      return removed + (await removeAbandonedRestores(deps.fs, library))
    },
    close: () => thread.close(),
  }
}

import { AppError } from '../../../shared/ipc/result'
import type { Snapshot } from '../../../shared/backup/snapshot'
import { basename, join } from 'node:path'
import { removeAbandonedTempFiles } from './atomicWrite'
import { exportArchive, latestSnapshot, removeAbandonedRestores, restoreArchive, SNAPSHOT_DIR, writeSnapshot, type ArchiveSummary } from './backup'
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
}

/** Snapshots and archives of the library, over the services in backup/. */
export function createBackupService(deps: {
  fs: FileSystem
  dialog: DialogPort
  libraryLocation: LibraryLocationService
  /** Other folders AxisRef writes files into atomically (its settings, the auto-export file's). */
  otherFolders?: () => Promise<string[]>
}): BackupService {
  const root = async () => (await deps.libraryLocation.get()).path
  return {
    writeSnapshot: async (json) => {
      const snapshot = snapshotFromJson(json)
      try {
        return { path: (await writeSnapshot(await root(), snapshot, { fs: deps.fs })).path }
      } catch (error) {
        if (error instanceof AppError && error.code === 'INVALID_INPUT') throw error
        throw new AppError('IO_ERROR', `The library backup could not be written (${errorCode(error) ?? errorMessage(error)}).`)
      }
    },
    latest: async () => {
      const found = await latestSnapshot(await root(), { fs: deps.fs })
      return found ? { writtenAt: found.writtenAt, snapshot: found.snapshot } : null
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
  }
}

function snapshotFromJson(json: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json))
  } catch (error) {
    throw new AppError('INVALID_INPUT', `The library snapshot is not JSON (${error instanceof Error ? error.message : String(error)}); nothing was written.`)
  }
}

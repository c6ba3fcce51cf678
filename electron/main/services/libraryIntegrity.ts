import type { DialogPort } from './dialogPort'
import type { FileSystem } from './fileSystem'
import { createIntegrityService, type AttachmentRef, type CheckOptions, type IntegrityReport, type OnSyncServer } from './integrity'
import type { LibraryLocationService } from './libraryLocation'

export interface LibraryIntegrityService {
  /** Checks the current library folder (or one part of its hashes) against the renderer's attachment records. */
  check(attachments: readonly AttachmentRef[], options: Pick<CheckOptions, 'verifyHashes' | 'range'>): Promise<IntegrityReport>
  /**
   * Asks the user for a copy of the lost PDF in an open dialog and stores it if its SHA-256 is
   * `hash`; the chosen file is only read. Errors: INVALID_INPUT (a different PDF), UNAVAILABLE.
   */
  relink(hash: string): Promise<{ canceled: boolean; status?: 'relinked' | 'already-present'; trashed?: string }>
  /** Moves one file under `<library>/files/` into `<library>/trash/`. Errors: PATH_NOT_ALLOWED, NOT_FOUND. */
  moveToTrash(path: string): Promise<{ trashedTo: string }>
}

/**
 * The integrity check over whichever folder is the library now. The file to relink comes
 * from a dialog shown here, never from a path the renderer names.
 */
export function createLibraryIntegrityService(deps: { fs: FileSystem; dialog: DialogPort; libraryLocation: LibraryLocationService; clock?: () => number; onSyncServer?: OnSyncServer }): LibraryIntegrityService {
  const { clock, onSyncServer } = deps
  const service = async () => createIntegrityService({ fs: deps.fs, root: (await deps.libraryLocation.get()).path, ...(clock ? { clock } : {}), ...(onSyncServer ? { onSyncServer } : {}) })
  return {
    check: async (attachments, options) => (await service()).check(attachments, options),
    relink: async (hash) => {
      const picked = await deps.dialog.openFiles({ title: 'Find the lost PDF', multiple: false, filters: [{ name: 'PDF documents', extensions: ['pdf'] }] })
      const path = picked?.[0]
      if (path === undefined) return { canceled: true }
      const { status, trashed } = await (await service()).relink(hash, path)
      return { canceled: false, status, ...(trashed ? { trashed } : {}) }
    },
    moveToTrash: async (path) => (await service()).moveFileToLibraryTrash(path),
  }
}

import { join, relative, sep } from 'node:path'
import type { ChannelOutput, RemovedPdfsDestination, RemovedPdfsSetting } from '../../../shared/ipc/contract'
import { AppError } from '../../../shared/ipc/result'
import { errorCode, isNotFound, type FileSystem } from './fileSystem'
import { createIntegrityService } from './integrity'
import type { LibraryLocationService } from './libraryLocation'
import { isInside } from './pathGrants'
import { createPdfStore } from './pdfStore'
import type { SettingsStore } from './settingsStore'
import type { ShellPort } from './shellPort'

export interface UnusedPdfsService {
  /**
   * Takes the stored PDFs of these hashes out of the library's `files/`, to the destination
   * the settings name. Each file is found from its hash here, and its real path (links
   * followed) must be a file of the store; a file that cannot be removed is answered with
   * the reason, and the others are removed all the same.
   */
  remove(hashes: readonly string[]): Promise<ChannelOutput<'removeUnusedPdfs'>>
  destination(): Promise<RemovedPdfsSetting>
  /** Errors: UNAVAILABLE when the system trash is chosen where the host has none. */
  setDestination(destination: RemovedPdfsDestination): Promise<RemovedPdfsSetting>
}

interface UnusedPdfsDeps {
  fs: FileSystem
  settings: SettingsStore
  libraryLocation: LibraryLocationService
  shell: ShellPort
  clock?: () => number
}

/** PDFs no paper uses any more, after the trash is emptied: to the system trash or `<library>/trash/`, never deleted. */
export function createUnusedPdfsService(deps: UnusedPdfsDeps): UnusedPdfsService {
  const { fs, settings, shell } = deps
  const systemTrashAvailable = shell.trashItem !== undefined

  async function destination(): Promise<RemovedPdfsSetting> {
    return { destination: (await settings.read()).removedPdfs ?? 'library-trash', systemTrashAvailable }
  }

  async function setDestination(next: RemovedPdfsDestination): Promise<RemovedPdfsSetting> {
    if (next === 'system-trash' && !systemTrashAvailable) {
      throw new AppError('UNAVAILABLE', "This window runs in a browser, which cannot reach your computer's trash; PDFs go to the library's own trash folder. Use the desktop app to send them to the system trash.")
    }
    await settings.update({ removedPdfs: next })
    return destination()
  }

  async function remove(hashes: readonly string[]): Promise<ChannelOutput<'removeUnusedPdfs'>> {
    const root = (await deps.libraryLocation.get()).path
    const { destination: to } = await destination()
    const integrity = createIntegrityService({ fs, root, ...(deps.clock ? { clock: deps.clock } : {}) })
    const store = createPdfStore({ fs, root })
    const answer: ChannelOutput<'removeUnusedPdfs'> = { removed: [], failed: [] }
    for (const hash of new Set(hashes)) {
      try {
        const real = await storeFileRealPath(fs, root, store.pathFor(hash))
        if (to === 'system-trash' && shell.trashItem) await shell.trashItem(real)
        else await integrity.moveToLibraryTrash(hash)
        answer.removed.push({ hash, to })
      } catch (error) {
        answer.failed.push({ hash, message: error instanceof Error ? error.message : String(error) })
      }
    }
    return answer
  }

  return { remove, destination, setDestination }
}

/**
 * The real path of a store file, refused unless it is a plain file inside the library's real
 * `files/` folder: a link planted in the store never sends some other file to the trash.
 */
async function storeFileRealPath(fs: FileSystem, root: string, path: string): Promise<string> {
  const name = relative(root, path).split(sep).join('/')
  let real: string
  let filesDir: string
  try {
    real = await fs.realpath(path)
    filesDir = await fs.realpath(join(root, 'files'))
  } catch (error) {
    if (isNotFound(error)) throw new AppError('NOT_FOUND', `${name} is no longer in the library folder (${root}).`)
    throw new AppError('IO_ERROR', `${name} could not be read (${errorCode(error) ?? 'error'}).`)
  }
  if (real !== join(filesDir, relative(join(root, 'files'), path)) || !isInside(real, filesDir)) {
    throw new AppError('PATH_NOT_ALLOWED', `${name} is a link to a file outside the library's store (${real}); it was left where it is.`)
  }
  if (!(await fs.stat(real)).isFile()) throw new AppError('INVALID_INPUT', `${name} is not a file; it was left where it is.`)
  return real
}

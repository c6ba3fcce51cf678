import { basename } from 'node:path'
import { decodeBibliographyBytes } from '../../../shared/formats'
import { AppError } from '../../../shared/ipc/result'
import { isNotFound, type FileSystem } from './fileSystem'
import type { LibraryLocationService } from './libraryLocation'
import { resolveMayRead, type PathGrants } from './pathGrants'

/** What a user who picked (or typed) a folder instead of a bibliography file is told. */
export function bibliographyFolderMessage(path: string, verb: 'pick' | 'give'): string {
  return `${path} is a folder; ${verb} a bibliography file inside it (.bib, .ris, .nbib, .txt, .json, .xml or .enw).`
}

const MAX_BIBLIOGRAPHY_BYTES = 50 * 1024 * 1024

/**
 * Reads a bibliography file the user chose in a dialog. The bytes are decoded here (UTF-8
 * with or without BOM, UTF-16, else Latin-1) so every host hands the renderer the same text.
 */
export async function readBibliographyFile(
  deps: { fs: FileSystem; grants: PathGrants; libraryLocation: LibraryLocationService },
  path: string,
): Promise<{ name: string; text: string }> {
  const root = (await deps.libraryLocation.get()).path
  const real = await resolveMayRead(deps, path, root, `AxisRef may only read files you chose yourself; ${basename(path)} was not. Choose it with Import… or drop it on the window.`)
  let size: number
  let folder: boolean
  try {
    const stat = await deps.fs.stat(real)
    size = stat.size
    folder = stat.isDirectory()
  } catch (error) {
    if (!isNotFound(error)) throw error
    throw new AppError('NOT_FOUND', `${path} was not found; it may have been moved or deleted.`)
  }
  if (folder) throw new AppError('INVALID_INPUT', bibliographyFolderMessage(path, 'pick'))
  if (size > MAX_BIBLIOGRAPHY_BYTES) throw new AppError('INVALID_INPUT', `${basename(path)} is larger than 50 MB; split it into smaller files.`)
  return { name: basename(path), text: decodeBibliographyBytes(await deps.fs.readFile(real)) }
}

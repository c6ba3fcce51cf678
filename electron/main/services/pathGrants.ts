import { basename, dirname, join, resolve, sep } from 'node:path'
import { AppError } from '../../../shared/ipc/result'
import { isNotFound, type FileSystem } from './fileSystem'

/**
 * The paths the renderer may name: anything inside the library folder, and exactly the
 * files and folders the user picked in a dialog during this session. A path the renderer
 * sends is never trusted on its own.
 */
export interface PathGrants {
  grant(paths: readonly string[]): void
  isAllowed(path: string, libraryRoot: string): boolean
  /** True for a path the user picked, or one inside a folder they picked. */
  isGranted(path: string): boolean
  /** The picked paths that are `path` itself or a folder holding it. */
  coveredBy(path: string): string[]
}

export function createPathGrants(): PathGrants {
  const granted = new Set<string>()
  function coveredBy(path: string): string[] {
    const absolute = resolve(path)
    return [...granted].filter((grantedPath) => isInside(absolute, grantedPath))
  }
  const isGranted = (path: string): boolean => coveredBy(path).length > 0
  return {
    grant(paths) {
      for (const path of paths) granted.add(resolve(path))
    },
    isAllowed: (path, libraryRoot) => isGranted(path) || isInside(path, libraryRoot),
    isGranted,
    coveredBy,
  }
}

/**
 * The path to read for a path the renderer named, or PATH_NOT_ALLOWED (with `refusal` as the
 * message). A file the user picked is trusted as picked. A path allowed only because it lies
 * inside the library folder or a picked folder must still be there once symbolic links are
 * followed: a link (a synced folder can carry one) never leads to a file elsewhere. The real
 * path is answered, so what is read is what was checked.
 */
export async function resolveMayRead(deps: { grants: PathGrants; fs: FileSystem }, path: string, libraryRoot: string, refusal: string): Promise<string> {
  const absolute = resolve(path)
  const holders = deps.grants.coveredBy(absolute)
  if (holders.includes(absolute)) return absolute
  const folders = isInside(absolute, libraryRoot) ? [...holders, libraryRoot] : holders
  if (folders.length === 0) throw new AppError('PATH_NOT_ALLOWED', refusal)
  const real = await realPathOf(deps.fs, absolute)
  for (const folder of folders) if (isInside(real, await realPathOf(deps.fs, folder))) return real
  throw new AppError('PATH_NOT_ALLOWED', refusal)
}

/**
 * The real path of a file inside `folder` (the library), or PATH_NOT_ALLOWED when links
 * lead out of it: for paths main derives itself (from a content hash), which a link planted
 * in the library folder could otherwise turn into a read, move or removal elsewhere.
 */
export async function realPathInside(fs: FileSystem, path: string, folder: string, refusal: string): Promise<string> {
  const real = await realPathOf(fs, path)
  if (!isInside(real, await realPathOf(fs, folder))) throw new AppError('PATH_NOT_ALLOWED', refusal)
  return real
}

/**
 * Where `path` really is, links followed. For a path that does not exist (yet) that is the
 * real path of its nearest existing folder with the rest appended: where a file created
 * there would land.
 */
export async function realPathOf(fs: FileSystem, path: string): Promise<string> {
  const absolute = resolve(path)
  try {
    return await fs.realpath(absolute)
  } catch (error) {
    const parent = dirname(absolute)
    if (!isNotFound(error) || parent === absolute) throw error
    return join(await realPathOf(fs, parent), basename(absolute))
  }
}

/** True when `path` is `folder` itself or below it (after `..` is resolved). */
export function isInside(path: string, folder: string): boolean {
  const child = resolve(path)
  const parent = resolve(folder)
  return child === parent || child.startsWith(parent.endsWith(sep) ? parent : parent + sep)
}

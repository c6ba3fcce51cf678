import { resolve, sep } from 'node:path'
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
}

export function createPathGrants(): PathGrants {
  const granted = new Set<string>()
  function isGranted(path: string): boolean {
    const absolute = resolve(path)
    if (granted.has(absolute)) return true
    for (const grantedPath of granted) if (isInside(absolute, grantedPath)) return true
    return false
  }
  return {
    grant(paths) {
      for (const path of paths) granted.add(resolve(path))
    },
    isAllowed: (path, libraryRoot) => isGranted(path) || isInside(path, libraryRoot),
    isGranted,
  }
}

/**
 * Refuses a path the renderer may not name (PATH_NOT_ALLOWED, with `refusal` as the message).
 * A path allowed only because it lies inside the library must also really be there once
 * symbolic links are followed: a link in the library folder (a synced folder can carry one)
 * never leads to a file elsewhere. What the user picked is trusted as picked.
 */
export async function assertMayRead(deps: { grants: PathGrants; fs: FileSystem }, path: string, libraryRoot: string, refusal: string): Promise<void> {
  if (deps.grants.isGranted(path)) return
  if (!isInside(path, libraryRoot)) throw new AppError('PATH_NOT_ALLOWED', refusal)
  // a path that does not exist yet reads nothing; the caller answers NOT_FOUND. Any other
  // failure (a link loop, no permission) is thrown: the path is not shown to stay inside
  const real = await deps.fs.realpath(path).catch((error: unknown) => (isNotFound(error) ? undefined : rethrow(error)))
  if (real === undefined) return
  const realRoot = await deps.fs.realpath(libraryRoot).catch((error: unknown) => (isNotFound(error) ? resolve(libraryRoot) : rethrow(error)))
  if (!isInside(real, realRoot)) throw new AppError('PATH_NOT_ALLOWED', refusal)
}

function rethrow(error: unknown): never {
  throw error
}

/** True when `path` is `folder` itself or below it (after `..` is resolved). */
export function isInside(path: string, folder: string): boolean {
  const child = resolve(path)
  const parent = resolve(folder)
  return child === parent || child.startsWith(parent.endsWith(sep) ? parent : parent + sep)
}

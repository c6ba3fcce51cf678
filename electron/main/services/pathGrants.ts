import { resolve, sep } from 'node:path'

/**
 * The paths the renderer may name: anything inside the library folder, and exactly the
 * files and folders the user picked in a dialog during this session. A path the renderer
 * sends is never trusted on its own.
 */
export interface PathGrants {
  grant(paths: readonly string[]): void
  isAllowed(path: string, libraryRoot: string): boolean
}

export function createPathGrants(): PathGrants {
  const granted = new Set<string>()
  return {
    grant(paths) {
      for (const path of paths) granted.add(resolve(path))
    },
    isAllowed(path, libraryRoot) {
      const absolute = resolve(path)
      if (granted.has(absolute)) return true
      for (const grantedPath of granted) if (isInside(absolute, grantedPath)) return true
      return isInside(absolute, resolve(libraryRoot))
    },
  }
}

/** True when `path` is `folder` itself or below it (after `..` is resolved). */
export function isInside(path: string, folder: string): boolean {
  const child = resolve(path)
  const parent = resolve(folder)
  return child === parent || child.startsWith(parent.endsWith(sep) ? parent : parent + sep)
}

import * as nodeFs from 'node:fs/promises'

/** The part of node:fs/promises the services use; tests may pass a wrapped one. */
export type FileSystem = Pick<
  typeof nodeFs,
  'readFile' | 'writeFile' | 'rename' | 'mkdir' | 'stat' | 'access' | 'open' | 'rm' | 'realpath' | 'readdir' | 'copyFile' | 'rmdir'
>

export const realFileSystem: FileSystem = nodeFs

/** Writes a file atomically (through links, keeping its mode); see atomicWrite.ts. */
export { writeFileAtomic } from './atomicWrite'

export function isNotFound(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT'
}

import * as nodeFs from 'node:fs/promises'

/** The part of node:fs/promises the services use; tests may pass a wrapped one. */
export type FileSystem = Pick<
  typeof nodeFs,
  'readFile' | 'writeFile' | 'rename' | 'mkdir' | 'stat' | 'access' | 'open' | 'rm' | 'realpath' | 'readdir' | 'copyFile' | 'rmdir'
>

export const realFileSystem: FileSystem = nodeFs

/** The system error code of a failure (`ENOENT`, `EACCES`…), or undefined when it carries none. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined
  return typeof error.code === 'string' ? error.code : undefined
}

/** What a failure says: its message, or the thrown value itself when it is not an error. */
export function errorMessage(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string') return error.message
  return String(error)
}

export function isNotFound(error: unknown): boolean {
  return errorCode(error) === 'ENOENT'
}

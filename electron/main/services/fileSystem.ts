import * as nodeFs from 'node:fs/promises'
import { dirname, basename, join } from 'node:path'
import { randomBytes } from 'node:crypto'

/** The part of node:fs/promises the services use; tests may pass a wrapped one. */
export type FileSystem = Pick<
  typeof nodeFs,
  'readFile' | 'writeFile' | 'rename' | 'mkdir' | 'stat' | 'access' | 'open' | 'rm' | 'realpath' | 'readdir' | 'copyFile' | 'rmdir'
>

export const realFileSystem: FileSystem = nodeFs

/**
 * Writes a file so that a crash leaves either the old content or the new, never half:
 * a temporary sibling is written, flushed and then renamed over the target.
 */
export async function writeFileAtomic(fs: FileSystem, path: string, data: string | Uint8Array): Promise<void> {
  await fs.mkdir(dirname(path), { recursive: true })
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`)
  const handle = await fs.open(temp, 'w')
  try {
    await handle.writeFile(data)
    await handle.sync()
  } finally {
    await handle.close()
  }
  try {
    await fs.rename(temp, path)
  } catch (error) {
    await fs.rm(temp, { force: true })
    throw error
  }
}

export function isNotFound(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT'
}

import type { FileHandle } from 'node:fs/promises'
import { readdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { exportArchive } from '../../../electron/main/services/backup'
import { realFileSystem, type FileSystem } from '../../../electron/main/services/fileSystem'
import { AppError } from '../../../shared/ipc/result'
import { makeTempDir } from '../../support/paths'
import { buildLibrary } from './library'

const errno = (code: string, message: string): Error => Object.assign(new Error(`${code}: ${message}`), { code })

/** The real file system, but the archive's file fails: every write with a full disk, and then its close. */
function fullDisk(): FileSystem {
  const open = (async (path: string, flags?: string) => {
    const handle = await realFileSystem.open(path, flags)
    if (flags !== 'wx') return handle
    return new Proxy(handle, {
      get(target, key) {
        if (key === 'write') return async () => Promise.reject(errno('ENOSPC', 'no space left on device, write'))
        if (key === 'close') return async () => target.close().then(() => Promise.reject(errno('EIO', 'i/o error, close')))
        const value: unknown = Reflect.get(target, key, target)
        return typeof value === 'function' ? value.bind(target) : value
      },
    }) satisfies FileHandle
  }) as FileSystem['open']
  return { ...realFileSystem, open }
}

let work = ''
afterEach(async () => {
  await rm(work, { recursive: true, force: true })
})

describe('an archive that cannot be written', () => {
  it('says why the write failed, keeps the failed close as its cause instead of hiding it, and leaves no partial file', async () => {
    work = await makeTempDir('archive-failure')
    const library = join(work, 'Library')
    const { snapshot } = await buildLibrary(library, [])
    const target = join(work, 'backup.axisref.zip')
    const failure: unknown = await exportArchive(library, snapshot, target, { fs: fullDisk() }).then(() => undefined, (error: unknown) => error)
    expect(failure).toBeInstanceOf(AppError)
    expect(failure).toMatchObject({ code: 'IO_ERROR', message: `The archive could not be written to ${target} (ENOSPC).` })
    // the write's error is the cause; the failed close hangs on it, never in its place
    expect((failure as Error).cause).toMatchObject({ code: 'ENOSPC', cause: { code: 'EIO' } })
    expect((await readdir(work)).filter((name) => name.includes('backup.axisref.zip'))).toEqual([])
  })
})

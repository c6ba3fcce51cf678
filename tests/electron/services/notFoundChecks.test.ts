import { mkdir, rm, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { realFileSystem, type FileSystem } from '../../../electron/main/services/fileSystem'
import { createPathGrants, resolveMayRead } from '../../../electron/main/services/pathGrants'
import { createPdfStore } from '../../../electron/main/services/pdfStore'
import { makeTempDir } from '../../support/paths'

// "Not there" is an expected answer and is handled as such; any other failure of the same
// call (no permission, a link loop, a disk error) is a real failure and must not be taken
// for "not there".

let work = ''
let library = ''
beforeEach(async () => {
  work = await makeTempDir('not-found')
  library = join(work, 'Library')
  await mkdir(join(library, 'files', 'ab'), { recursive: true })
})
afterEach(async () => {
  await rm(work, { recursive: true, force: true })
})

/** The real file system whose `stat` of temp files does `instead` first. */
function statOfTempFiles(instead: (path: string) => Promise<void>): FileSystem {
  const stat = (async (path: string) => {
    if (path.endsWith('.tmp')) await instead(path)
    return realFileSystem.stat(path)
  }) as FileSystem['stat']
  return { ...realFileSystem, stat }
}

describe('cleaning the PDF store\'s temp files', () => {
  it('passes over a temp file that went away after the listing (another process finished it)', async () => {
    await writeFile(join(library, 'files', 'ab', '.abc.pdf.000000000000.tmp'), 'partial')
    const store = createPdfStore({ fs: statOfTempFiles((path) => rm(path)), root: library })
    expect(await store.cleanTempFiles()).toBe(0)
  })

  it('fails with the reason when a temp file cannot be looked at, instead of leaving it silently', async () => {
    await writeFile(join(library, 'files', 'ab', '.abc.pdf.000000000000.tmp'), 'partial')
    // the tests run as root, for whom no permission is ever denied: the refusal is injected
    const denied = statOfTempFiles(async (path) => Promise.reject(Object.assign(new Error(`EACCES: permission denied, stat '${path}'`), { code: 'EACCES' })))
    await expect(createPdfStore({ fs: denied, root: library }).cleanTempFiles()).rejects.toMatchObject({ code: 'EACCES' })
  })
})

describe('reading a path inside the library', () => {
  it('lets a path that does not exist through (its reader answers NOT_FOUND), but not one whose real place cannot be found', async () => {
    const deps = { grants: createPathGrants(), fs: realFileSystem }
    await expect(resolveMayRead(deps, join(library, 'files', 'ab', 'missing.pdf'), library, 'not yours')).resolves.toBe(join(library, 'files', 'ab', 'missing.pdf'))
    // a link to itself: realpath fails with ELOOP, so where it leads is unknown
    const loop = join(library, 'files', 'ab', 'loop.pdf')
    await symlink(loop, loop)
    await expect(resolveMayRead(deps, loop, library, 'not yours')).rejects.toMatchObject({ code: 'ELOOP' })
  })
})

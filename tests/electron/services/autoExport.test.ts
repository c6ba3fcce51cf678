import { chmod, lstat, mkdir, readFile, readdir, readlink, stat, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createMainServices } from '../../../electron/main/services'
import { createQueuedDialogPort } from '../../../electron/main/services/queuedDialogPort'
import { makeTempDir } from '../../support/paths'

describe('auto-export', () => {
  it('writes only the file chosen in the save dialog, atomically, and remembers it', async () => {
    const dir = await makeTempDir('autoexport')
    const dialog = createQueuedDialogPort()
    const services = createMainServices({ host: 'cli', userDataDir: dir, appVersion: '1', dialog })
    expect(await services.autoExport.write('@article{a,}')).toEqual({ written: false, bytes: 0 })
    const target = join(dir, 'thesis', 'library.bib')
    await mkdir(join(dir, 'thesis'))
    dialog.answerSaveFile(target)
    expect(await services.autoExport.choose('biblatex')).toEqual({ path: target, format: 'biblatex' })
    await services.autoExport.write('@article{maes2008gut, title={The gut-brain barrier}}\n')
    expect(await readFile(target, 'utf8')).toContain('maes2008gut')
    expect(await readdir(join(dir, 'thesis'))).toEqual(['library.bib'])
    const restarted = createMainServices({ host: 'cli', userDataDir: dir, appVersion: '1', dialog })
    expect(await restarted.autoExport.get()).toEqual({ path: target, format: 'biblatex' })
    expect(await restarted.autoExport.stop()).toBeNull()
  })

  it('says which file it could not update and what to do', async () => {
    const dir = await makeTempDir('autoexport')
    const dialog = createQueuedDialogPort()
    const services = createMainServices({ host: 'cli', userDataDir: dir, appVersion: '1', dialog })
    dialog.answerSaveFile(join(dir, 'gone', 'sub', '\0bad.bib'))
    await services.autoExport.choose('bibtex')
    await expect(services.autoExport.write('x')).rejects.toThrow(/Could not update .*bad\.bib.*choose the file again/)
  })

  it.skipIf(process.platform === 'win32')('writes through a symbolic link to the real .bib, keeping the link and the file\'s mode', async () => {
    const dir = await makeTempDir('autoexport')
    const dialog = createQueuedDialogPort()
    const services = createMainServices({ host: 'cli', userDataDir: dir, appVersion: '1', dialog })
    const real = join(dir, 'thesis', 'refs.bib')
    await mkdir(join(dir, 'thesis'))
    await writeFile(real, '% the old library\n')
    await chmod(real, 0o640)
    const link = join(dir, 'library.bib')
    await symlink(real, link)
    dialog.answerSaveFile(link)
    await services.autoExport.choose('bibtex')
    await services.autoExport.write('@article{maes2008gut, title={The gut-brain barrier}}\n')
    expect((await lstat(link)).isSymbolicLink()).toBe(true)
    expect(await readlink(link)).toBe(real)
    expect(await readFile(real, 'utf8')).toContain('maes2008gut')
    expect((await stat(real)).mode & 0o777).toBe(0o640)
    expect(await readdir(join(dir, 'thesis'))).toEqual(['refs.bib'])
  })
})

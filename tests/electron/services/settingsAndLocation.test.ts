import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createMainServices } from '../../../electron/main/services'
import { createQueuedDialogPort } from '../../../electron/main/services/queuedDialogPort'
import { writeFileAtomic } from '../../../electron/main/services/atomicWrite'
import { realFileSystem } from '../../../electron/main/services/fileSystem'
import { AppError } from '../../../shared/ipc/result'
import { makeTempDir } from '../../support/paths'

async function services() {
  const userDataDir = await makeTempDir('services')
  const dialog = createQueuedDialogPort()
  return { ...createMainServices({ host: 'cli', userDataDir, appVersion: '9.9.9', dialog, clock: () => 1234 }), userDataDir, dialog }
}

describe('the library location', () => {
  it('defaults to a Library folder under the data folder', async () => {
    const { libraryLocation, userDataDir } = await services()
    expect(await libraryLocation.get()).toEqual({ path: join(userDataDir, 'Library'), isDefault: true })
  })

  it('changes only through the folder dialog, is remembered across restarts, and resets', async () => {
    const first = await services()
    const chosen = join(first.userDataDir, 'elsewhere', 'MyLibrary')
    first.dialog.answerChooseFolder(chosen)
    expect(await first.libraryLocation.choose()).toEqual({ canceled: false, location: { path: chosen, isDefault: false } })
    const restarted = createMainServices({ host: 'cli', userDataDir: first.userDataDir, appVersion: '1', dialog: first.dialog })
    expect(await restarted.libraryLocation.get()).toEqual({ path: chosen, isDefault: false })
    expect(await restarted.libraryLocation.reset()).toMatchObject({ isDefault: true })
  })

  it('keeps the current folder when the user cancels', async () => {
    const { libraryLocation, dialog } = await services()
    dialog.answerChooseFolder(null)
    const answer = await libraryLocation.choose()
    expect(answer).toMatchObject({ canceled: true, location: { isDefault: true } })
  })

  it('refuses a folder it cannot write to, saying so, and keeps the old one', async () => {
    const { libraryLocation, dialog, userDataDir } = await services()
    // a folder below a plain file cannot be created, even by root
    const aFile = join(userDataDir, 'notes.txt')
    await writeFile(aFile, 'x')
    dialog.answerChooseFolder(join(aFile, 'Library'))
    const failure = libraryLocation.choose()
    await expect(failure).rejects.toThrow(/cannot write to/)
    expect(await libraryLocation.get()).toMatchObject({ isDefault: true })
  })

  it('says the dialog is unavailable where the host has none', async () => {
    const { libraryLocation } = await services()
    await expect(libraryLocation.choose()).rejects.toSatisfy((error: unknown) => error instanceof AppError && error.code === 'UNAVAILABLE')
  })
})

describe('the settings file', () => {
  it('sets a corrupt file aside instead of losing it, and starts from defaults when it named no library folder', async () => {
    const { settings, userDataDir } = await services()
    await writeFile(join(userDataDir, 'settings.json'), '{ not json')
    expect(await settings.read()).toEqual({})
    const files = await readdir(userDataDir)
    expect(files).toContain('settings.json.corrupt-1234')
    expect(await readFile(join(userDataDir, 'settings.json.corrupt-1234'), 'utf8')).toBe('{ not json')
  })

  it('keeps every setting of a damaged file that is still valid, the library folder among them', async () => {
    const { settings, libraryLocation, userDataDir } = await services()
    await writeFile(join(userDataDir, 'settings.json'), JSON.stringify({ libraryPath: '/data/MyLibrary', windowBounds: { x: 'left' } }))
    expect(await libraryLocation.get()).toEqual({ path: '/data/MyLibrary', isDefault: false })
    expect(await settings.read()).toEqual({ libraryPath: '/data/MyLibrary' })
  })

  it('never falls back to the default library folder when the damaged file named one: it says so until the folder is chosen again', async () => {
    const { settings, libraryLocation, userDataDir, dialog } = await services()
    const damaged = '{ "libraryPath": "/data/MyLib'
    await writeFile(join(userDataDir, 'settings.json'), damaged)
    await expect(libraryLocation.get()).rejects.toThrow(/settings file .*settings\.json is damaged.*has not switched to the default folder.*Choose your library folder again/)
    await expect(settings.update({ watchedFolder: '/somewhere' })).rejects.toThrow(/damaged/)
    expect(await readFile(join(userDataDir, 'settings.json'), 'utf8')).toBe(damaged)
    const chosen = join(userDataDir, 'MyLib')
    dialog.answerChooseFolder(chosen)
    expect(await libraryLocation.choose()).toMatchObject({ canceled: false })
    expect(await libraryLocation.get()).toEqual({ path: chosen, isDefault: false })
    expect(await readFile(join(userDataDir, 'settings.json.corrupt-1234'), 'utf8')).toBe(damaged)
  })

  it('keeps every key of three updates made at once', async () => {
    const first = await services()
    await Promise.all([
      first.settings.update({ libraryPath: '/data/MyLibrary' }),
      first.settings.update({ watchedFolder: '/data/Downloads' }),
      first.settings.update({ windowBounds: { x: 1, y: 2, width: 800, height: 600 } }),
    ])
    const restarted = createMainServices({ host: 'cli', userDataDir: first.userDataDir, appVersion: '1', dialog: first.dialog })
    expect(await restarted.settings.read()).toEqual({
      libraryPath: '/data/MyLibrary',
      watchedFolder: '/data/Downloads',
      windowBounds: { x: 1, y: 2, width: 800, height: 600 },
    })
  })

  it('applies updates in the order they were called, and one that fails does not stop the next', async () => {
    const first = await services()
    const answers = await Promise.allSettled([
      first.settings.update({ libraryPath: '/first' }),
      first.settings.update({ windowBounds: { x: 0, y: 0, width: 1, height: 1 } }),
      first.settings.update({ libraryPath: '/second', watchedFolder: '/w' }),
      first.settings.update({ watchedFolder: undefined }),
    ])
    expect(answers.map((answer) => answer.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled'])
    expect(answers[2]).toMatchObject({ value: { libraryPath: '/second', watchedFolder: '/w' } })
    const restarted = createMainServices({ host: 'cli', userDataDir: first.userDataDir, appVersion: '1', dialog: first.dialog })
    expect(await restarted.settings.read()).toEqual({ libraryPath: '/second' })
  })

  it('writes atomically: no temporary file is left beside it', async () => {
    const { settings, userDataDir } = await services()
    await settings.update({ windowBounds: { x: 1, y: 2, width: 800, height: 600 } })
    expect(await readdir(userDataDir)).toEqual(['settings.json'])
    expect(JSON.parse(await readFile(join(userDataDir, 'settings.json'), 'utf8'))).toEqual({
      windowBounds: { x: 1, y: 2, width: 800, height: 600 },
    })
  })
})

describe('writeFileAtomic', () => {
  it('replaces the whole content and leaves the old one intact if the rename fails', async () => {
    const dir = await makeTempDir('atomic')
    const target = join(dir, 'data.json')
    await writeFileAtomic(realFileSystem, target, 'old')
    const failingFs = { ...realFileSystem, rename: () => Promise.reject(new Error('EXDEV')) }
    await expect(writeFileAtomic(failingFs, target, 'new')).rejects.toThrow('EXDEV')
    expect(await readFile(target, 'utf8')).toBe('old')
    expect(await readdir(dir)).toEqual(['data.json'])
  })
})

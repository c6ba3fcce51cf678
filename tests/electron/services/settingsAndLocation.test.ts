import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createMainServices } from '../../../electron/main/services'
import { createQueuedDialogPort } from '../../../electron/main/services/queuedDialogPort'
import { writeFileAtomic, realFileSystem } from '../../../electron/main/services/fileSystem'
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
  it('sets a corrupt file aside instead of losing it, and starts from defaults', async () => {
    const { settings, userDataDir } = await services()
    await writeFile(join(userDataDir, 'settings.json'), '{ not json')
    expect(await settings.read()).toEqual({})
    const files = await readdir(userDataDir)
    expect(files).toContain('settings.json.corrupt-1234')
    expect(await readFile(join(userDataDir, 'settings.json.corrupt-1234'), 'utf8')).toBe('{ not json')
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

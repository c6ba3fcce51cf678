import { constants } from 'node:fs'
import type { LibraryLocation } from '../../../shared/ipc/contract'
import { AppError } from '../../../shared/ipc/result'
import type { DialogPort } from './dialogPort'
import type { FileSystem } from './fileSystem'
import type { SettingsStore } from './settingsStore'

export interface LibraryLocationService {
  get(): Promise<LibraryLocation>
  choose(): Promise<{ canceled: boolean; location: LibraryLocation }>
  reset(): Promise<LibraryLocation>
}

interface LibraryLocationDeps {
  fs: FileSystem
  settings: SettingsStore
  dialog: DialogPort
  /** Where the library lives until the user picks another folder (under userData). */
  defaultPath: string
}

/** Where the library folder is, and changing it through a dialog only. */
export function createLibraryLocationService(deps: LibraryLocationDeps): LibraryLocationService {
  const { fs, settings, dialog, defaultPath } = deps

  async function get(): Promise<LibraryLocation> {
    const { libraryPath } = await settings.read()
    return libraryPath ? { path: libraryPath, isDefault: false } : { path: defaultPath, isDefault: true }
  }

  async function choose(): Promise<{ canceled: boolean; location: LibraryLocation }> {
    const current = await get()
    const folder = await dialog.chooseFolder({ title: 'Choose the AxisRef library folder', defaultPath: current.path })
    if (folder === null) return { canceled: true, location: current }
    await assertWritableFolder(fs, folder)
    await settings.update({ libraryPath: folder })
    return { canceled: false, location: { path: folder, isDefault: false } }
  }

  async function reset(): Promise<LibraryLocation> {
    await settings.update({ libraryPath: undefined })
    return get()
  }

  return { get, choose, reset }
}

async function assertWritableFolder(fs: FileSystem, folder: string): Promise<void> {
  try {
    await fs.mkdir(folder, { recursive: true })
    await fs.access(folder, constants.W_OK)
  } catch (error) {
    throw new AppError(
      'IO_ERROR',
      `AxisRef cannot write to ${folder} (${(error as NodeJS.ErrnoException).code ?? 'error'}). Choose a folder you can write to.`,
    )
  }
}

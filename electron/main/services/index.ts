import { join } from 'node:path'
import type { ChannelOutput, HostKind } from '../../../shared/ipc/contract'
import type { DialogPort } from './dialogPort'
import { realFileSystem, type FileSystem } from './fileSystem'
import { createLibraryLocationService, type LibraryLocationService } from './libraryLocation'
import { createPathGrants, type PathGrants } from './pathGrants'
import { createSettingsStore, type SettingsStore } from './settingsStore'

export interface MainServiceDeps {
  host: HostKind
  /** The app's own data folder (Electron's userData; a folder of the host's choosing elsewhere). */
  userDataDir: string
  dialog: DialogPort
  appVersion: string
  fs?: FileSystem
  clock?: () => number
  /** Runtime versions to report (Electron's process.versions in the app). */
  versions?: Record<string, string | undefined>
}

export interface MainServices {
  fs: FileSystem
  dialog: DialogPort
  settings: SettingsStore
  libraryLocation: LibraryLocationService
  grants: PathGrants
  appInfo: ChannelOutput<'getAppInfo'>
}

/** Wires the plain-Node services every host shares. */
export function createMainServices(deps: MainServiceDeps): MainServices {
  const fs = deps.fs ?? realFileSystem
  const clock = deps.clock ?? Date.now
  const settings = createSettingsStore({ fs, file: join(deps.userDataDir, 'settings.json'), clock })
  const versions = Object.fromEntries(
    Object.entries(deps.versions ?? process.versions).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  )
  return {
    fs,
    dialog: deps.dialog,
    settings,
    grants: createPathGrants(),
    libraryLocation: createLibraryLocationService({
      fs,
      settings,
      dialog: deps.dialog,
      defaultPath: join(deps.userDataDir, 'Library'),
    }),
    appInfo: { name: 'AxisRef', version: deps.appVersion, host: deps.host, platform: process.platform, versions },
  }
}

import { dirname, join } from 'node:path'
import type { ChannelOutput, HostKind } from '../../../shared/ipc/contract'
import type { DialogPort } from './dialogPort'
import { isNotFound, realFileSystem, type FileSystem } from './fileSystem'
import { createLibraryLocationService, type LibraryLocationService } from './libraryLocation'
import { createPathGrants, type PathGrants } from './pathGrants'
import { createSettingsStore, type SettingsStore } from './settingsStore'
import { createPdfParser, type PdfParser } from './pdf/parser'
import type { LaunchReader } from './pdf/readerProcess'
import type { PdfWorkerEntry } from './pdf/workerEntry'
import { createPdfImportService, type PdfImportService } from './pdfImport'
import { createWatchedFolderService, type WatchedFolderService } from './watchedFolder'
import { bindingsIn, createAutoExportService, type AutoExportService } from './autoExport'
import { createBackupService, type BackupService } from './backupService'
import { createAttachmentFilesService, type AttachmentFilesService } from './attachmentFiles'
import { createUnavailableShellPort, type ShellPort } from './shellPort'
import { createLibraryIntegrityService, type LibraryIntegrityService } from './libraryIntegrity'
import { createUnusedPdfsService, type UnusedPdfsService } from './unusedPdfs'
import { createPickerBroker, type PickerBroker, type PickerBrokerOptions } from './cayw/broker'
import { createCiteAsYouWriteService, type CiteAsYouWriteService, type ShortcutPort } from './cayw'
import { hostname } from 'node:os'
import { createPdfStore } from './pdfStore'
import { createSyncService, type SyncService, type SyncTimings } from './sync'
import { testSyncConnection } from './sync/connection'
import type { SyncSecrets } from './sync/ports'
import { createFileSecrets } from './sync/secrets'
import type { SyncFiles } from './sync/files'
import { createFilesPart } from './sync/filesPart'
import { createLookupService, createOnlineSettingsService, nodeOnlineDeps, type LookupService, type OnlineDeps, type OnlineSettingsService } from './online'

export interface MainServiceDeps {
  host: HostKind
  /** The app's own data folder (Electron's userData; a folder of the host's choosing elsewhere). */
  userDataDir: string
  dialog: DialogPort
  /** Opens files on the desktop (Electron's shell); hosts without one leave it out. */
  shell?: ShellPort
  appVersion: string
  fs?: FileSystem
  clock?: () => number
  /** Runtime versions to report (Electron's process.versions in the app). */
  versions?: Record<string, string | undefined>
  /** How to start the PDF worker (the built bundle in Electron; source otherwise). */
  pdfWorkerEntry?: PdfWorkerEntry
  /** How to start a reader process (Electron's utilityProcess in the app; Node's fork otherwise). */
  launchPdfReader?: LaunchReader
  /** Where the AXISREF_*_URL addresses of the registries are read (default: the process's environment). */
  env?: Readonly<Record<string, string | undefined>>
  /** The network for online lookups (default: global fetch and timers; tests: the replay server). */
  online?: OnlineDeps
  /** The picker broker's hooks and times (Electron opens and closes the picker window; tests shorten the pickup time). */
  picker?: PickerBrokerOptions
  /** The picker's global shortcut (the desktop app only). */
  shortcuts?: ShortcutPort
  /** Where the sync password is kept (the desktop app: safeStorage; default: a file of mode 0600 in the data folder). */
  syncSecrets?: SyncSecrets
  /** The network and times of sync (default: global fetch, PouchDB's usual back-off, a 25 s long poll). */
  sync?: { fetch?: typeof fetch; timings?: Partial<SyncTimings>; hostName?: string }
}

export interface MainServices {
  fs: FileSystem
  dialog: DialogPort
  settings: SettingsStore
  libraryLocation: LibraryLocationService
  grants: PathGrants
  appInfo: ChannelOutput<'getAppInfo'>
  pdfImport: PdfImportService
  watchedFolder: WatchedFolderService
  autoExport: AutoExportService
  backup: BackupService
  attachmentFiles: AttachmentFilesService
  integrity: LibraryIntegrityService
  unusedPdfs: UnusedPdfsService
  /** "Online lookups" in Settings: on or off, the Crossref mailto, the NCBI key, the registries' addresses. */
  onlineSettings: OnlineSettingsService
  /** Papers by DOI, PMID or PMCID, and Crossref's matches for a reference (the only code that talks to registries). */
  lookup: LookupService
  /** The citation picker between its callers (the editors' endpoint, the global shortcut) and the window that shows it. */
  picker: PickerBroker
  /** The editors' endpoint (Better BibTeX's cite-as-you-write on 127.0.0.1) and the picker's shortcut. */
  citeAsYouWrite: CiteAsYouWriteService
  /** The library's sync with a CouchDB database (issue #17): started by the host, stopped by close(). */
  sync: SyncService
  /** Stops the parser workers, the snapshot thread, the editors' endpoint and sync (on quit, or when a test host closes). */
  close(): Promise<void>
}

/** Where AxisRef's own atomic writes outside the library put their temp files: settings, every auto-export file. */
async function atomicWriteFolders(fs: FileSystem, settings: SettingsStore, userDataDir: string): Promise<string[]> {
  const folders = await Promise.all(
    bindingsIn(await settings.read()).map(async ({ path }) => {
      // an auto-export file is written through a link, beside the file the link points to
      const real = await fs.realpath(path).catch((error: unknown) => {
        if (isNotFound(error)) return path
        throw error
      })
      return dirname(real)
    }),
  )
  return [...new Set([userDataDir, ...folders])]
}

/** Wires the plain-Node services every host shares. */
export function createMainServices(deps: MainServiceDeps): MainServices {
  const fs = deps.fs ?? realFileSystem
  const clock = deps.clock ?? Date.now
  const settings = createSettingsStore({ fs, file: join(deps.userDataDir, 'settings.json'), clock })
  const versions = Object.fromEntries(
    Object.entries(deps.versions ?? process.versions).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  )
  const grants = createPathGrants()
  const libraryLocation = createLibraryLocationService({ fs, settings, dialog: deps.dialog, defaultPath: join(deps.userDataDir, 'Library') })
  const shell = deps.shell ?? createUnavailableShellPort()
  let parser: PdfParser | undefined
  const startParser = () => (parser ??= createPdfParser({ entry: deps.pdfWorkerEntry, launch: deps.launchPdfReader }))
  const env = deps.env ?? process.env
  const picker = createPickerBroker(deps.picker)
  const citeAsYouWrite = createCiteAsYouWriteService({ settings, picker, shortcuts: deps.shortcuts })
  const libraryRoot = async () => (await libraryLocation.get()).path
  let syncFiles: SyncFiles | undefined
  const sync = createSyncService({
    dataDir: deps.userDataDir,
    settings,
    secrets: deps.syncSecrets ?? createFileSecrets(join(deps.userDataDir, 'sync-secrets.json')),
    fetch: deps.sync?.fetch ?? globalThis.fetch,
    now: clock,
    hostName: deps.sync?.hostName ?? hostname(),
    tester: testSyncConnection,
    pdfStore: async () => createPdfStore({ fs, root: (await libraryLocation.get()).path, clock }),
    timings: deps.sync?.timings,
    files: (access) => {
      const part = createFilesPart(access, { fs, libraryRoot, now: clock })
      syncFiles = part.files
      return part
    },
  })
  const backup = createBackupService({ fs, dialog: deps.dialog, libraryLocation, otherFolders: () => atomicWriteFolders(fs, settings, deps.userDataDir) })
  return {
    fs,
    dialog: deps.dialog,
    settings,
    grants,
    libraryLocation,
    appInfo: { name: 'AxisRef', version: deps.appVersion, host: deps.host, platform: process.platform, versions },
    pdfImport: createPdfImportService({ fs, grants, libraryLocation, parser: startParser, fetchMissing: async (hash) => (syncFiles ? syncFiles.fetchMissing(hash) : false) }),
    autoExport: createAutoExportService({ fs, settings, dialog: deps.dialog }),
    backup,
    attachmentFiles: createAttachmentFilesService({ fs, libraryLocation, dialog: deps.dialog, shell }),
    integrity: createLibraryIntegrityService({ fs, dialog: deps.dialog, libraryLocation, clock, onSyncServer: async (hashes) => (syncFiles ? syncFiles.onServer(hashes) : new Set<string>()) }),
    unusedPdfs: createUnusedPdfsService({ fs, settings, libraryLocation, shell, clock }),
    onlineSettings: createOnlineSettingsService({ settings, env }),
    lookup: createLookupService({ online: deps.online ?? nodeOnlineDeps(), settings, env, version: deps.appVersion }),
    picker,
    citeAsYouWrite,
    sync,
    watchedFolder: createWatchedFolderService({ fs, settings, dialog: deps.dialog, grants, ledgerFile: join(deps.userDataDir, 'watched-folder.json') }),
    close: async () => {
      await citeAsYouWrite.close()
      await sync.close()
      await parser?.close()
      parser = undefined
      await backup.close()
    },
  }
}

import { join } from 'node:path'
import type * as Electron from 'electron'
import { CHANNELS, ipcChannelName } from '../../shared/ipc/contract'
import { fail } from '../../shared/ipc/result'
import { createElectronDialogPort } from './electronDialog'
import { createHandlers } from './ipc/handlers'
import { createRouter, type Route } from './ipc/router'
import { buildMenuTemplate } from './menu'
import { readRendererFile } from './rendererFiles'
import { createSafeStorageSecrets } from './safeStorageSecrets'
import { APP_ORIGIN, APP_SCHEME, guardAllWebContents, isTrustedSender, limitPermissions } from './security'
import { createMainServices } from './services'
import { resolvePdfWorkerEntry } from './services/pdf/workerEntry'
import { utilityProcessLauncher, type UtilityProcessModule } from './utilityReader'
import { createMainWindow } from './window'
import { createPickerWindows, globalShortcutPort, type PickerWindows } from './pickerWindow'
import { restorableBounds } from './windowState'

/** The parts of the `electron` module the app uses; a test passes a stand-in. */
export type ElectronModules = Pick<
  typeof Electron,
  'app' | 'BrowserWindow' | 'dialog' | 'globalShortcut' | 'ipcMain' | 'Menu' | 'protocol' | 'safeStorage' | 'screen' | 'session' | 'shell'
> & { utilityProcess: UtilityProcessModule }

export interface MainPaths {
  /** Folder of the built renderer (out/renderer). */
  rendererDir: string
  /** The built preload script (CommonJS, for the sandbox). */
  preloadPath: string
  /** The folder of the built main process, where pdfWorker.js sits beside index.js. */
  mainDir: string
}

/** Starts the desktop app: one window, one contract, every door locked. */
export function runMain(electron: ElectronModules, paths: MainPaths): void {
  const { app } = electron
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return
  }
  electron.protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ])
  guardAllWebContents(app, electron.shell)

  let mainWindow: Electron.BrowserWindow | undefined
  // made once the app is ready (windows cannot be made before); the endpoint and the shortcut start after that
  let pickerWindows: PickerWindows | undefined
  const services = createMainServices({
    host: 'electron',
    userDataDir: app.getPath('userData'),
    appVersion: app.getVersion(),
    dialog: createElectronDialogPort(electron.dialog, () => mainWindow),
    shell: electron.shell,
    pdfWorkerEntry: resolvePdfWorkerEntry({ builtDir: paths.mainDir }),
    launchPdfReader: utilityProcessLauncher(electron.utilityProcess),
    picker: { onRequest: (request) => pickerWindows?.show(request), onSettled: (request) => pickerWindows?.settled(request) },
    shortcuts: globalShortcutPort(electron.globalShortcut, () => pickerWindows?.shortcut()),
    syncSecrets: createSafeStorageSecrets(electron.safeStorage, join(app.getPath('userData'), 'sync-secrets-safe.json')),
  })
  const route = createRouter(createHandlers(services), {
    onInternalError: (channel, error) => console.error(`[ipc] ${channel} failed`, error),
  })

  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore()
    mainWindow?.focus()
  })
  app.on('window-all-closed', () => app.quit())
  app.on('will-quit', () => {
    electron.globalShortcut.unregisterAll()
    void services.close()
  })

  void app.whenReady().then(async () => {
    limitPermissions(electron.session.defaultSession, APP_ORIGIN)
    // a crash during an import can leave temporary copies; they are never a user's file
    void services.backup.cleanTempFiles().catch((error: unknown) => console.error('[start] temp clean-up failed', error))
    // a move of the library folder cut short goes on; Settings shows how far it is, or why it stopped
    void services.libraryLocation.resumeAtStart().catch((error: unknown) => console.error('[start] the library move could not go on', error))
    // sync resumes where it stopped if the library is connected; what fails shows in the sync status
    void services.sync.start().catch((error: unknown) => console.error('[start] sync could not start', error))
    electron.protocol.handle(APP_SCHEME, async (request) => {
      const file = await readRendererFile(services.fs, paths.rendererDir, new URL(request.url).pathname)
      return new Response(file.body, { status: file.status, headers: file.headers })
    })
    registerIpc(electron.ipcMain, route)
    electron.Menu.setApplicationMenu(electron.Menu.buildFromTemplate(buildMenuTemplate(process.platform, !app.isPackaged)))
    // damaged settings must not keep the window shut: it opens where it likes, and Settings says what is wrong
    const settings = await services.settings.read().catch((error: unknown) => {
      console.error('[start] settings unreadable; the window opens at its default place', error)
      return { windowBounds: undefined }
    })
    pickerWindows = createPickerWindows({
      BrowserWindow: electron.BrowserWindow,
      preloadPath: paths.preloadPath,
      url: `${APP_ORIGIN}/index.html#picker`,
      picker: () => services.picker,
      mainWindow: () => mainWindow,
      returnFocus: process.platform === 'darwin' ? () => app.hide() : undefined,
    })
    // the editors' endpoint if the user turned it on, and the picker's shortcut; what fails is shown in Settings
    void services.citeAsYouWrite.start().then((status) => {
      if (status.error) console.error(`[cayw] ${status.error}`)
      if (status.shortcut?.error) console.error(`[cayw] ${status.shortcut.error}`)
    })
    mainWindow = createMainWindow({
      BrowserWindow: electron.BrowserWindow,
      preloadPath: paths.preloadPath,
      url: `${APP_ORIGIN}/index.html`,
      bounds: restorableBounds(settings.windowBounds, electron.screen.getAllDisplays().map((display) => display.workArea)),
      onBoundsChanged: (windowBounds) =>
        void services.settings.update({ windowBounds }).catch((error: unknown) => console.error('[window] its place could not be remembered', error)),
    })
  })
}

/**
 * Every channel of the contract goes through the same router the browser host uses;
 * the sender check comes first.
 */
export function registerIpc(ipcMain: Pick<Electron.IpcMain, 'handle'>, route: Route): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(ipcChannelName(channel), (event, payload: unknown) =>
      isTrustedSender(event.senderFrame, APP_ORIGIN)
        ? route(channel, payload)
        : fail('FORBIDDEN_SENDER', `Refused ${channel}: the call did not come from AxisRef's own page.`),
    )
  }
}

export function defaultMainPaths(mainDir: string): MainPaths {
  return { rendererDir: join(mainDir, '../renderer'), preloadPath: join(mainDir, '../preload/index.cjs'), mainDir }
}

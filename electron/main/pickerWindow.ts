import type { BrowserWindow, GlobalShortcut } from 'electron'
import type { CiteRequest } from '../../shared/cite/request'
import type { PickerBroker } from './services/cayw/broker'
import type { ShortcutPort } from './services/cayw'
import { errorMessage } from './services/fileSystem'
import { secureWebPreferences } from './window'

export interface PickerWindowOptions {
  BrowserWindow: typeof BrowserWindow
  preloadPath: string
  /** The renderer's picker route, `app://axisref/index.html#picker`. */
  url: string
  picker: () => Pick<PickerBroker, 'answer' | 'request'>
  /** The app's main window: minimised after a pick when the editor asks (`minimize`). */
  mainWindow: () => BrowserWindow | undefined
  /** Gives the keyboard back to the program the user was in (macOS: hide the app). */
  returnFocus?: () => void
}

export interface PickerWindows {
  /** The broker's onRequest: the picker window comes up, in front of the editor. */
  show(request: CiteRequest): void
  /** The broker's onSettled: its window closes, however the request ended. */
  settled(request: CiteRequest): void
  /** The global shortcut: the open picker comes forward, or a new one opens for the clipboard. */
  shortcut(): void
}

interface OpenPicker {
  window: BrowserWindow
  request: CiteRequest
  /** Whether AxisRef had the keyboard when the picker opened (then it keeps it afterwards). */
  appWasFocused: boolean
}

/**
 * The picker's own small window: the same renderer at `#picker`, with the main window's
 * isolation, sandbox and preload (navigation and new windows are denied for every web
 * contents by guardAllWebContents), always on top so it shows over the editor that asked.
 */
export function createPickerWindows(options: PickerWindowOptions): PickerWindows {
  let open: OpenPicker | undefined

  function show(request: CiteRequest): void {
    if (open && !open.window.isDestroyed()) {
      open.request = request
      open.window.show()
      open.window.focus()
      return
    }
    const window = new options.BrowserWindow({
      width: 640, height: 420, minWidth: 420, minHeight: 260, center: true, show: false,
      alwaysOnTop: true, skipTaskbar: true, minimizable: false, maximizable: false, fullscreenable: false, autoHideMenuBar: true,
      title: 'AxisRef: cite', backgroundColor: '#f7f7f5',
      webPreferences: secureWebPreferences(options.preloadPath),
    })
    const entry: OpenPicker = { window, request, appWasFocused: options.mainWindow()?.isFocused() ?? false }
    open = entry
    window.once('ready-to-show', () => {
      window.show()
      window.focus()
    })
    window.on('closed', () => {
      if (open === entry) open = undefined
      // closed by the user before picking: the editor hears "cancelled" rather than waiting (a no-op once answered)
      options.picker().answer(entry.request.id, { kind: 'cancelled' })
    })
    window.loadURL(options.url).catch((error: unknown) => console.error('[picker] the picker window did not load', error))
  }

  function settled(request: CiteRequest): void {
    if (open?.request.id !== request.id) return
    const { window, appWasFocused } = open
    open = undefined
    if (!window.isDestroyed()) window.close()
    if (request.options.minimize) options.mainWindow()?.minimize()
    if (!appWasFocused) options.returnFocus?.()
  }

  function shortcut(): void {
    if (open && !open.window.isDestroyed()) return open.window.focus()
    // the renderer copies the pick to the clipboard itself; main only needs to know it went nowhere
    void options.picker().request({ source: 'shortcut', format: 'formatted-citation', options: {} }).then((outcome) => {
      if (outcome.kind === 'no-window') console.error('[picker] the picker window did not take the shortcut in time')
    })
  }

  return { show, settled, shortcut }
}

/** The picker's global shortcut through Electron: one at a time, and why one could not be had, in words. */
export function globalShortcutPort(globalShortcut: Pick<GlobalShortcut, 'register' | 'unregister'>, onPress: () => void): ShortcutPort {
  let current = ''
  return {
    apply(accelerator) {
      if (current) globalShortcut.unregister(current)
      current = ''
      if (!accelerator) return { accelerator, registered: false }
      try {
        if (!globalShortcut.register(accelerator, onPress)) {
          return { accelerator, registered: false, error: `Another program already uses ${accelerator}, so AxisRef could not take it. Choose another shortcut.` }
        }
      } catch (error) {
        return { accelerator, registered: false, error: `${accelerator} cannot be a global shortcut: ${errorMessage(error)}` }
      }
      current = accelerator
      return { accelerator, registered: true }
    },
  }
}

import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron'
import { DEFAULT_WINDOW_SIZE } from './windowState'
import type { WindowBounds } from './services/settingsStore'

/** The web preferences of the one window: isolated, sandboxed, no Node. */
export function secureWebPreferences(preloadPath: string): NonNullable<BrowserWindowConstructorOptions['webPreferences']> {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    disableBlinkFeatures: 'Auxclick',
    safeDialogs: true,
  }
}

export interface MainWindowOptions {
  BrowserWindow: typeof BrowserWindow
  preloadPath: string
  url: string
  bounds: WindowBounds | undefined
  onBoundsChanged: (bounds: WindowBounds) => void
}

/**
 * The window's navigation guard is not attached here: `guardAllWebContents` attaches it to
 * every web contents when it is created, this window's included (a second guard made one
 * link click open the browser twice).
 */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const { bounds } = options
  const window = new options.BrowserWindow({
    ...(bounds ? { x: bounds.x, y: bounds.y, width: bounds.width, height: bounds.height } : DEFAULT_WINDOW_SIZE),
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'AxisRef',
    backgroundColor: '#f7f7f5',
    webPreferences: secureWebPreferences(options.preloadPath),
  })
  if (bounds?.maximized) window.maximize()
  window.once('ready-to-show', () => window.show())
  window.on('close', () => {
    const { x, y, width, height } = window.getNormalBounds()
    options.onBoundsChanged({ x, y, width, height, maximized: window.isMaximized() })
  })
  void window.loadURL(options.url)
  return window
}

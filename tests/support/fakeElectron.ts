import { EventEmitter } from 'node:events'
import { vi } from 'vitest'
import type { SafeStoragePort } from '../../electron/main/safeStorageSecrets'

type Listener = (...args: unknown[]) => unknown

/** A web contents as far as the app's guards use it, recording what was registered. */
export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler
  }
  /** Emits like Electron: an event object whose preventDefault the test can check. */
  fire(event: string, ...args: unknown[]): { defaultPrevented: boolean } {
    const record = { defaultPrevented: false, preventDefault: () => void (record.defaultPrevented = true) }
    this.emit(event, record, ...args)
    return record
  }
}

/**
 * A stand-in for the `electron` module: just enough of each API for the main entry to
 * run in plain Node, with every call recorded for the test to inspect.
 */
export function createFakeElectron(userDataDir: string) {
  const windows: FakeBrowserWindow[] = []
  const appEvents = new EventEmitter()
  const ipcHandlers = new Map<string, Listener>()
  const protocolHandlers = new Map<string, (request: Request) => Promise<Response>>()
  const permissionHandlers: Listener[] = []
  /** The global shortcuts registered now, by accelerator; `heldElsewhere` are refused as another program's. */
  const shortcuts = new Map<string, () => void>()
  const heldElsewhere = new Set<string>()
  const safeStorage = createFakeSafeStorage()

  class FakeBrowserWindow extends EventEmitter {
    readonly webContents = new FakeWebContents()
    loadedUrl: string | undefined
    constructor(readonly options: Record<string, unknown>) {
      super()
      windows.push(this)
      appEvents.emit('web-contents-created', {}, this.webContents)
    }
    destroyed = false
    loadURL(url: string) {
      this.loadedUrl = url
      return Promise.resolve()
    }
    close() {
      this.emit('close')
      this.destroyed = true
      this.emit('closed')
    }
    isDestroyed() {
      return this.destroyed
    }
    isFocused() {
      return false
    }
    minimize() {}
    show() {}
    maximize() {}
    focus() {}
    restore() {}
    isMinimized() {
      return false
    }
    isMaximized() {
      return false
    }
    getNormalBounds() {
      return { x: 10, y: 20, width: 1000, height: 700 }
    }
  }

  const electron = {
    app: {
      requestSingleInstanceLock: vi.fn(() => true),
      quit: vi.fn(),
      on: (event: string, listener: Listener) => appEvents.on(event, listener),
      whenReady: () => Promise.resolve(),
      getPath: (name: string) => (name === 'userData' ? userDataDir : `/tmp/${name}`),
      getVersion: () => '0.0.0-test',
      isPackaged: false,
    },
    BrowserWindow: FakeBrowserWindow,
    dialog: { showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })), showSaveDialog: vi.fn(async () => ({ canceled: true, filePath: '' })) },
    ipcMain: { handle: (channel: string, handler: Listener) => void ipcHandlers.set(channel, handler) },
    Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: (template: unknown) => template },
    protocol: {
      registerSchemesAsPrivileged: vi.fn(),
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) => void protocolHandlers.set(scheme, handler),
    },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: Listener) => void permissionHandlers.push(handler),
        setPermissionCheckHandler: (handler: Listener) => void permissionHandlers.push(handler),
      },
    },
    shell: { openExternal: vi.fn(async () => undefined) },
    globalShortcut: {
      register: vi.fn((accelerator: string, callback: () => void) => {
        if (heldElsewhere.has(accelerator)) return false
        shortcuts.set(accelerator, callback)
        return true
      }),
      unregister: vi.fn((accelerator: string) => void shortcuts.delete(accelerator)),
      unregisterAll: vi.fn(() => shortcuts.clear()),
    },
    safeStorage,
    // PDF readers start only when a file is read, which these tests never do
    utilityProcess: { fork: vi.fn(() => { throw new Error('no PDF reader processes in this test') }) },
  }
  return { electron, windows, appEvents, ipcHandlers, protocolHandlers, permissionHandlers, shortcuts, heldElsewhere, safeStorage }
}

/** The stand-in, with two switches a test may turn. */
export interface FakeSafeStorage extends SafeStoragePort {
  available: boolean
  backend: ReturnType<SafeStoragePort['getSelectedStorageBackend']>
}

/**
 * Electron's `safeStorage` as it behaves: a ciphertext that does not contain the text (here
 * the bytes turned by a key, after Chromium's `v10` prefix), a decryption that throws on
 * anything it did not make, and encryption that can be unavailable (`available = false`: a
 * Linux session with no keyring) or fall back to Linux's fixed key (`backend = 'basic_text'`).
 */
export function createFakeSafeStorage(): FakeSafeStorage {
  const prefix = Buffer.from('v10')
  const turn = (bytes: Uint8Array) => Buffer.from(bytes.map((byte, index) => byte ^ (0x5a + index) % 256))
  const storage: FakeSafeStorage = {
    available: true,
    backend: 'gnome_libsecret',
    isEncryptionAvailable: () => storage.available,
    encryptString(text: string): Buffer {
      if (!storage.available) throw new Error('Error while encrypting the text provided to safeStorage.encryptString. Encryption is not available.')
      return Buffer.concat([prefix, turn(Buffer.from(text, 'utf8'))])
    },
    decryptString(encrypted: Buffer): string {
      if (!storage.available) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString. Decryption is not available.')
      if (!encrypted.subarray(0, prefix.length).equals(prefix)) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.')
      return turn(encrypted.subarray(prefix.length)).toString('utf8')
    },
    getSelectedStorageBackend: () => storage.backend,
  }
  return storage
}

export type FakeElectron = ReturnType<typeof createFakeElectron>

import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { CHANNELS, ipcChannelName } from '../../../shared/ipc/contract'
import type { Result } from '../../../shared/ipc/result'
import { INVALID_PAYLOADS } from '../../support/payloads'
import { createFakeElectron, type FakeElectron } from '../../support/fakeElectron'

// The real electron/main/index.ts runs against this stand-in: no Electron binary needed.
const fake: FakeElectron = vi.hoisted(() => ({}) as FakeElectron)
vi.mock('electron', () => fake.electron)

const APP_PAGE = { url: 'app://axisref/index.html', parent: null }

async function invoke(channel: string, payload: unknown, senderFrame: unknown = APP_PAGE): Promise<Result<unknown>> {
  const handler = fake.ipcHandlers.get(channel)
  if (!handler) throw new Error(`${channel} is not registered`)
  return (await handler({ senderFrame }, payload)) as Result<unknown>
}

describe('the Electron main entry', () => {
  beforeAll(async () => {
    Object.assign(fake, createFakeElectron(mkdtempSync(join(tmpdir(), 'axisref-main-'))))
    await import('../../../electron/main/index')
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1))
  })

  it('creates one window with context isolation, the sandbox and no Node', () => {
    const prefs = fake.windows[0]?.options.webPreferences as Record<string, unknown>
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      webviewTag: false,
    })
    expect(String(prefs.preload)).toMatch(/preload[\\/]index\.cjs$/)
    expect(fake.windows[0]?.loadedUrl).toBe('app://axisref/index.html')
    expect(fake.electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ])
  })

  it('registers every channel of the contract, and nothing else', () => {
    expect([...fake.ipcHandlers.keys()].sort()).toEqual(CHANNELS.map(ipcChannelName).sort())
  })

  it('answers the app page through the shared router', async () => {
    expect(await invoke('axisref:getAppInfo', undefined)).toMatchObject({ ok: true, value: { host: 'electron', version: '0.0.0-test' } })
    for (const channel of CHANNELS) {
      for (const payload of INVALID_PAYLOADS[channel]) {
        expect(await invoke(ipcChannelName(channel), payload)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
      }
    }
  })

  it('refuses calls from another origin and from sub-frames', async () => {
    for (const sender of [{ url: 'https://evil.example/', parent: null }, { url: 'app://axisref/index.html', parent: {} }, null]) {
      expect(await invoke('axisref:getLibraryLocation', undefined, sender)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } })
    }
  })

  it('denies navigation and new windows, sending web links to the browser only', () => {
    const contents = fake.windows[0]!.webContents
    expect(contents.fire('will-navigate', 'https://example.org/paper').defaultPrevented).toBe(true)
    expect(contents.fire('will-navigate', 'file:///etc/passwd').defaultPrevented).toBe(true)
    expect(fake.electron.shell.openExternal).toHaveBeenCalledWith('https://example.org/paper')
    expect(fake.electron.shell.openExternal).not.toHaveBeenCalledWith('file:///etc/passwd')
    expect(contents.windowOpenHandler?.({ url: 'https://example.org/' })).toEqual({ action: 'deny' })
    expect(contents.windowOpenHandler?.({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' })
    expect(fake.electron.shell.openExternal).not.toHaveBeenCalledWith('javascript:alert(1)')
    expect(contents.fire('will-attach-webview').defaultPrevented).toBe(true)
    expect(contents.fire('will-redirect', 'https://evil.example/').defaultPrevented).toBe(true)
  })

  it('opens the browser once for one link click (one guard on the window)', () => {
    const contents = fake.windows[0]!.webContents
    const openExternal = fake.electron.shell.openExternal
    openExternal.mockClear()
    contents.fire('will-navigate', 'https://doi.org/10.1000/once')
    expect(openExternal.mock.calls).toEqual([['https://doi.org/10.1000/once']])
    openExternal.mockClear()
    contents.windowOpenHandler?.({ url: 'https://doi.org/10.1000/tab' })
    expect(openExternal.mock.calls).toEqual([['https://doi.org/10.1000/tab']])
  })

  it('denies every permission but writing the clipboard from the app page', () => {
    const [requestHandler, checkHandler] = fake.permissionHandlers
    const page = { requestingUrl: 'app://axisref/index.html', isMainFrame: true }
    const callback = vi.fn()
    requestHandler?.({}, 'media', callback, page)
    requestHandler?.({}, 'clipboard-read', callback, page)
    requestHandler?.({}, 'clipboard-sanitized-write', callback, page)
    expect(callback.mock.calls).toEqual([[false], [false], [true]])
    expect(checkHandler?.({}, 'notifications', 'app://axisref', page)).toBe(false)
    expect(checkHandler?.({}, 'clipboard-sanitized-write', 'app://axisref', page)).toBe(true)
    expect(checkHandler?.({}, 'clipboard-sanitized-write', 'https://evil.example', { requestingUrl: 'https://evil.example/', isMainFrame: true })).toBe(false)
  })

  it('serves the renderer through app:// and refuses paths outside it', async () => {
    const serve = fake.protocolHandlers.get('app')
    const response = await serve!(new Request('app://axisref/%2e%2e/%2e%2e/package.json'))
    expect(response.status).toBe(404)
  })

  it('sets an application menu with Edit, View and Window', () => {
    const [template] = fake.electron.Menu.setApplicationMenu.mock.calls[0] as [{ role?: string; label?: string }[]]
    const names = template.map((item) => item.label ?? item.role)
    expect(names).toEqual(expect.arrayContaining(['File', 'editMenu', 'View', 'windowMenu']))
  })

  it('remembers the window bounds when it closes', async () => {
    fake.windows[0]!.emit('close')
    const settings = await vi.waitFor(async () => {
      const { readFile } = await import('node:fs/promises')
      return JSON.parse(await readFile(join(fake.electron.app.getPath('userData'), 'settings.json'), 'utf8'))
    })
    expect(settings.windowBounds).toMatchObject({ x: 10, y: 20, width: 1000, height: 700 })
  })
})

import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { DEFAULT_PICKER_SHORTCUT } from '../../../electron/main/services/cayw'
import type { Result } from '../../../shared/ipc/result'
import { callCayw, freePort } from '../../support/caywClient'
import { createFakeElectron, type FakeElectron } from '../../support/fakeElectron'

// The real electron/main/index.ts against a stand-in for Electron: the picker window and the global shortcut.
const fake: FakeElectron = vi.hoisted(() => ({}) as FakeElectron)
vi.mock('electron', () => fake.electron)

const APP_PAGE = { url: 'app://axisref/index.html#picker', parent: null }

async function invoke(channel: string, payload?: unknown): Promise<Result<unknown>> {
  const handler = fake.ipcHandlers.get(`axisref:${channel}`)
  if (!handler) throw new Error(`${channel} is not registered`)
  return (await handler({ senderFrame: APP_PAGE }, payload)) as Result<unknown>
}

/** What the `#picker` page does: takes the request, then answers it. */
async function pickInWindow(text: string): Promise<unknown> {
  const shown = await invoke('waitForCiteRequest')
  if (!shown.ok || !shown.value || typeof shown.value !== 'object' || !('id' in shown.value)) throw new Error(`no request: ${JSON.stringify(shown)}`)
  await invoke('answerCiteRequest', { id: shown.value.id, answer: { kind: 'picked', text } })
  return shown.value
}

/** The endpoint's port once the editor test turned it on. */
let editorPort = 0

function pickerWindows() {
  return fake.windows.filter((window) => window.loadedUrl === 'app://axisref/index.html#picker')
}

describe('the picker window and its global shortcut (Electron glue)', () => {
  beforeAll(async () => {
    Object.assign(fake, createFakeElectron(mkdtempSync(join(tmpdir(), 'axisref-picker-'))))
    await import('../../../electron/main/index')
    await vi.waitFor(() => expect(fake.shortcuts.has(DEFAULT_PICKER_SHORTCUT)).toBe(true))
  })

  it('opens the picker at #picker, on top, as locked down as the main window, and closes it after the pick', async () => {
    fake.shortcuts.get(DEFAULT_PICKER_SHORTCUT)?.()
    const [window] = pickerWindows()
    expect(window?.options).toMatchObject({ alwaysOnTop: true, show: false })
    expect(window?.options.webPreferences).toEqual(fake.windows[0]?.options.webPreferences)
    expect(window?.webContents.fire('will-navigate', 'https://evil.example/').defaultPrevented).toBe(true)
    expect(window?.webContents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' })
    // a second press while it is open brings it forward rather than opening another
    fake.shortcuts.get(DEFAULT_PICKER_SHORTCUT)?.()
    expect(pickerWindows()).toHaveLength(1)
    expect(await pickInWindow('(Maes et al., 2008)')).toMatchObject({ source: 'shortcut', format: 'formatted-citation', options: {} })
    expect(window?.isDestroyed()).toBe(true)
  })

  it("opens the picker for an editor's call and gives the editor the pick", async () => {
    const port = (editorPort = await freePort())
    expect(await invoke('setCiteAsYouWrite', { enabled: true, port })).toMatchObject({ ok: true, value: { listening: true, shortcut: { accelerator: DEFAULT_PICKER_SHORTCUT, registered: true } } })
    const answer = callCayw(port, '/better-bibtex/cayw?format=pandoc&brackets=1').answer
    await vi.waitFor(() => expect(pickerWindows().filter((window) => !window.isDestroyed())).toHaveLength(1))
    expect(await pickInWindow('[@maes2008]')).toMatchObject({ source: 'editor', format: 'pandoc', options: { brackets: '1' } })
    expect(await answer).toMatchObject({ status: 200, body: '[@maes2008]' })
    expect(pickerWindows().every((window) => window.isDestroyed())).toBe(true)
  })

  it('minimises the main window after the pick when the editor asks (minimize, as Better BibTeX does)', async () => {
    const minimize = vi.spyOn(fake.windows[0]!, 'minimize')
    const answer = callCayw(editorPort, '/better-bibtex/cayw?format=pandoc&minimize=true').answer
    await vi.waitFor(() => expect(pickerWindows().filter((window) => !window.isDestroyed())).toHaveLength(1))
    await pickInWindow('@maes2008')
    expect((await answer).body).toBe('@maes2008')
    expect(minimize).toHaveBeenCalledTimes(1)
  })

  it('tells the editor "cancelled" (an empty answer) when the user closes the picker window', async () => {
    const answer = callCayw(editorPort, '/better-bibtex/cayw?format=latex').answer
    await vi.waitFor(() => expect(pickerWindows().filter((window) => !window.isDestroyed())).toHaveLength(1))
    pickerWindows().find((window) => !window.isDestroyed())?.close()
    expect(await answer).toMatchObject({ status: 200, body: '' })
  })

  it('moves the shortcut when the user changes it, and says so when another program holds one', async () => {
    const port = await freePort()
    expect(await invoke('setCiteAsYouWrite', { enabled: false, port, shortcut: 'Alt+Shift+F9' })).toMatchObject({ ok: true, value: { shortcut: { accelerator: 'Alt+Shift+F9', registered: true } } })
    expect([...fake.shortcuts.keys()]).toEqual(['Alt+Shift+F9'])
    fake.heldElsewhere.add('CommandOrControl+Shift+K')
    const held = await invoke('setCiteAsYouWrite', { enabled: false, port, shortcut: 'CommandOrControl+Shift+K' })
    expect(held).toMatchObject({ ok: true, value: { shortcut: { registered: false, error: expect.stringMatching(/Another program already uses CommandOrControl\+Shift\+K/) } } })
    expect(await invoke('setCiteAsYouWrite', { enabled: false, port, shortcut: 'K' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
  })

  it('stops the endpoint and lets go of the shortcut on quit', async () => {
    const port = await freePort()
    await invoke('setCiteAsYouWrite', { enabled: true, port, shortcut: DEFAULT_PICKER_SHORTCUT })
    expect((await callCayw(port, '/better-bibtex/cayw?probe=true').answer).body).toBe('ready')
    fake.appEvents.emit('will-quit')
    expect(fake.electron.globalShortcut.unregisterAll).toHaveBeenCalled()
    await vi.waitFor(() => expect(callCayw(port, '/better-bibtex/cayw?probe=true').answer).rejects.toMatchObject({ code: 'ECONNREFUSED' }))
  })
})

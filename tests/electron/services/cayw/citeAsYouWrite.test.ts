import { writeFile } from 'node:fs/promises'
import { connect, createServer, type Server } from 'node:net'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createMainServices, type MainServices } from '../../../../electron/main/services'
import { DEFAULT_PICKER_SHORTCUT, type ShortcutPort } from '../../../../electron/main/services/cayw'
import { createQueuedDialogPort } from '../../../../electron/main/services/queuedDialogPort'
import { callCayw, freePort } from '../../../support/caywClient'
import { makeTempDir } from '../../../support/paths'

let running: MainServices[] = []
let blockers: Server[] = []

afterEach(async () => {
  await Promise.all(running.map((services) => services.close()))
  await Promise.all(blockers.map((server) => new Promise((resolve) => server.close(resolve))))
  running = []
  blockers = []
})

function start(userDataDir: string, shortcuts?: ShortcutPort): MainServices {
  const services = createMainServices({ host: 'cli', userDataDir, appVersion: '1', dialog: createQueuedDialogPort(), shortcuts })
  running.push(services)
  return services
}

/** Whether anything answers a TCP connection on 127.0.0.1:port. */
function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port })
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })
}

/** A shortcut port that records what it was asked and refuses the accelerators another program "holds". */
function fakeShortcuts(held: string[] = []) {
  const applied: string[] = []
  const port: ShortcutPort = {
    apply(accelerator) {
      applied.push(accelerator)
      if (held.includes(accelerator)) return { accelerator, registered: false, error: `Another program already uses ${accelerator}.` }
      return { accelerator, registered: accelerator !== '' }
    },
  }
  return { port, applied }
}

describe('Settings → the editors\' endpoint', () => {
  it('is off by default: nothing listens until the user turns it on', async () => {
    const services = start(await makeTempDir('cayw-off'))
    expect(await services.citeAsYouWrite.start()).toEqual({ enabled: false, port: 23119, listening: false })
    const port = await freePort()
    expect(await services.citeAsYouWrite.set({ enabled: false, port })).toEqual({ enabled: false, port, listening: false })
    expect(await isListening(port)).toBe(false)
  })

  it('turned on, answers editors and relays the pick; moved, listens on the new port only; off, stops', async () => {
    const services = start(await makeTempDir('cayw-on'))
    await services.citeAsYouWrite.start()
    const port = await freePort()
    expect(await services.citeAsYouWrite.set({ enabled: true, port })).toEqual({ enabled: true, port, listening: true })
    expect((await callCayw(port, '/better-bibtex/cayw?probe=true').answer).body).toBe('ready')
    const answer = callCayw(port, '/better-bibtex/cayw?format=pandoc&brackets=1').answer
    const request = await services.picker.wait()
    services.picker.answer(request?.id ?? '', { kind: 'picked', text: '[@maes2008]' })
    expect(await answer).toMatchObject({ status: 200, body: '[@maes2008]' })

    const moved = await freePort()
    expect(await services.citeAsYouWrite.set({ enabled: true, port: moved })).toMatchObject({ port: moved, listening: true })
    expect(await isListening(port)).toBe(false)
    expect((await callCayw(moved, '/better-bibtex/cayw?probe=true').answer).body).toBe('ready')

    expect(await services.citeAsYouWrite.set({ enabled: false, port: moved })).toEqual({ enabled: false, port: moved, listening: false })
    expect(await isListening(moved)).toBe(false)
    expect(await services.citeAsYouWrite.get()).toEqual({ enabled: false, port: moved, listening: false })
  })

  it('says in words that the port is in use, and listens once the user picks a free one', async () => {
    const blocker = createServer()
    blockers.push(blocker)
    const taken = await new Promise<number>((resolve) => blocker.listen(0, '127.0.0.1', () => resolve((blocker.address() as { port: number }).port)))
    const services = start(await makeTempDir('cayw-taken'))
    const status = await services.citeAsYouWrite.set({ enabled: true, port: taken })
    expect(status).toMatchObject({ enabled: true, port: taken, listening: false })
    expect(status.error).toMatch(new RegExp(`^Port ${taken} is in use by another program`))
    const free = await freePort()
    const fixed = await services.citeAsYouWrite.set({ enabled: true, port: free })
    expect(fixed).toEqual({ enabled: true, port: free, listening: true })
  })

  it('is on again after a restart, on the port the user chose', async () => {
    const userDataDir = await makeTempDir('cayw-restart')
    const first = start(userDataDir)
    const port = await freePort()
    await first.citeAsYouWrite.set({ enabled: true, port })
    await first.close()
    expect(await isListening(port)).toBe(false)
    const second = start(userDataDir)
    expect(await second.citeAsYouWrite.start()).toEqual({ enabled: true, port, listening: true })
    expect((await callCayw(port, '/better-bibtex/cayw?probe=1').answer).body).toBe('ready')
  })

  it('does not start, and says why, when the settings file cannot be read', async () => {
    const userDataDir = await makeTempDir('cayw-damaged')
    const port = await freePort()
    await writeFile(join(userDataDir, 'settings.json'), JSON.stringify({ libraryPath: 5, citeAsYouWrite: { enabled: true, port } }))
    const status = await start(userDataDir).citeAsYouWrite.start()
    expect(status).toMatchObject({ enabled: false, listening: false })
    expect(status.error).toMatch(/not started: the settings could not be read \(The settings file .* is damaged/)
    expect(await isListening(port)).toBe(false)
  })

  it('registers the picker shortcut (the desktop app), reports one another program holds, and removes it when turned off or closed', async () => {
    const { port: shortcuts, applied } = fakeShortcuts(['CommandOrControl+Shift+K'])
    const services = start(await makeTempDir('cayw-shortcut'), shortcuts)
    expect((await services.citeAsYouWrite.start()).shortcut).toEqual({ accelerator: DEFAULT_PICKER_SHORTCUT, registered: true })
    const port = await freePort()
    const held = await services.citeAsYouWrite.set({ enabled: false, port, shortcut: 'CommandOrControl+Shift+K' })
    expect(held.shortcut).toEqual({ accelerator: 'CommandOrControl+Shift+K', registered: false, error: 'Another program already uses CommandOrControl+Shift+K.' })
    // a change of the port alone keeps the shortcut the user chose
    expect((await services.citeAsYouWrite.set({ enabled: false, port: port + 1 })).shortcut?.accelerator).toBe('CommandOrControl+Shift+K')
    expect((await services.citeAsYouWrite.set({ enabled: false, port, shortcut: '' })).shortcut).toEqual({ accelerator: '', registered: false })
    await services.citeAsYouWrite.set({ enabled: false, port, shortcut: 'Alt+Shift+F9' })
    await services.close()
    expect(applied).toEqual([DEFAULT_PICKER_SHORTCUT, 'CommandOrControl+Shift+K', 'CommandOrControl+Shift+K', '', 'Alt+Shift+F9', ''])
  })
})

import type { CiteAsYouWriteChange, CiteAsYouWriteStatus } from '../../../../shared/ipc/contract'
import { errorMessage } from '../fileSystem'
import type { MainSettings, SettingsStore } from '../settingsStore'
import type { PickerBroker } from './broker'
import { CaywPortError, DEFAULT_CAYW_PORT, startCaywListener, type CaywListener } from './server'

/**
 * The picker's default global shortcut in the desktop app. Ctrl+Alt is AltGr on Windows, so a
 * letter that types a character with AltGr+Shift somewhere (C is Ć in Polish, ¢ in US
 * International) would be taken from those writers; B types nothing there, and Ctrl+Alt+Shift+R
 * is GNOME's screen recorder.
 */
export const DEFAULT_PICKER_SHORTCUT = 'CommandOrControl+Alt+Shift+B'

/** The picker's global shortcut, which only the desktop app has. */
export interface ShortcutPort {
  /** Registers `accelerator` in place of the previous one ('' only removes it); why it could not, in words. */
  apply(accelerator: string): ShortcutState
}

export type ShortcutState = NonNullable<CiteAsYouWriteStatus['shortcut']>

export interface CiteAsYouWriteService {
  /** Starts the listener if the user turned it on, and the shortcut. Never throws: a failure is the status's `error`. */
  start(): Promise<CiteAsYouWriteStatus>
  /** Errors: IO_ERROR when the settings file cannot be read. */
  get(): Promise<CiteAsYouWriteStatus>
  /** Saves the change, then starts, moves or stops the listener; a port in use is the status's `error`. */
  set(change: CiteAsYouWriteChange): Promise<CiteAsYouWriteStatus>
  /** Stops the listener (an editor still waiting is hung up on) and removes the shortcut. */
  close(): Promise<void>
}

type Wanted = NonNullable<MainSettings['citeAsYouWrite']>

const OFF: Wanted = { enabled: false, port: DEFAULT_CAYW_PORT }

/**
 * "Cite while writing" in Settings: the editors' endpoint, off by default, and (desktop app)
 * the picker's global shortcut. Changes run one at a time, so a quick off-on-off ends off.
 */
export function createCiteAsYouWriteService(deps: { settings: SettingsStore; picker: PickerBroker; shortcuts?: ShortcutPort }): CiteAsYouWriteService {
  let listener: CaywListener | undefined
  let listenError: string | undefined
  let shortcut: ShortcutState | undefined
  let closed = false
  let queue: Promise<unknown> = Promise.resolve()

  const wanted = async (): Promise<Wanted> => (await deps.settings.read()).citeAsYouWrite ?? OFF

  function serially<T>(run: () => Promise<T>): Promise<T> {
    const next = queue.then(run)
    queue = Promise.allSettled([next])
    return next
  }

  function applyShortcut(accelerator: string): void {
    if (!deps.shortcuts || (shortcut?.accelerator === accelerator && shortcut.registered)) return
    shortcut = deps.shortcuts.apply(accelerator)
  }

  async function applyListener(want: Wanted): Promise<void> {
    if (listener && (!want.enabled || listener.port !== want.port || closed)) {
      await listener.close()
      listener = undefined
    }
    listenError = undefined
    if (!want.enabled || listener || closed) return
    try {
      listener = await startCaywListener({ picker: deps.picker, port: want.port })
    } catch (error) {
      if (!(error instanceof CaywPortError)) throw error
      listenError = error.message
    }
  }

  function status(want: Wanted): CiteAsYouWriteStatus {
    return {
      enabled: want.enabled,
      port: want.port,
      listening: listener !== undefined,
      ...(listenError ? { error: listenError } : {}),
      ...(shortcut ? { shortcut } : {}),
    }
  }

  async function apply(want: Wanted): Promise<CiteAsYouWriteStatus> {
    if (!closed) applyShortcut(want.shortcut ?? DEFAULT_PICKER_SHORTCUT)
    await applyListener(want)
    return status(want)
  }

  return {
    start: () =>
      serially(async () => {
        let want: Wanted
        try {
          want = await wanted()
        } catch (error) {
          listenError = `The editors' endpoint was not started: the settings could not be read (${errorMessage(error)}).`
          return status(OFF)
        }
        return apply(want)
      }),
    get: async () => status(await wanted()),
    set: (change) =>
      serially(async () => {
        const current = await wanted()
        const next: Wanted = { enabled: change.enabled, port: change.port, ...withShortcut(change.shortcut ?? current.shortcut) }
        await deps.settings.update({ citeAsYouWrite: next })
        return apply(next)
      }),
    close: () =>
      serially(async () => {
        closed = true
        await listener?.close()
        listener = undefined
        if (shortcut?.accelerator) shortcut = deps.shortcuts?.apply('')
      }),
  }
}

function withShortcut(accelerator: string | undefined): { shortcut?: string } {
  return accelerator === undefined ? {} : { shortcut: accelerator }
}

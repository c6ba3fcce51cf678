import { randomUUID } from 'node:crypto'
import type { MainSettings, SettingsStore } from '../settingsStore'

/** The sync part of main's settings.json: the device id (made once) and the library's connection. */
export type SyncSettings = NonNullable<MainSettings['sync']>
export type KeptConnection = NonNullable<SyncSettings['connection']>

export interface SyncSettingsStore {
  /** The settings, the device id made (and kept) on first use. */
  read(): Promise<SyncSettings>
  /** The kept connection, writing nothing (the app's start must not write settings.json for a library that is not synced). */
  connection(): Promise<KeptConnection | undefined>
  /** Keeps the connection (undefined: none); the device id stays. */
  setConnection(connection: KeptConnection | undefined): Promise<SyncSettings>
}

export function createSyncSettings(settings: SettingsStore): SyncSettingsStore {
  let queue: Promise<unknown> = Promise.resolve()
  const serially = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work)
    queue = Promise.allSettled([run])
    return run
  }

  async function ensure(): Promise<SyncSettings> {
    const kept = (await settings.read()).sync
    if (kept) return kept
    const made: SyncSettings = { deviceId: randomUUID() }
    await settings.update({ sync: made })
    return made
  }

  return {
    read: () => serially(ensure),
    connection: async () => (await settings.read()).sync?.connection,
    setConnection: (connection) =>
      serially(async () => {
        const { deviceId } = await ensure()
        const next: SyncSettings = { deviceId, ...(connection ? { connection } : {}) }
        await settings.update({ sync: next })
        return next
      }),
  }
}

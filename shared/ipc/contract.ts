import { z } from 'zod'
import type { Channel } from './channels'

/**
 * The one IPC contract. Every channel has an input schema that is checked at run time by
 * every host before a service sees the payload, and an output schema that types the
 * answer. `window.api` (preload), the Electron handlers, the browser host and the
 * renderer's client are all derived from this object; nothing repeats a channel by hand.
 */

const noInput = z.undefined()

const hostKind = z.enum(['electron', 'browser', 'cli'])

const libraryLocation = z.object({
  /** Absolute path of the library folder (PDF store, snapshots). */
  path: z.string(),
  /** True while the user has not chosen a folder of their own. */
  isDefault: z.boolean(),
})

const pickedFile = z.object({
  path: z.string(),
  name: z.string(),
  size: z.number().int().nonnegative(),
})

export const contract = {
  /** Name, version and host of the running app. Never fails. */
  getAppInfo: {
    input: noInput,
    output: z.object({
      name: z.string(),
      version: z.string(),
      host: hostKind,
      platform: z.string(),
      versions: z.record(z.string(), z.string()),
    }),
  },

  /**
   * Shows the system's open dialog for files to import. The chosen paths are granted to
   * this session: later channels accept a path only if it is inside the library folder
   * or was granted here. Errors: UNAVAILABLE where the host has no dialog.
   */
  openFileDialog: {
    input: z
      .object({
        purpose: z.enum(['pdf', 'bibliography', 'any']),
        multiple: z.boolean().optional(),
      })
      .strict(),
    output: z.object({
      canceled: z.boolean(),
      files: z.array(pickedFile),
    }),
  },

  /** Where the library folder is. Errors: IO_ERROR if the settings file is unreadable. */
  getLibraryLocation: {
    input: noInput,
    output: libraryLocation,
  },

  /**
   * Lets the user choose another library folder in a folder dialog (never a path from the
   * renderer). The folder must be writable. Errors: UNAVAILABLE, IO_ERROR.
   */
  chooseLibraryLocation: {
    input: noInput,
    output: z.object({ canceled: z.boolean(), location: libraryLocation }),
  },

  /** Goes back to the default library folder under the app's data folder. */
  resetLibraryLocation: {
    input: noInput,
    output: libraryLocation,
  },
} as const satisfies Record<Channel, { input: z.ZodType; output: z.ZodType }>

export type Contract = typeof contract
export { CHANNELS, ipcChannelName, isChannel, type Channel } from './channels'
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>

export type LibraryLocation = z.output<typeof libraryLocation>
export type PickedFile = z.output<typeof pickedFile>
export type HostKind = z.output<typeof hostKind>

import { AppError } from '../../../shared/ipc/result'

/**
 * What the system shell does with a file: Electron passes its `shell` (the signatures
 * match); hosts without one (the browser host, the CLI) pass the unavailable port.
 */
export interface ShellPort {
  /** Opens the file in its default app; resolves to '' or the reason it could not. */
  openPath(path: string): Promise<string>
  showItemInFolder(path: string): void
  /** Moves the file to the system's trash (Electron's `shell.trashItem`); absent where there is none. */
  trashItem?(path: string): Promise<void>
}

/** The ShellPort of a host that cannot reach the desktop: every call fails with UNAVAILABLE. */
export function createUnavailableShellPort(): ShellPort {
  const unavailable = () =>
    new AppError('UNAVAILABLE', 'This window runs in a browser, which cannot open files on your computer. Use the desktop app, or Save a copy… and open that.')
  return {
    openPath: async () => {
      throw unavailable()
    },
    showItemInFolder: () => {
      throw unavailable()
    },
  }
}

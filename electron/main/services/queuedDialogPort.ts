import { AppError } from '../../../shared/ipc/result'
import type { DialogPort } from './dialogPort'

/**
 * The DialogPort of hosts without native dialogs (the browser host, the CLI). Answers
 * come from a queue that a test or a command-line flag fills; with an empty queue the
 * call fails with UNAVAILABLE and says what to do instead.
 */
export interface QueuedDialogPort extends DialogPort {
  /** The next open-files dialog answers these paths (`null`: the user cancels). */
  answerOpenFiles(paths: string[] | null): void
  /** The next folder dialog answers this folder (`null`: the user cancels). */
  answerChooseFolder(folder: string | null): void
  /** The next save dialog answers this path (`null`: the user cancels). */
  answerSaveFile(path: string | null): void
}

export function createQueuedDialogPort(): QueuedDialogPort {
  const files: (string[] | null)[] = []
  const folders: (string | null)[] = []
  const saves: (string | null)[] = []
  const unavailable = (what: string) =>
    new AppError('UNAVAILABLE', `This window has no native ${what} dialog (it runs in a browser, not in the desktop app). Use the desktop app, or drop files onto the window.`)
  return {
    answerOpenFiles: (paths) => void files.push(paths),
    answerChooseFolder: (folder) => void folders.push(folder),
    answerSaveFile: (path) => void saves.push(path),
    openFiles: async () => {
      if (files.length === 0) throw unavailable('file')
      return files.shift() ?? null
    },
    chooseFolder: async () => {
      if (folders.length === 0) throw unavailable('folder')
      return folders.shift() ?? null
    },
    saveFile: async () => {
      if (saves.length === 0) throw unavailable('save')
      return saves.shift() ?? null
    },
  }
}

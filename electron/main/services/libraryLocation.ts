import { constants } from 'node:fs'
import type { LibraryLocation, LibraryMoveStatus } from '../../../shared/ipc/contract'
import { AppError } from '../../../shared/ipc/result'
import type { DialogPort } from './dialogPort'
import { errorCode, type FileSystem } from './fileSystem'
import { copyLibraryFiles, hasMoveJournal, removeMovedOriginals, type MoveProgress } from './libraryMove'
import { isInside } from './pathGrants'
import { DamagedSettingsError, type MainSettings, type SettingsStore } from './settingsStore'

export interface LibraryLocationService {
  get(): Promise<LibraryLocation>
  /** The folder dialog, then a move of the library's files there; answers when the move is done. */
  choose(): Promise<{ canceled: boolean; location: LibraryLocation }>
  /** Moves the library back to the default folder; answers when the move is done. */
  reset(): Promise<LibraryLocation>
  moveStatus(): Promise<LibraryMoveStatus>
  /** Continues an interrupted move (answers when it is done), or says there is none. */
  resumeMove(): Promise<LibraryMoveStatus>
  /**
   * At start: continues a move a crash cut short, or finishes removing the originals of one
   * that had switched folders. Answers when done; the caller need not wait.
   */
  resumeAtStart(): Promise<LibraryMoveStatus>
}

interface LibraryLocationDeps {
  fs: FileSystem
  settings: SettingsStore
  dialog: DialogPort
  /** Where the library lives until the user picks another folder (under userData). */
  defaultPath: string
}

type PendingMove = NonNullable<MainSettings['libraryMove']>

/**
 * Where the library folder is, and changing it through a dialog only. Changing it moves the
 * library's files: each is copied, verified by SHA-256 and noted in a journal in the new
 * folder; the setting switches only when every file is verified, and only then are the
 * originals removed. A move cut short resumes from the journal (at start, or when asked).
 */
export function createLibraryLocationService(deps: LibraryLocationDeps): LibraryLocationService {
  const { fs, settings, dialog, defaultPath } = deps
  let running: { move: PendingMove; progress: MoveProgress; done: Promise<LibraryMoveStatus> } | undefined
  let last: { move: PendingMove; progress: MoveProgress; message?: string; failed: boolean } | undefined

  async function get(): Promise<LibraryLocation> {
    const { libraryPath } = await settings.read()
    return libraryPath ? { path: libraryPath, isDefault: false } : { path: defaultPath, isDefault: true }
  }

  function runMove(move: PendingMove): Promise<LibraryMoveStatus> {
    const progress: MoveProgress = { done: 0, total: 0 }
    const done = (async (): Promise<LibraryMoveStatus> => {
      try {
        await copyLibraryFiles({ fs, from: move.from, to: move.to, onProgress: (next) => Object.assign(progress, next) })
        await settings.update({ libraryPath: move.toDefault ? undefined : move.to, libraryMove: undefined })
        const left = await removeMovedOriginals(fs, move.to)
        const message = left.length > 0 ? `The library now lives in ${move.to}, but ${left.length} file(s) could not be removed from the old folder: ${left.slice(0, 5).join('; ')}${left.length > 5 ? '; …' : ''}. Remove them yourself.` : undefined
        last = { move, progress, failed: false, ...(message ? { message } : {}) }
        return statusOf(last)
      } catch (error) {
        last = { move, progress, failed: true, message: `${error instanceof Error ? error.message : String(error)} The library stays in ${move.from} until the move is finished.` }
        throw error
      } finally {
        running = undefined
      }
    })()
    running = { move, progress, done }
    return done
  }

  async function moveTo(target: LibraryLocation): Promise<void> {
    if (running) throw new AppError('UNAVAILABLE', `The library folder is being moved to ${running.move.to} (${running.progress.done} of ${running.progress.total} files); wait until it is done.`)
    const current = await get()
    if (current.path === target.path) return
    if (isInside(target.path, current.path) || isInside(current.path, target.path)) {
      throw new AppError('INVALID_INPUT', `${target.path} and the library folder ${current.path} lie one inside the other. Choose a folder outside the library folder.`)
    }
    await assertWritableFolder(fs, target.path)
    const move = { from: current.path, to: target.path, toDefault: target.isDefault }
    await settings.update({ libraryMove: move })
    await runMove(move)
  }

  async function choose(): Promise<{ canceled: boolean; location: LibraryLocation }> {
    const current = await currentUnlessDamaged()
    const folder = await dialog.chooseFolder({ title: 'Choose the AxisRef library folder', ...(current ? { defaultPath: current.path } : {}) })
    if (folder === null) return { canceled: true, location: current ?? (await get()) }
    if (current) await moveTo({ path: folder, isDefault: false })
    else {
      // the settings file lost the library folder: the user names it again, nothing to move
      await assertWritableFolder(fs, folder)
      await settings.update({ libraryPath: folder })
    }
    return { canceled: false, location: await get() }
  }

  async function currentUnlessDamaged(): Promise<LibraryLocation | undefined> {
    try {
      return await get()
    } catch (error) {
      if (error instanceof DamagedSettingsError) return undefined
      throw error
    }
  }

  async function moveStatus(): Promise<LibraryMoveStatus> {
    if (running) return { state: 'moving', from: running.move.from, to: running.move.to, ...running.progress }
    const pending = (await settings.read()).libraryMove
    if (pending) {
      const message = last?.failed ? last.message : `Moving the library to ${pending.to} was interrupted; continue it in Settings. Nothing was deleted.`
      return { state: 'interrupted', from: pending.from, to: pending.to, done: last?.progress.done ?? 0, total: last?.progress.total ?? 0, ...(message ? { message } : {}) }
    }
    return last ? statusOf(last) : { state: 'idle', done: 0, total: 0 }
  }

  async function resumeMove(): Promise<LibraryMoveStatus> {
    if (running) return running.done
    const pending = (await settings.read()).libraryMove
    return pending ? runMove(pending) : moveStatus()
  }

  async function resumeAtStart(): Promise<LibraryMoveStatus> {
    if ((await settings.read()).libraryMove) return resumeMove()
    const { path } = await get()
    // a crash after the switch and before the old files were removed
    if (await hasMoveJournal(fs, path)) {
      const left = await removeMovedOriginals(fs, path)
      if (left.length > 0) throw new AppError('IO_ERROR', `These files of the library's old folder could not be removed: ${left.slice(0, 5).join('; ')}. Remove them yourself.`)
    }
    return moveStatus()
  }

  return {
    get,
    choose,
    reset: async () => {
      await moveTo({ path: defaultPath, isDefault: true })
      return get()
    },
    moveStatus,
    resumeMove,
    resumeAtStart,
  }
}

function statusOf(move: { move: PendingMove; progress: MoveProgress; message?: string }): LibraryMoveStatus {
  return { state: 'done', from: move.move.from, to: move.move.to, ...move.progress, ...(move.message ? { message: move.message } : {}) }
}

async function assertWritableFolder(fs: FileSystem, folder: string): Promise<void> {
  try {
    await fs.mkdir(folder, { recursive: true })
    await fs.access(folder, constants.W_OK)
  } catch (error) {
    throw new AppError(
      'IO_ERROR',
      `AxisRef cannot write to ${folder} (${errorCode(error) ?? 'error'}). Choose a folder you can write to.`,
    )
  }
}

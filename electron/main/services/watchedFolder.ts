import { join, relative } from 'node:path'
import { AppError } from '../../../shared/ipc/result'
import type { DialogPort } from './dialogPort'
import { writeFileAtomic } from './atomicWrite'
import { errorCode, errorMessage, isNotFound, type FileSystem } from './fileSystem'
import type { PathGrants } from './pathGrants'
import type { SettingsStore } from './settingsStore'

const MAX_DEPTH = 8
const MAX_FILES_PER_SCAN = 5000

export interface WatchedFolderService {
  get(): Promise<{ path: string | null }>
  choose(): Promise<{ path: string | null }>
  stop(): Promise<{ path: string | null }>
  /**
   * PDFs not yet imported, granted for storePdfFile. A file is offered once a session; it is
   * remembered for good only when {@link WatchedFolderService.confirmImported} says its paper
   * is written, so an import cut short (a crash, a closed window) is offered again next start.
   */
  scan(): Promise<{ paths: string[] }>
  /**
   * Remembers offered files whose papers are in the library; resolves to how many. Errors:
   * PATH_NOT_ALLOWED (nothing noted) for a path not offered this session.
   */
  confirmImported(paths: readonly string[]): Promise<{ confirmed: number }>
}

interface WatchedFolderDeps {
  fs: FileSystem
  settings: SettingsStore
  dialog: DialogPort
  grants: PathGrants
  /** The JSON file that remembers which files were offered (survives restarts). */
  ledgerFile: string
}

/**
 * The watched folder: the user picks it in a dialog; the renderer asks for new PDFs now
 * and then. Files are remembered by path, size and modification time once imported, so a
 * file is imported once even across restarts, and a file replaced by a new version is
 * offered again.
 */
export function createWatchedFolderService(deps: WatchedFolderDeps): WatchedFolderService {
  const { fs, settings, dialog, grants } = deps
  /** Offered this session and not yet confirmed: path → where the ledger will keep it. */
  const offered = new Map<string, { key: string; stamp: string }>()
  let ledgerWrites: Promise<unknown> = Promise.resolve()

  async function get() {
    return { path: (await settings.read()).watchedFolder ?? null }
  }

  async function choose() {
    const folder = await dialog.chooseFolder({ title: 'Choose a folder to watch for new PDFs' })
    if (folder === null) return get()
    try {
      if (!(await fs.stat(folder)).isDirectory()) throw new Error('not a folder')
    } catch {
      throw new AppError('NOT_FOUND', `${folder} is not a folder AxisRef can read. Choose another folder.`)
    }
    await settings.update({ watchedFolder: folder })
    return { path: folder }
  }

  async function stop() {
    await settings.update({ watchedFolder: undefined })
    return { path: null }
  }

  async function scan() {
    const folder = (await settings.read()).watchedFolder
    if (!folder) return { paths: [] }
    const ledger = await readLedger(fs, deps.ledgerFile)
    const found: { path: string; stamp: string }[] = []
    await walk(fs, folder, 0, found)
    const fresh = found.filter(({ path, stamp }) => ledger[relative(folder, path)] !== stamp && offered.get(path)?.stamp !== stamp)
    for (const { path, stamp } of fresh) offered.set(path, { key: relative(folder, path), stamp })
    const paths = fresh.map(({ path }) => path)
    grants.grant(paths)
    return { paths }
  }

  function confirmImported(paths: readonly string[]): Promise<{ confirmed: number }> {
    // one ledger write at a time, so two confirmations never overwrite each other
    const run = ledgerWrites.then(async () => {
      const stranger = paths.find((path) => !offered.has(path))
      if (stranger !== undefined) {
        throw new AppError('PATH_NOT_ALLOWED', `${stranger.slice(0, 300)} was not offered from the watched folder in this session; nothing was noted.`)
      }
      const known = paths.flatMap((path) => {
        const entry = offered.get(path)
        return entry ? [{ path, ...entry }] : []
      })
      if (known.length === 0) return { confirmed: 0 }
      const ledger = await readLedger(fs, deps.ledgerFile)
      for (const { key, stamp } of known) ledger[key] = stamp
      await writeFileAtomic(fs, deps.ledgerFile, JSON.stringify(ledger))
      for (const { path } of known) offered.delete(path)
      return { confirmed: known.length }
    })
    ledgerWrites = Promise.allSettled([run])
    return run
  }

  return { get, choose, stop, scan, confirmImported }
}

async function walk(fs: FileSystem, folder: string, depth: number, into: { path: string; stamp: string }[]): Promise<void> {
  if (depth > MAX_DEPTH || into.length >= MAX_FILES_PER_SCAN) return
  let entries
  try {
    entries = await fs.readdir(folder, { withFileTypes: true })
  } catch (error) {
    if (isNotFound(error) && depth === 0) throw new AppError('NOT_FOUND', `The watched folder ${folder} is gone. Choose it again in Settings.`)
    return
  }
  for (const entry of entries) {
    const path = join(folder, entry.name)
    if (entry.isDirectory() && !entry.name.startsWith('.')) await walk(fs, path, depth + 1, into)
    else if (entry.isFile() && /\.pdf$/i.test(entry.name)) {
      const stat = await fs.stat(path)
      into.push({ path, stamp: `${stat.size}:${Math.round(stat.mtimeMs)}` })
    }
  }
}

async function readLedger(fs: FileSystem, file: string): Promise<Record<string, string>> {
  let text: string
  try {
    text = await fs.readFile(file, 'utf8')
  } catch (error) {
    if (isNotFound(error)) return {}
    throw new AppError('IO_ERROR', `The watched folder's list of imported files (${file}) could not be read (${errorCode(error) ?? errorMessage(error)}); nothing was offered. Check the data folder's permissions.`)
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    // the next confirmation writes a whole new list; meanwhile files already imported are
    // offered again and recognised by their content, so nothing is imported twice
    console.warn(`[watched folder] ${file} is not valid JSON; files already imported will be offered again and recognised as already in the library.`)
    return {}
  }
  if (!parsed || typeof parsed !== 'object') return {}
  // only path → stamp entries can match a file; anything else in a hand-edited ledger is dropped
  return Object.fromEntries(Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === 'string'))
}

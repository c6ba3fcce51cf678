import { join } from 'node:path'
import { parseSnapshot, type Snapshot } from '../../../../shared/backup/snapshot'
import { AppError } from '../../../../shared/ipc/result'
import { writeFileAtomic } from '../atomicWrite'
import { errorCode, isNotFound, realFileSystem, type FileSystem } from '../fileSystem'
import { parseSnapshotBytes } from './snapshotJobs'

/**
 * Snapshots on disk: `<library>/snapshots/snapshot-<ISO time>.json`, written atomically,
 * the newest `keep` kept plus the newest of each of the last `keepDays` days, so a burst of
 * edits after a mistake cannot push every snapshot from before it out of reach. The time in
 * the name has `-` for `:` (Windows forbids colons in file names); names sort by time.
 */

export const SNAPSHOT_DIR = 'snapshots'
const SNAPSHOT_NAME = /^snapshot-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2}(?:\.\d{3})?)Z\.json$/

export interface SnapshotOptions {
  fs?: FileSystem
  clock?: () => number
  /** How many of the newest snapshots to keep (default 10). */
  keep?: number
  /** Also keep the newest snapshot of each of this many most recent days (default 7). */
  keepDays?: number
}

export interface SnapshotFile {
  name: string
  path: string
  /** When it was written (from its name), ms since the epoch. */
  writtenAt: number
}

export function snapshotFileName(time: number): string {
  return `snapshot-${new Date(time).toISOString().replace(/:/g, '-')}.json`
}

/**
 * Validates the snapshot and writes it atomically (a crash leaves the old files and no half
 * file), then prunes old ones. Resolves to the new file's path and the files removed.
 * Errors: INVALID_INPUT for a value that is not a snapshot (nothing is written), IO_ERROR.
 */
export async function writeSnapshot(libraryRoot: string, snapshot: unknown, options: SnapshotOptions = {}): Promise<{ path: string; removed: string[] }> {
  const parsed = parseSnapshot(snapshot)
  if (!parsed.ok) throw new AppError('INVALID_INPUT', parsed.message)
  return writeSnapshotBytes(libraryRoot, new TextEncoder().encode(JSON.stringify(parsed.snapshot)), options)
}

/**
 * Writes a snapshot already validated and serialised (on the snapshot thread: `snapshotThread.ts`)
 * atomically, then prunes old ones. Errors: IO_ERROR.
 */
export async function writeSnapshotBytes(libraryRoot: string, bytes: Uint8Array, options: SnapshotOptions = {}): Promise<{ path: string; removed: string[] }> {
  const fs = options.fs ?? realFileSystem
  const taken = new Set((await listSnapshots(libraryRoot, { fs })).map((file) => file.name))
  let time = (options.clock ?? Date.now)()
  // Two snapshots in one millisecond must not overwrite each other.
  while (taken.has(snapshotFileName(time))) time += 1
  const path = join(libraryRoot, SNAPSHOT_DIR, snapshotFileName(time))
  try {
    await writeFileAtomic(fs, path, bytes)
  } catch (error) {
    throw new AppError('IO_ERROR', `The snapshot could not be written to ${path} (${errorCode(error) ?? 'error'}).`)
  }
  return { path, removed: await pruneSnapshots(libraryRoot, options) }
}

/** The snapshot files, newest first; other files in the folder are ignored. */
export async function listSnapshots(libraryRoot: string, options: Pick<SnapshotOptions, 'fs'> = {}): Promise<SnapshotFile[]> {
  const fs = options.fs ?? realFileSystem
  const dir = join(libraryRoot, SNAPSHOT_DIR)
  let names: string[]
  try {
    names = await fs.readdir(dir)
  } catch (error) {
    if (isNotFound(error)) return []
    throw new AppError('IO_ERROR', `The snapshots folder ${dir} could not be read (${errorCode(error) ?? 'error'}).`)
  }
  return names
    .flatMap((name) => {
      const match = SNAPSHOT_NAME.exec(name)
      const writtenAt = match ? Date.parse(`${match[1]}T${match[2]}:${match[3]}:${match[4]}Z`) : Number.NaN
      return Number.isNaN(writtenAt) ? [] : [{ name, path: join(dir, name), writtenAt }]
    })
    .sort((a, b) => b.writtenAt - a.writtenAt || (a.name < b.name ? 1 : -1))
}

/** Reads a stored snapshot's bytes (`name` is the file, for messages): in-thread by default, the app passes its snapshot thread. */
export type ParseSnapshotFile = (bytes: Uint8Array, name: string) => Promise<{ ok: true; snapshot: Snapshot } | { ok: false; message: string }>

const parseInThread: ParseSnapshotFile = async (bytes, name) => parseSnapshotBytes(bytes, name)

/**
 * The newest snapshot that reads and validates. A damaged newer one is skipped, not fatal,
 * and listed in `skipped` with the reason in words naming the file, so the app can say so.
 * Undefined when there is none.
 */
export async function latestSnapshot(
  libraryRoot: string,
  options: Pick<SnapshotOptions, 'fs'> & { parse?: ParseSnapshotFile } = {},
): Promise<{ path: string; writtenAt: number; snapshot: Snapshot; skipped: Array<{ path: string; reason: string }> } | undefined> {
  const fs = options.fs ?? realFileSystem
  const parse = options.parse ?? parseInThread
  const skipped: Array<{ path: string; reason: string }> = []
  for (const file of await listSnapshots(libraryRoot, { fs })) {
    let bytes: Uint8Array
    try {
      bytes = await fs.readFile(file.path)
    } catch (error) {
      skipped.push({ path: file.path, reason: `${file.name} could not be read (${errorCode(error) ?? 'error'}).` })
      continue
    }
    const parsed = await parse(bytes, file.name)
    if (parsed.ok) return { path: file.path, writtenAt: file.writtenAt, snapshot: parsed.snapshot, skipped }
    skipped.push({ path: file.path, reason: parsed.message })
  }
  return undefined
}

/**
 * Removes snapshots beyond the retention rule (see the module comment); files that are not
 * snapshots are never touched. Resolves to the paths removed.
 */
export async function pruneSnapshots(libraryRoot: string, options: SnapshotOptions = {}): Promise<string[]> {
  const fs = options.fs ?? realFileSystem
  const files = await listSnapshots(libraryRoot, { fs })
  const kept = new Set(files.slice(0, Math.max(1, options.keep ?? 10)).map((file) => file.name))
  const days = new Set<string>()
  for (const file of files) {
    const day = new Date(file.writtenAt).toISOString().slice(0, 10)
    if (days.size >= (options.keepDays ?? 7) && !days.has(day)) break
    if (!days.has(day)) kept.add(file.name)
    days.add(day)
  }
  const removed: string[] = []
  for (const file of files.filter((candidate) => !kept.has(candidate.name))) {
    await fs.rm(file.path, { force: true })
    removed.push(file.path)
  }
  return removed
}

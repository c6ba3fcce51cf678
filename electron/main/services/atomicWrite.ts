import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import type { FileHandle } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { errorCode, isNotFound, type FileSystem } from './fileSystem'

/**
 * Atomic writes, one way for every file AxisRef replaces (PDF store, settings, snapshots,
 * exports): a temporary sibling is filled, flushed, renamed over the target, and the folder
 * is flushed so the rename itself survives a power cut. A temp name carries the writer's
 * process id, so a later start can tell a copy still being written from one a crash left.
 */

/** `.<name>.<pid>-<12 hex>.tmp`: hidden, beside its target, owned by process `pid`. */
const OWNED_TEMP = /^\..+\.(\d+)-[0-9a-f]{12}\.tmp$/

export function tempPathBeside(target: string, pid: number = process.pid): string {
  return join(dirname(target), `.${basename(target)}.${pid}-${randomBytes(6).toString('hex')}.tmp`)
}

/** The process that writes this temp file, or undefined for a name not made by {@link tempPathBeside}. */
export function tempFileOwner(name: string): number | undefined {
  const pid = OWNED_TEMP.exec(name)?.[1]
  return pid === undefined ? undefined : Number(pid)
}

/** True while a process with this id runs (one of another user counts: it answers EPERM). */
export function isProcessAlive(pid: number): boolean {
  if (pid === process.pid) return true
  try {
    process.kill(pid, 0)
  } catch (error) {
    return errorCode(error) === 'EPERM'
  }
  return !isZombie(pid)
}

/**
 * A killed process stays in the process table until its parent collects it, and still answers
 * a signal check; on Linux its state says it is dead (Z). Elsewhere there is no cheap way to ask.
 */
function isZombie(pid: number): boolean {
  if (process.platform !== 'linux') return false
  let stat: string
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'latin1')
  } catch (error) {
    // gone between the two looks: not alive; any other failure: assume it runs (keep its files)
    return isNotFound(error)
  }
  // "<pid> (<name>) <state> …": the name may hold spaces and parentheses, so read after the last ')'
  return /^\s*[ZX]/.test(stat.slice(stat.lastIndexOf(')') + 1))
}

/**
 * Flushes a folder's entries (a rename in it) to disk. Windows cannot open a folder as a
 * file, and NTFS journals renames itself, so there is nothing to do there.
 */
export async function syncFolder(fs: FileSystem, dir: string): Promise<void> {
  if (process.platform === 'win32') return
  const handle = await fs.open(dir, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

export interface AtomicWriteOptions {
  /** Permission bits for the new file (those of the file it replaces, say). */
  mode?: number
}

/**
 * Fills a temp file beside `target` with `fill`, flushes it, renames it over `target` and
 * flushes the folder. On any failure (a full disk, a failed check in `fill`) the temp file
 * is removed and the old `target` is left as it was; the error is rethrown.
 */
export async function writeAtomic(fs: FileSystem, target: string, fill: (output: FileHandle) => Promise<unknown>, options: AtomicWriteOptions = {}): Promise<void> {
  const dir = dirname(target)
  await fs.mkdir(dir, { recursive: true })
  const temp = tempPathBeside(target)
  try {
    const output = await fs.open(temp, 'wx')
    try {
      await fill(output)
      if (options.mode !== undefined) await output.chmod(options.mode)
      await output.sync()
    } catch (error) {
      throw await closedAfterFailure(output, error)
    }
    await output.close()
    await fs.rename(temp, target)
  } catch (error) {
    await fs.rm(temp, { force: true })
    throw error
  }
  await syncFolder(fs, dir)
}

/**
 * Closes a file whose write failed. The write's error is the one to tell; a close that fails
 * too (often the same full disk) goes with it as its cause, never in its place.
 */
async function closedAfterFailure(output: FileHandle, error: unknown): Promise<unknown> {
  try {
    await output.close()
  } catch (closeError) {
    if (!(error instanceof Error)) return new AggregateError([error, closeError], 'the write failed, then closing the file failed')
    error.cause ??= closeError
  }
  return error
}

/**
 * Replaces a file's content atomically. A symbolic link is written through (its target is
 * replaced, the link stays, so a LaTeX project's linked .bib keeps being the one updated),
 * and the file keeps its permission bits.
 */
export async function writeFileAtomic(fs: FileSystem, path: string, data: string | Uint8Array): Promise<void> {
  const target = await followLinks(fs, path)
  const mode = await modeOf(fs, target)
  await writeAtomic(fs, target, (output) => output.writeFile(data), mode === undefined ? {} : { mode })
}

/** Where a write to `path` really lands: the file a link points to, or `path` if nothing is there yet. */
async function followLinks(fs: FileSystem, path: string): Promise<string> {
  try {
    return await fs.realpath(path)
  } catch (error) {
    if (isNotFound(error)) return path
    throw error
  }
}

async function modeOf(fs: FileSystem, path: string): Promise<number | undefined> {
  try {
    return (await fs.stat(path)).mode & 0o7777
  } catch (error) {
    if (isNotFound(error)) return undefined
    throw error
  }
}

/**
 * Removes, in `dir`, temp files whose writing process is gone, whatever their age; a temp
 * file of a running process is kept. Names in the older form (no process id) are removed
 * only when `legacyBefore` is given and they were last written before it. Only files whose
 * names AxisRef makes are looked at. Resolves to how many were removed.
 */
export async function removeAbandonedTempFiles(
  fs: FileSystem,
  dir: string,
  options: { isAlive?: (pid: number) => boolean; legacy?: RegExp; legacyBefore?: number } = {},
): Promise<number> {
  const isAlive = options.isAlive ?? isProcessAlive
  let removed = 0
  for (const name of await listOrEmpty(fs, dir)) {
    const owner = tempFileOwner(name)
    if (owner === undefined ? !(await isOldLegacy(fs, join(dir, name), name, options)) : isAlive(owner)) continue
    await fs.rm(join(dir, name), { force: true })
    removed += 1
  }
  return removed
}

async function isOldLegacy(fs: FileSystem, path: string, name: string, options: { legacy?: RegExp; legacyBefore?: number }): Promise<boolean> {
  if (!options.legacy?.test(name) || options.legacyBefore === undefined) return false
  try {
    const stats = await fs.stat(path)
    return stats.isFile() && stats.mtimeMs <= options.legacyBefore
  } catch (error) {
    // removed meanwhile (its copy finished): nothing left to clean
    if (isNotFound(error)) return false
    throw error
  }
}

export async function listOrEmpty(fs: FileSystem, dir: string): Promise<string[]> {
  try {
    return await fs.readdir(dir)
  } catch (error) {
    if (isNotFound(error)) return []
    throw error
  }
}

import { createHash, type Hash } from 'node:crypto'
import type { FileHandle } from 'node:fs/promises'
import { dirname, join, relative } from 'node:path'
import { AppError } from '../../../shared/ipc/result'
import { listOrEmpty, removeAbandonedTempFiles, writeAtomic } from './atomicWrite'
import { errorCode, isNotFound, type FileSystem } from './fileSystem'
import { realPathInside } from './pathGrants'
import { assertPdfHeader, readFileHead } from './pdfHeader'

export interface PdfStoreDeps {
  fs: FileSystem
  /** The library folder; PDFs go to `<root>/files/ab/<sha256>.pdf`. */
  root: string
  clock?: () => number
}

/** What writing a PDF into the store did (the IPC answer, StoredPdf, is made from it). */
export interface PdfStoreWrite {
  /**
   * `exists` when the same bytes were already in the library: nothing was written. Of many
   * concurrent stores of the same bytes exactly one answers `stored` (see {@link writeOnce}).
   */
  status: 'stored' | 'exists'
  /** SHA-256 of the content, lower-case hex: the file's identity in the library. */
  hash: string
  /** Absolute path of the library copy. */
  path: string
  size: number
}

export interface PdfStore {
  /**
   * Copies a PDF into the library under its content hash. The user's file is only read, never
   * moved or changed. A crash leaves either no library file or a complete one (plus a temp file
   * that {@link PdfStore.cleanTempFiles} removes). Throws AppError NOT_FOUND, IO_ERROR, or
   * INVALID_INPUT for a file that is empty or does not start like a PDF.
   */
  store(sourcePath: string): Promise<PdfStoreWrite>
  /** The same for bytes already in memory (a dropped file): hashed, written once, flushed, renamed. */
  storeBytes(bytes: Uint8Array, name: string): Promise<PdfStoreWrite>
  /** Where the library keeps the PDF with this hash (whether or not it is there). */
  pathFor(hash: string): string
  /**
   * Removes temp files left by an interrupted copy: those whose writing process is gone,
   * whatever their age (a running one's are kept), and unowned ones of the older naming
   * older than `olderThanMs`. Resolves to how many were removed.
   */
  cleanTempFiles(options?: { olderThanMs?: number; isAlive?: (pid: number) => boolean }): Promise<number>
}

const CHUNK_BYTES = 1 << 20
const TEMP_FILE = /^\..+\.tmp$/

/** Creates the content-addressed PDF store over an injected file system. */
export function createPdfStore(deps: PdfStoreDeps): PdfStore {
  const { fs, root } = deps
  const clock = deps.clock ?? Date.now
  const filesDir = join(root, 'files')
  const pathFor = (hash: string): string => join(filesDir, hash.slice(0, 2), `${hash}.pdf`)

  /** A link in the library folder (files/ab to a folder elsewhere) must not carry a write out of it. */
  async function insideLibrary(target: string): Promise<void> {
    await realPathInside(fs, target, root, `The library folder's ${relative(root, dirname(target))} is a link to a folder outside it; AxisRef does not write through it. Run the integrity check (Settings).`)
  }

  async function store(sourcePath: string): Promise<PdfStoreWrite> {
    assertPdfHeader(await guard(sourcePath, () => readFileHead(fs, sourcePath)), sourcePath)
    const { hash, size } = await guard(sourcePath, () => hashFile(fs, sourcePath))
    const target = pathFor(hash)
    await insideLibrary(target)
    const status = await guard(sourcePath, () => writeOnce(fs, target, size, () => copyVerified(fs, sourcePath, target, hash)))
    return { status, hash, path: target, size }
  }

  async function storeBytes(bytes: Uint8Array, name: string): Promise<PdfStoreWrite> {
    assertPdfHeader(bytes, name)
    const hash = createHash('sha256').update(bytes).digest('hex')
    const target = pathFor(hash)
    const size = bytes.byteLength
    await insideLibrary(target)
    const status = await guard(name, () => writeOnce(fs, target, size, () => writeAtomic(fs, target, (output) => output.writeFile(bytes))))
    return { status, hash, path: target, size }
  }

  async function cleanTempFiles(options: { olderThanMs?: number; isAlive?: (pid: number) => boolean } = {}): Promise<number> {
    // without an age every unowned one goes (comparing with the clock misses files written this very millisecond)
    const legacyBefore = options.olderThanMs === undefined ? Infinity : clock() - options.olderThanMs
    const folders = (await listOrEmpty(fs, filesDir)).filter((name) => /^[0-9a-f]{2}$/.test(name)).map((name) => join(filesDir, name))
    let removed = 0
    // Temp files sit beside their target, and callers may stage incoming data in files/ itself.
    for (const dir of [filesDir, ...folders]) {
      removed += await removeAbandonedTempFiles(fs, dir, { legacy: TEMP_FILE, legacyBefore, ...(options.isAlive ? { isAlive: options.isAlive } : {}) })
    }
    return removed
  }

  return { store, storeBytes, pathFor, cleanTempFiles }
}

/** Streams the file through SHA-256 without holding it in memory. */
export async function hashFile(fs: FileSystem, path: string): Promise<{ hash: string; size: number }> {
  const handle = await fs.open(path, 'r')
  try {
    const hash = createHash('sha256')
    const size = await pump(handle, hash)
    return { hash: hash.digest('hex'), size }
  } finally {
    await handle.close()
  }
}

/** Reads every chunk into the hash and, if given, writes it to `target`; resolves to the byte count. */
async function pump(source: FileHandle, hash: Hash, target?: FileHandle): Promise<number> {
  const buffer = Buffer.allocUnsafe(CHUNK_BYTES)
  let total = 0
  for (;;) {
    const { bytesRead } = await source.read(buffer, 0, CHUNK_BYTES, total)
    if (bytesRead === 0) return total
    const chunk = buffer.subarray(0, bytesRead)
    hash.update(chunk)
    if (target) await target.write(chunk)
    total += bytesRead
  }
}

/**
 * The stores of each library file now being written, by its path: one process may run many
 * imports (and several PdfStore objects over one folder), and only one of them may write a
 * file, or answer that it stored it.
 */
const writing = new Map<string, Promise<'stored' | 'exists'>>()

/**
 * Writes `target` unless a file of `size` bytes is there, with one writer per file: a caller
 * that finds another writing it waits for that write and then looks again, so exactly one of
 * many concurrent stores of the same bytes answers `stored`. The importer removes a file it
 * `stored` when its PDF cannot be read; a second import of the same bytes must not do that.
 */
export async function writeOnce(fs: FileSystem, target: string, size: number, write: () => Promise<void>): Promise<'stored' | 'exists'> {
  for (let running = writing.get(target); running; running = writing.get(target)) {
    // That write's failure is reported to its own caller; this one looks again and writes if need be.
    await Promise.allSettled([running])
  }
  const attempt = (async () => {
    if (await sameSizeFileAt(fs, target, size)) return 'exists' as const
    await write()
    return 'stored' as const
  })()
  writing.set(target, attempt)
  try {
    return await attempt
  } finally {
    if (writing.get(target) === attempt) writing.delete(target)
  }
}

/**
 * Copies to a temp name beside the target, hashing what is copied, flushes it to disk and
 * renames it into place. If the user's file changed since it was hashed, nothing is kept.
 */
async function copyVerified(fs: FileSystem, sourcePath: string, target: string, expectedHash: string): Promise<void> {
  await writeAtomic(fs, target, async (output) => {
    const hash = createHash('sha256')
    const source = await fs.open(sourcePath, 'r')
    try {
      await pump(source, hash, output)
    } finally {
      await source.close()
    }
    if (hash.digest('hex') !== expectedHash) throw new AppError('IO_ERROR', 'The file changed while it was being copied into the library; try again.')
  })
}

async function sameSizeFileAt(fs: FileSystem, path: string, size: number): Promise<boolean> {
  try {
    const stats = await fs.stat(path)
    return stats.isFile() && stats.size === size
  } catch (error) {
    if (isNotFound(error)) return false
    throw new AppError('IO_ERROR', `The library could not be read (${errorCode(error) ?? 'error'}).`)
  }
}

/** Turns file-system errors into the app's codes, naming the file the user chose. */
async function guard<T>(sourcePath: string, action: () => Promise<T>): Promise<T> {
  try {
    return await action()
  } catch (error) {
    if (error instanceof AppError) throw error
    if (isNotFound(error)) throw new AppError('NOT_FOUND', `The file ${sourcePath} was not found; it may have been moved or deleted.`)
    const code = errorCode(error) ?? 'error'
    throw new AppError('IO_ERROR', `The file ${sourcePath} could not be copied into the library (${code}).`)
  }
}

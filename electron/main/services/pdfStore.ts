import { createHash, randomBytes, type Hash } from 'node:crypto'
import type { FileHandle } from 'node:fs/promises'
import { join } from 'node:path'
import { AppError } from '../../../shared/ipc/result'
import { isNotFound, type FileSystem } from './fileSystem'

export interface PdfStoreDeps {
  fs: FileSystem
  /** The library folder; PDFs go to `<root>/files/ab/<sha256>.pdf`. */
  root: string
  clock?: () => number
}

export interface StoredPdf {
  /** `exists` when the same bytes were already in the library: nothing was written. */
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
   * that {@link PdfStore.cleanTempFiles} removes). Throws AppError NOT_FOUND or IO_ERROR.
   */
  store(sourcePath: string): Promise<StoredPdf>
  /** The same for bytes already in memory (a dropped file): hashed, written once, flushed, renamed. */
  storeBytes(bytes: Uint8Array, name: string): Promise<StoredPdf>
  /** Where the library keeps the PDF with this hash (whether or not it is there). */
  pathFor(hash: string): string
  /** Removes temp files left by an interrupted copy; resolves to how many were removed. */
  cleanTempFiles(options?: { olderThanMs?: number }): Promise<number>
}

const CHUNK_BYTES = 1 << 20
const TEMP_FILE = /^\..+\.tmp$/

/** Creates the content-addressed PDF store over an injected file system. */
export function createPdfStore(deps: PdfStoreDeps): PdfStore {
  const { fs, root } = deps
  const clock = deps.clock ?? Date.now
  const filesDir = join(root, 'files')
  const pathFor = (hash: string): string => join(filesDir, hash.slice(0, 2), `${hash}.pdf`)

  async function store(sourcePath: string): Promise<StoredPdf> {
    const { hash, size } = await guard(sourcePath, () => hashFile(fs, sourcePath))
    const target = pathFor(hash)
    if (await sameSizeFileAt(fs, target, size)) return { status: 'exists', hash, path: target, size }
    await guard(sourcePath, () => copyVerified(fs, sourcePath, target, hash))
    return { status: 'stored', hash, path: target, size }
  }

  async function storeBytes(bytes: Uint8Array, name: string): Promise<StoredPdf> {
    const hash = createHash('sha256').update(bytes).digest('hex')
    const target = pathFor(hash)
    const size = bytes.byteLength
    if (await sameSizeFileAt(fs, target, size)) return { status: 'exists', hash, path: target, size }
    await guard(name, () => writeFlushed(fs, target, hash, (output) => output.writeFile(bytes)))
    return { status: 'stored', hash, path: target, size }
  }

  async function cleanTempFiles(options: { olderThanMs?: number } = {}): Promise<number> {
    const cutoff = clock() - (options.olderThanMs ?? 0)
    const folders = (await listOrEmpty(fs, filesDir)).filter((name) => /^[0-9a-f]{2}$/.test(name)).map((name) => join(filesDir, name))
    let removed = 0
    // Temp files sit beside their target, and callers may stage incoming data in files/ itself.
    for (const dir of [filesDir, ...folders]) {
      for (const name of (await listOrEmpty(fs, dir)).filter((entry) => TEMP_FILE.test(entry))) {
        const file = join(dir, name)
        // gone since the listing (another process finished or removed it): nothing to clean
        const stats = await fs.stat(file).catch((error: unknown) => {
          if (isNotFound(error)) return undefined
          throw error
        })
        if (!stats?.isFile() || stats.mtimeMs > cutoff) continue
        await fs.rm(file, { force: true })
        removed += 1
      }
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
 * Copies to a temp name beside the target, hashing what is copied, flushes it to disk and
 * renames it into place. If the user's file changed since it was hashed, nothing is kept.
 */
async function copyVerified(fs: FileSystem, sourcePath: string, target: string, expectedHash: string): Promise<void> {
  await writeFlushed(fs, target, expectedHash, async (output) => {
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

/**
 * Writes `target` through a temp name beside it: `write` fills the temp file, which is flushed
 * to disk and renamed into place; on any failure the temp file is removed and nothing is kept.
 */
async function writeFlushed(fs: FileSystem, target: string, hash: string, write: (output: FileHandle) => Promise<unknown>): Promise<void> {
  const dir = join(target, '..')
  await fs.mkdir(dir, { recursive: true })
  const temp = join(dir, `.${hash}.pdf.${randomBytes(6).toString('hex')}.tmp`)
  try {
    const output = await fs.open(temp, 'wx')
    try {
      await write(output)
      await output.sync()
    } finally {
      await output.close()
    }
    await fs.rename(temp, target)
  } catch (error) {
    await fs.rm(temp, { force: true })
    throw error
  }
}

async function sameSizeFileAt(fs: FileSystem, path: string, size: number): Promise<boolean> {
  try {
    const stats = await fs.stat(path)
    return stats.isFile() && stats.size === size
  } catch (error) {
    if (isNotFound(error)) return false
    throw new AppError('IO_ERROR', `The library could not be read (${(error as NodeJS.ErrnoException).code ?? 'error'}).`)
  }
}

async function listOrEmpty(fs: FileSystem, dir: string): Promise<string[]> {
  try {
    return await fs.readdir(dir)
  } catch (error) {
    if (isNotFound(error)) return []
    throw error
  }
}

/** Turns file-system errors into the app's codes, naming the file the user chose. */
async function guard<T>(sourcePath: string, action: () => Promise<T>): Promise<T> {
  try {
    return await action()
  } catch (error) {
    if (error instanceof AppError) throw error
    if (isNotFound(error)) throw new AppError('NOT_FOUND', `The file ${sourcePath} was not found; it may have been moved or deleted.`)
    const code = (error as NodeJS.ErrnoException).code ?? 'error'
    throw new AppError('IO_ERROR', `The file ${sourcePath} could not be copied into the library (${code}).`)
  }
}

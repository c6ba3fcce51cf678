import { createHash, randomBytes } from 'node:crypto'
import type { FileHandle } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { parseSnapshot, snapshotFileHashes, type Snapshot } from '../../../../shared/backup/snapshot'
import { MAX_PDF_BYTES } from '../../../../shared/ipc/importSchemas'
import { AppError } from '../../../../shared/ipc/result'
import { isProcessAlive, listOrEmpty, syncFolder } from '../atomicWrite'
import { errorCode, errorMessage, realFileSystem, type FileSystem } from '../fileSystem'
import { ARCHIVE_MANIFEST, ARCHIVE_SNAPSHOT, archiveFileName, archiveManifestSchema, hashOfEntry, isUnsafeEntryName } from './archiveLayout'
import { writeSnapshot } from './snapshots'
import { readZipDirectory, readZipEntry, ZipFormatError, type ZipEntry } from './zipReader'

export interface RestoreResult {
  snapshot: Snapshot
  /** PDFs restored, each checked against its hash. */
  files: number
  /** PDFs the archive says the library already lacked when it was exported. */
  missing: string[]
  /** The snapshot, also written to the restored library's snapshots folder. */
  snapshotPath: string
}

export interface RestoreOptions {
  fs?: FileSystem
  clock?: () => number
  /** The most a JSON entry (the records, the file list) may unpack to; tests pass a small one. */
  maxJsonBytes?: number
  /** Whether a process id still runs (its staging folder is in use); tests may pass their own. */
  isAlive?: (pid: number) => boolean
}

/**
 * The records of a 50,000-paper library take tens of MB; JSON of this size is already near
 * what one process can parse (V8's longest string is about 512 MB), so more is a zip bomb or
 * damage, refused before it is unpacked rather than after it has filled the memory.
 */
export const MAX_JSON_BYTES = 256 << 20
/** `.restore-<pid>-<12 hex>`, or `.restore-<12 hex>` as older versions named it. */
const STAGING = /^\.restore-(?:(\d+)-)?[0-9a-f]{12}$/
/** Files operating systems drop into any folder; they do not make a folder "not empty". */
const SYSTEM_FILES = new Set(['.DS_Store', 'Thumbs.db', 'desktop.ini'])

const refuse = (zipPath: string, reason: string): AppError => new AppError('INVALID_INPUT', `${basename(zipPath)} cannot be restored: ${reason}.`)

async function ensureEmpty(fs: FileSystem, libraryRoot: string): Promise<void> {
  await fs.mkdir(libraryRoot, { recursive: true })
  const present = (await fs.readdir(libraryRoot)).filter((name) => !SYSTEM_FILES.has(name))
  if (present.length > 0) {
    throw new AppError('INVALID_INPUT', `The folder ${libraryRoot} is not empty (it holds "${present[0]}"${present.length > 1 ? ` and ${present.length - 1} more` : ''}); restore into a new, empty folder so nothing in it is overwritten.`)
  }
}

/** Sorts the entries by role, refusing names that could escape the folder or do not belong. */
function classify(zipPath: string, entries: readonly ZipEntry[]): { pdfs: Map<string, ZipEntry>; snapshot: ZipEntry; manifest?: ZipEntry } {
  const pdfs = new Map<string, ZipEntry>()
  const named = new Map<string, ZipEntry>()
  for (const entry of entries) {
    if (isUnsafeEntryName(entry.name)) throw refuse(zipPath, `it contains the unsafe path "${entry.name}", which would be written outside the library folder`)
    if (named.has(entry.name)) throw refuse(zipPath, `it contains "${entry.name}" twice`)
    named.set(entry.name, entry)
    const hash = hashOfEntry(entry.name)
    if (hash) pdfs.set(hash, entry)
    else if (![ARCHIVE_SNAPSHOT, ARCHIVE_MANIFEST].includes(entry.name) && !/^files\/([0-9a-f]{2}\/)?$/.test(entry.name)) throw refuse(zipPath, `it contains "${entry.name}", which is not part of an AxisRef archive`)
  }
  const snapshot = named.get(ARCHIVE_SNAPSHOT)
  if (!snapshot) throw refuse(zipPath, `it has no ${ARCHIVE_SNAPSHOT}`)
  const manifest = named.get(ARCHIVE_MANIFEST)
  return manifest ? { pdfs, snapshot, manifest } : { pdfs, snapshot }
}

/**
 * Reads a JSON entry whole, refusing one that declares more than `limit` bytes and, in case
 * the declaration lies, stopping as soon as more than that has been unpacked.
 */
async function readJson(zipPath: string, zip: FileHandle, entry: ZipEntry, fileSize: number, limit: number): Promise<unknown> {
  const tooLarge = () => refuse(zipPath, `the archive's ${entry.name} would unpack to more than ${Math.floor(limit / (1 << 20))} MB; it is not an AxisRef backup or it is damaged`)
  if (entry.size > limit) throw tooLarge()
  const chunks: Uint8Array[] = []
  let unpacked = 0
  for await (const chunk of readZipEntry(zip, entry, fileSize)) {
    unpacked += chunk.byteLength
    if (unpacked > limit) throw tooLarge()
    chunks.push(chunk)
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'))
  } catch {
    throw refuse(zipPath, `${entry.name} is not valid JSON`)
  }
}

/** Extracts one PDF to `target`, refusing it unless its SHA-256 is the hash in its name. */
async function extractPdf(zipPath: string, fs: FileSystem, zip: FileHandle, entry: ZipEntry, fileSize: number, hash: string, target: string): Promise<void> {
  if (entry.size > MAX_PDF_BYTES) throw refuse(zipPath, `${entry.name} is larger than AxisRef accepts for a PDF`)
  await fs.mkdir(dirname(target), { recursive: true })
  const output = await fs.open(target, 'wx')
  const digest = createHash('sha256')
  try {
    for await (const chunk of readZipEntry(zip, entry, fileSize)) {
      digest.update(chunk)
      await output.write(chunk)
    }
    await output.sync()
  } finally {
    await output.close()
  }
  if (digest.digest('hex') !== hash) throw refuse(zipPath, `the content of ${entry.name} does not match its name (the file was changed or damaged)`)
}

/**
 * Removes staging folders a restore left when it was stopped halfway (the app was killed, the
 * computer lost power): they would keep the library folder "not empty" for ever. A folder of
 * a restore still running (its process is alive) is kept. Resolves to how many were removed.
 */
export async function removeAbandonedRestores(fs: FileSystem, libraryRoot: string, isAlive: (pid: number) => boolean = isProcessAlive): Promise<number> {
  let removed = 0
  for (const name of await listOrEmpty(fs, libraryRoot)) {
    const owner = STAGING.exec(name)?.[1]
    if (!STAGING.test(name) || (owner !== undefined && isAlive(Number(owner)))) continue
    await fs.rm(join(libraryRoot, name), { recursive: true, force: true })
    removed += 1
  }
  return removed
}

/**
 * Restores an archive made by `exportArchive` into an empty library folder and returns its
 * snapshot for the renderer to load. Every PDF is checked against the SHA-256 in its name,
 * and the PDFs must be exactly those the snapshot lists (save any the archive declares were
 * already missing). Files are extracted into a staging folder and moved into place only when
 * everything checked out, so a refused archive leaves the folder as it was. Errors:
 * INVALID_INPUT (folder not empty; not an archive; unsafe, unexpected, damaged or altered
 * entries, with the entry named), IO_ERROR (disk).
 */
export async function restoreArchive(zipPath: string, libraryRoot: string, options: RestoreOptions = {}): Promise<RestoreResult> {
  const fs = options.fs ?? realFileSystem
  const maxJsonBytes = options.maxJsonBytes ?? MAX_JSON_BYTES
  await removeAbandonedRestores(fs, libraryRoot, options.isAlive)
  await ensureEmpty(fs, libraryRoot)
  const staging = join(libraryRoot, `.restore-${process.pid}-${randomBytes(6).toString('hex')}`)
  const zip = await fs.open(zipPath, 'r').catch(() => {
    throw new AppError('NOT_FOUND', `The archive ${zipPath} could not be opened.`)
  })
  try {
    const fileSize = (await zip.stat()).size
    const { pdfs, snapshot: snapshotEntry, manifest: manifestEntry } = classify(zipPath, await readZipDirectory(zip, fileSize))
    const parsed = parseSnapshot(await readJson(zipPath, zip, snapshotEntry, fileSize, maxJsonBytes))
    if (!parsed.ok) throw refuse(zipPath, parsed.message)
    const manifest = manifestEntry ? archiveManifestSchema.safeParse(await readJson(zipPath, zip, manifestEntry, fileSize, maxJsonBytes)) : undefined
    if (manifest && !manifest.success) throw refuse(zipPath, `${ARCHIVE_MANIFEST} is not valid`)
    const declaredMissing = new Set(manifest?.data.missing ?? [])
    const listed = new Set(snapshotFileHashes(parsed.snapshot))
    const unlisted = [...pdfs.keys()].find((hash) => !listed.has(hash))
    if (unlisted) throw refuse(zipPath, `${archiveFileName(unlisted)} is not listed in its snapshot`)
    const absent = [...listed].find((hash) => !pdfs.has(hash) && !declaredMissing.has(hash))
    if (absent) throw refuse(zipPath, `${archiveFileName(absent)}, listed in its snapshot, is not in the archive`)
    await fs.mkdir(staging)
    for (const [hash, entry] of pdfs) await extractPdf(zipPath, fs, zip, entry, fileSize, hash, join(staging, archiveFileName(hash)))
    if (pdfs.size > 0) await fs.rename(join(staging, 'files'), join(libraryRoot, 'files'))
    await syncFolder(fs, libraryRoot)
    await fs.rm(staging, { recursive: true, force: true })
    const written = await writeSnapshot(libraryRoot, parsed.snapshot, { fs, ...(options.clock ? { clock: options.clock } : {}) })
    return { snapshot: parsed.snapshot, files: pdfs.size, missing: [...listed].filter((hash) => !pdfs.has(hash)), snapshotPath: written.path }
  } catch (error) {
    // Only what this restore staged is removed; the folder was empty before it began.
    await fs.rm(staging, { recursive: true, force: true })
    if (error instanceof AppError) throw error
    if (error instanceof ZipFormatError) throw refuse(zipPath, error.message)
    throw new AppError('IO_ERROR', `The archive could not be restored (${errorCode(error) ?? errorMessage(error)}).`)
  } finally {
    await zip.close()
  }
}

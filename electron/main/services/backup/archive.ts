import { createHash } from 'node:crypto'
import type { FileHandle } from 'node:fs/promises'
import { join } from 'node:path'
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate'
import { parseSnapshot, snapshotFileHashes, type Snapshot } from '../../../../shared/backup/snapshot'
import { AppError } from '../../../../shared/ipc/result'
import { writeAtomic } from '../atomicWrite'
import { errorCode, errorMessage, isNotFound, realFileSystem, type FileSystem } from '../fileSystem'
import { ARCHIVE_MANIFEST, ARCHIVE_SNAPSHOT, archiveFileName, type ArchiveManifest } from './archiveLayout'

export interface ExportArchiveOptions {
  fs?: FileSystem
  clock?: () => number
  /** Export even when PDFs are missing from the library folder; they are listed in the archive. */
  allowMissing?: boolean
  onProgress?: (progress: { done: number; total: number }) => void
}

export interface ArchiveSummary {
  path: string
  files: number
  bytes: number
  /** Hashes the snapshot lists whose file was not in the library folder. */
  missing: string[]
}

const CHUNK_BYTES = 1 << 20
// fflate writes no ZIP64 records: offsets and sizes must fit in 32 bits.
const ZIP32_LIMIT = 0xffffffff - (64 << 20)

/** Streams zip output to a file, one chunk in memory at a time. */
interface ZipSink {
  zip: Zip
  drain(): Promise<void>
  finished(): boolean
}

function zipSink(output: FileHandle): ZipSink {
  const queue: Uint8Array[] = []
  let failure: Error | undefined
  let done = false
  const zip = new Zip((error, data, final) => {
    if (error) failure = error
    else queue.push(data)
    if (final) done = true
  })
  return {
    zip,
    finished: () => done,
    async drain() {
      if (failure) throw failure
      for (let chunk = queue.shift(); chunk; chunk = queue.shift()) await output.write(chunk)
    },
  }
}

async function addBytes(sink: ZipSink, entry: ZipDeflate | ZipPassThrough, bytes: Uint8Array): Promise<void> {
  sink.zip.add(entry)
  for (let start = 0; start < bytes.length || start === 0; start += CHUNK_BYTES) {
    entry.push(bytes.subarray(start, start + CHUNK_BYTES), start + CHUNK_BYTES >= bytes.length)
    await sink.drain()
  }
}

/** Copies one library PDF into the zip, checking on the way that it still matches its name. */
async function addPdf(sink: ZipSink, fs: FileSystem, path: string, hash: string): Promise<number> {
  const entry = new ZipPassThrough(archiveFileName(hash))
  sink.zip.add(entry)
  const input = await fs.open(path, 'r')
  const digest = createHash('sha256')
  const buffer = Buffer.alloc(CHUNK_BYTES)
  let size = 0
  try {
    for (;;) {
      const { bytesRead } = await input.read(buffer, 0, CHUNK_BYTES, size)
      // fflate keeps a reference to the chunk until it is written: copy it out of the buffer.
      const chunk = Uint8Array.from(buffer.subarray(0, bytesRead))
      digest.update(chunk)
      size += bytesRead
      entry.push(chunk, bytesRead === 0)
      await sink.drain()
      if (bytesRead === 0) break
    }
  } finally {
    await input.close()
  }
  if (digest.digest('hex') !== hash) {
    throw new AppError('IO_ERROR', `The library file ${archiveFileName(hash)} no longer matches its content hash (it was damaged or changed); run the integrity check before exporting.`)
  }
  return size
}

async function sizesOf(fs: FileSystem, paths: ReadonlyMap<string, string>): Promise<{ present: Map<string, number>; missing: string[] }> {
  const present = new Map<string, number>()
  const missing: string[] = []
  for (const [hash, path] of paths) {
    try {
      present.set(hash, (await fs.stat(path)).size)
    } catch (error) {
      if (!isNotFound(error)) throw new AppError('IO_ERROR', `${path} could not be read (${errorCode(error) ?? 'error'}).`)
      missing.push(hash)
    }
  }
  return { present, missing }
}

/** The zip's content in order: the records, the file list, then every PDF. */
async function writeZip(
  output: FileHandle,
  fs: FileSystem,
  content: { json: Uint8Array; manifest: ArchiveManifest; files: ReadonlyArray<readonly [string, string]> },
  onProgress?: ExportArchiveOptions['onProgress'],
): Promise<void> {
  const sink = zipSink(output)
  await addBytes(sink, new ZipDeflate(ARCHIVE_SNAPSHOT, { level: 6 }), content.json)
  await addBytes(sink, new ZipDeflate(ARCHIVE_MANIFEST, { level: 6 }), Buffer.from(JSON.stringify(content.manifest)))
  let done = 0
  for (const [hash, path] of content.files) {
    await addPdf(sink, fs, path, hash)
    onProgress?.({ done: ++done, total: content.files.length })
  }
  sink.zip.end()
  await sink.drain()
  if (!sink.finished()) throw new AppError('IO_ERROR', 'The archive could not be completed.')
}

/**
 * Writes the whole library to one zip at `targetPath`: `snapshot.json` (the records),
 * `archive.json` (the file list) and every PDF the snapshot needs under
 * `files/ab/<sha256>.pdf`, streamed from disk and checked against its hash on the way.
 * The zip is written beside the target and renamed into place when complete, so a failed
 * export leaves no half archive. Errors: INVALID_INPUT (not a snapshot), NOT_FOUND (PDFs
 * missing, unless `allowMissing`), IO_ERROR (a damaged PDF, a disk error), UNAVAILABLE
 * (over 4 GB, which fflate's zip cannot hold).
 */
export async function exportArchive(libraryRoot: string, snapshot: Snapshot, targetPath: string, options: ExportArchiveOptions = {}): Promise<ArchiveSummary> {
  const fs = options.fs ?? realFileSystem
  const parsed = parseSnapshot(snapshot)
  if (!parsed.ok) throw new AppError('INVALID_INPUT', parsed.message)
  const paths = new Map(snapshotFileHashes(parsed.snapshot).map((hash) => [hash, join(libraryRoot, archiveFileName(hash))]))
  const { present, missing } = await sizesOf(fs, paths)
  if (missing.length > 0 && !options.allowMissing) {
    const names = missing.slice(0, 3).map((hash) => `${hash.slice(0, 12)}…`).join(', ')
    throw new AppError('NOT_FOUND', `${missing.length} PDF(s) of the library are missing from the library folder (${names}); run the integrity check, or export without them.`)
  }
  const json = Buffer.from(JSON.stringify(parsed.snapshot))
  const total = json.length + [...present.values()].reduce((sum, size) => sum + size, 0)
  if (total > ZIP32_LIMIT || present.size > 65_000) throw new AppError('UNAVAILABLE', 'The library is too large for one archive (over 4 GB or 65,000 files); back up the library folder itself instead.')
  const manifest: ArchiveManifest = {
    format: 'axisref-archive',
    version: 1,
    createdAt: new Date((options.clock ?? Date.now)()).toISOString(),
    files: [...present].map(([hash, size]) => ({ hash, size })),
    missing,
  }
  const files = [...present.keys()].map((hash) => [hash, paths.get(hash) ?? ''] as const)
  try {
    await writeAtomic(fs, targetPath, (output) => writeZip(output, fs, { json, manifest, files }, options.onProgress))
    return { path: targetPath, files: present.size, bytes: total, missing }
  } catch (error) {
    if (error instanceof AppError) throw error
    const failure = new AppError('IO_ERROR', `The archive could not be written to ${targetPath} (${errorCode(error) ?? errorMessage(error)}).`)
    failure.cause = error
    throw failure
  }
}

import { basename } from 'node:path'
import type { ChannelOutput } from '../../../shared/ipc/contract'
import { MAX_PDF_BYTES, pdfTooLargeMessage, type PdfFullText, type PdfMetadata, type StoredPdf } from '../../../shared/ipc/importSchemas'
import { AppError } from '../../../shared/ipc/result'
import { errorCode, isNotFound, type FileSystem } from './fileSystem'
import type { LibraryLocationService } from './libraryLocation'
import { realPathInside, resolveMayRead, type PathGrants } from './pathGrants'
import { titleFromFileName } from './pdf/choose'
import type { PdfParser } from './pdf/parser'
import { createPdfStore, type PdfStore } from './pdfStore'

export interface PdfImportService {
  storeFile(path: string): Promise<StoredPdf>
  storeData(name: string, bytes: Uint8Array): Promise<StoredPdf>
  discard(hash: string): Promise<ChannelOutput<'discardStoredPdf'>>
  /** Throws AppError with the reader's code when the PDF cannot be read, the message starting with `originalName`. */
  extractMetadata(hash: string, originalName: string): Promise<PdfMetadata>
  /** Throws AppError with the reader's code when the PDF cannot be read. */
  extractFullText(hash: string): Promise<PdfFullText>
  /** The bytes of a stored PDF as base64, for the renderer's reader. Throws NOT_FOUND, IO_ERROR. */
  readStored(hash: string): Promise<ChannelOutput<'readStoredPdf'>>
}

interface PdfImportDeps {
  fs: FileSystem
  grants: PathGrants
  libraryLocation: LibraryLocationService
  /** The parser workers, started on first use. */
  parser: () => PdfParser
  /**
   * Brings a PDF the library lacks from the sync server into its store (sync's `onOpen`
   * setting): false when sync is off or the server does not have it. Its errors (refused,
   * unreachable) are the reader's answer.
   */
  fetchMissing?: (hash: string) => Promise<boolean>
}

/**
 * The main-process half of PDF import: bytes into the content-addressed store, metadata
 * and full text out of the parser workers. Files are named by hash, never by a path from
 * the renderer, except paths the user chose in a dialog (checked against the grants).
 */
export function createPdfImportService(deps: PdfImportDeps): PdfImportService {
  const { fs, grants } = deps

  async function store(): Promise<{ store: PdfStore; root: string }> {
    const root = (await deps.libraryLocation.get()).path
    return { store: createPdfStore({ fs, root }), root }
  }

  async function storeFile(path: string): Promise<StoredPdf> {
    const { store: pdfs, root } = await store()
    const real = await resolveMayRead({ grants, fs }, path, root, `AxisRef may only read files you chose yourself; ${basename(path)} was not. Choose it with Import… or drop it on the window.`)
    const size = await sizeOf(fs, real)
    if (size > MAX_PDF_BYTES) throw tooLarge(basename(path), size)
    const stored = await pdfs.store(real)
    return { hash: stored.hash, size: stored.size, originalName: basename(path), newlyStored: stored.status === 'stored' }
  }

  async function storeData(name: string, bytes: Uint8Array): Promise<StoredPdf> {
    if (bytes.byteLength > MAX_PDF_BYTES) throw tooLarge(name, bytes.byteLength)
    const stored = await (await store()).store.storeBytes(bytes, name)
    return { hash: stored.hash, size: stored.size, originalName: name, newlyStored: stored.status === 'stored' }
  }

  /** The library file of `hash`, refused if a link in the library folder leads elsewhere. */
  async function libraryFile(hash: string): Promise<string> {
    const { store: pdfs, root } = await store()
    const refusal = `The PDF ${hash.slice(0, 12)}… in the library folder is a link to a file outside it; AxisRef does not follow it. Run the integrity check (Settings).`
    return realPathInside(fs, pdfs.pathFor(hash), root, refusal)
  }

  async function discard(hash: string) {
    await libraryFile(hash)
    const path = (await store()).store.pathFor(hash)
    try {
      await fs.rm(path)
      return { removed: true }
    } catch (error) {
      if (isNotFound(error)) return { removed: false }
      throw new AppError('IO_ERROR', `Could not remove ${path} (${errorCode(error) ?? 'error'}).`)
    }
  }

  async function storedPath(hash: string): Promise<string> {
    const path = await libraryFile(hash)
    await fs.stat(path).catch(() => {
      throw new AppError('NOT_FOUND', `The PDF ${hash.slice(0, 12)}… is not in the library folder any more.`)
    })
    return path
  }

  async function extractMetadata(hash: string, originalName: string): Promise<PdfMetadata> {
    const result = await deps.parser().extract(await storedPath(hash))
    if (!result.ok) throw new AppError(result.error.code, `${originalName}: ${result.error.message}`)
    const item = { ...result.item }
    // the stored copy is named by its hash: a title from the file name must use the user's name
    if (result.fields.title?.source === 'filename') item.title = titleFromFileName(originalName)
    return { item, fields: result.fields, pageCount: result.pageCount, noTextLayer: result.flags.noTextLayer }
  }

  async function extractFullText(hash: string): Promise<PdfFullText> {
    const result = await deps.parser().fullText(await storedPath(hash))
    if (!result.ok) throw new AppError(result.error.code, result.error.message)
    return { text: result.text, pageCount: result.pageCount, truncated: result.truncated }
  }

  async function readStored(hash: string): Promise<ChannelOutput<'readStoredPdf'>> {
    const path = await libraryFile(hash)
    try {
      const bytes = await readOrFetch(hash, path)
      return { base64: Buffer.from(bytes).toString('base64'), size: bytes.length }
    } catch (error) {
      if (error instanceof AppError) throw error
      if (isNotFound(error)) {
        throw new AppError('NOT_FOUND', `The PDF ${hash.slice(0, 12)}… is missing from the library folder. Run the integrity check (Settings) to find papers whose files are gone, then attach the PDF again.`)
      }
      throw new AppError('IO_ERROR', `The PDF ${hash.slice(0, 12)}… could not be read from the library folder (${errorCode(error) ?? 'error'}).`)
    }
  }

  /** A PDF another device imported is fetched the first time it is read here. */
  async function readOrFetch(hash: string, path: string): Promise<Buffer> {
    try {
      return await fs.readFile(path)
    } catch (error) {
      if (!isNotFound(error) || !deps.fetchMissing || !(await deps.fetchMissing(hash))) throw error
      return fs.readFile(await libraryFile(hash))
    }
  }

  return { storeFile, storeData, discard, extractMetadata, extractFullText, readStored }
}

async function sizeOf(fs: FileSystem, path: string): Promise<number> {
  try {
    const stat = await fs.stat(path)
    if (!stat.isFile()) throw new AppError('INVALID_INPUT', `${basename(path)} is a folder, not a PDF file.`)
    return stat.size
  } catch (error) {
    if (error instanceof AppError) throw error
    throw new AppError('NOT_FOUND', `${path} was not found; it may have been moved or deleted.`)
  }
}

function tooLarge(name: string, size: number): AppError {
  return new AppError('INVALID_INPUT', pdfTooLargeMessage(name, size))
}

import { createHash } from 'node:crypto'
import { contentHashSchema } from '../../../../shared/domain/rows'
import { MAX_PDF_BYTES } from '../../../../shared/ipc/importSchemas'
import { AppError } from '../../../../shared/ipc/result'
import { FILE_DOC_PREFIX, fileDocId, type RefusedDoc } from '../../../../shared/sync/documents'
import { errorCode, errorMessage, isNotFound, type FileSystem } from '../fileSystem'
import { realPathInside } from '../pathGrants'
import { createPdfStore, type PdfStore } from '../pdfStore'
import { downloadAttachment, judgeFileDoc, serverError, type RemoteFileDatabase } from './fileDoc'
import { createFileUploads, getOrUndefined, once, shortHash as short, type HashFailure, type RetryOutcome, type UploadOutcome } from './fileUpload'

export { isRemoteFileDatabase, type RemoteFileDatabase } from './fileDoc'
export type { HashFailure, RetryOutcome, UploadOutcome } from './fileUpload'

/** The largest PDF taken from the sync server: the same as the largest one imported. */
export const MAX_SYNCED_PDF_BYTES = MAX_PDF_BYTES

export interface SyncFilesDeps {
  /** The authenticated remote database (PouchDB over HTTP), undefined when sync is not connected. */
  remote: () => RemoteFileDatabase | undefined
  fs: FileSystem
  /** The library folder now (it can move while the app runs); its store is `<root>/files`. */
  libraryRoot: () => Promise<string>
  /** Defaults to {@link MAX_SYNCED_PDF_BYTES}. */
  maxBytes?: number
  /** A file document from the server that was refused (forged, damaged, too large). */
  report: (refused: RefusedDoc) => void
  now: () => number
}

export interface FetchAllOutcome {
  stored: string[]
  /** Already in the library folder: nothing was downloaded. */
  present: string[]
  failed: HashFailure[]
  /** Not tried because the server could not be reached (or sync was disconnected). */
  notTried: string[]
}

export interface SyncFiles {
  /**
   * Sends the library's PDF to the server as `file:<hash>` unless it is there; `queued` while the
   * server cannot be reached. Errors: NOT_FOUND (neither here nor there), IO_ERROR (damaged here),
   * UNAVAILABLE (refused: a read-only member), PATH_NOT_ALLOWED (a link out of the library).
   */
  upload(hash: string): Promise<UploadOutcome>
  /** Tries the queued uploads again, one at a time (call it when the server is back online). */
  retry(): Promise<RetryOutcome>
  /** The hashes waiting for the server. */
  queued(): string[]
  /**
   * Brings `file:<hash>` into the library's store, judged before download and hashed after;
   * `stored: false` when the library already had it. Errors: NOT_FOUND (not on the server yet),
   * INVALID_INPUT (refused, and reported), UNAVAILABLE (not connected, unreachable), IO_ERROR.
   */
  fetch(hash: string): Promise<{ stored: boolean }>
  /** The `all` setting: each PDF the library lacks, one at a time; stops when the server is unreachable. */
  fetchAll(hashes: readonly string[]): Promise<FetchAllOutcome>
  /** For `readStoredPdf`: false when sync is off or the server does not have it; true once stored. Throws what `fetch` throws otherwise. */
  fetchMissing(hash: string): Promise<boolean>
  /** Which of these hashes the server holds (the integrity check's "on the sync server"); empty when not connected. */
  onServer(hashes: readonly string[]): Promise<ReadonlySet<string>>
}

/**
 * The PDFs' way through sync (issue #17): one document per content hash with the bytes as
 * its one attachment, uploaded from and downloaded into the content-addressed store. Nothing
 * from the server is trusted: a file document is judged from its stub before its bytes are
 * asked for, and the bytes are hashed before they are stored.
 */
export function createSyncFiles(deps: SyncFilesDeps): SyncFiles {
  const maxBytes = deps.maxBytes ?? MAX_SYNCED_PDF_BYTES
  const fetching = new Map<string, Promise<{ stored: boolean } | 'absent'>>()

  async function library(): Promise<{ root: string; store: PdfStore }> {
    const root = await deps.libraryRoot()
    return { root, store: createPdfStore({ fs: deps.fs, root }) }
  }

  async function localBytes(hash: string): Promise<Buffer> {
    const { root, store } = await library()
    const path = await realPathInside(deps.fs, store.pathFor(hash), root, `The PDF ${short(hash)} in the library folder is a link to a file outside it; AxisRef does not send it. Run the integrity check (Settings).`)
    let bytes: Buffer
    try {
      bytes = await deps.fs.readFile(path)
    } catch (error) {
      if (isNotFound(error)) throw new AppError('NOT_FOUND', `The PDF ${short(hash)} is neither on the sync server nor in this library folder, so it cannot be sent. Run the integrity check (Settings).`)
      throw new AppError('IO_ERROR', `The PDF ${short(hash)} could not be read from the library folder (${errorCode(error) ?? 'error'}).`)
    }
    if (sha256(bytes) !== hash) throw new AppError('IO_ERROR', `The PDF ${short(hash)} in the library folder is damaged (its content no longer matches); it was not sent. Run the integrity check (Settings).`)
    return bytes
  }

  const uploads = createFileUploads({ remote: deps.remote, localBytes })

  async function fetchOrAbsent(hash: string): Promise<{ stored: boolean } | 'absent'> {
    return once(fetching, checkHash(hash), async () => {
      const { store } = await library()
      if (await isFile(deps.fs, store.pathFor(hash))) return { stored: false }
      const db = deps.remote()
      if (!db) throw new AppError('UNAVAILABLE', `The PDF ${short(hash)} is not on this device and sync is not connected; connect the library in Settings to fetch it.`)
      return downloadInto(store, db, hash)
    })
  }

  async function downloadInto(store: PdfStore, db: RemoteFileDatabase, hash: string): Promise<{ stored: boolean } | 'absent'> {
    const what = `fetch the PDF ${short(hash)}`
    const doc = await getOrUndefined(db, fileDocId(hash)).catch((error: unknown) => Promise.reject(serverError(error, what)))
    if (doc === undefined) return 'absent'
    const verdict = judgeFileDoc(doc, hash, maxBytes)
    if (verdict.kind === 'refused') throw refuse(hash, verdict.reason)
    const downloaded = verdict.kind === 'ok' ? await downloadAttachment(db, hash, verdict.length).catch((error: unknown) => Promise.reject(serverError(error, what))) : undefined
    if (downloaded === undefined) throw new AppError('NOT_FOUND', `The PDF ${short(hash)} is still being sent to the sync server by the device that imported it; try again in a moment.`)
    if ('tooLong' in downloaded) throw refuse(hash, 'the server sent more bytes than its record says')
    if (downloaded.actualHash !== hash) throw refuse(hash, `its bytes have the SHA-256 ${downloaded.actualHash}, not the one its id names`)
    const written = await store.storeBytes(downloaded.bytes, `PDF ${short(hash)} from the sync server`).catch((error: unknown) => {
      // bytes that hash right but are no PDF (a forged document made to match) are refused like any other
      throw error instanceof AppError && error.code === 'INVALID_INPUT' ? refuse(hash, error.message) : error
    })
    return { stored: written.status === 'stored' }
  }

  function refuse(hash: string, reason: string): AppError {
    deps.report({ id: fileDocId(hash), reason: reason.slice(0, 500), at: deps.now() })
    return new AppError('INVALID_INPUT', `The PDF ${short(hash)} on the sync server was refused and not stored: ${reason}.`)
  }

  async function fetch(hash: string): Promise<{ stored: boolean }> {
    const answer = await fetchOrAbsent(hash)
    if (answer === 'absent') throw new AppError('NOT_FOUND', `The PDF ${short(hash)} is not on the sync server yet: the device that imported it sends it when it is online.`)
    return answer
  }

  async function fetchAll(hashes: readonly string[]): Promise<FetchAllOutcome> {
    const outcome: FetchAllOutcome = { stored: [], present: [], failed: [], notTried: [] }
    const unique = [...new Set(hashes)]
    for (const [index, hash] of unique.entries()) {
      try {
        ;((await fetch(hash)).stored ? outcome.stored : outcome.present).push(hash)
      } catch (error) {
        outcome.failed.push({ hash, message: errorMessage(error) })
        if (error instanceof AppError && error.code === 'UNAVAILABLE') {
          outcome.notTried = unique.slice(index + 1)
          break
        }
      }
    }
    return outcome
  }

  async function fetchMissing(hash: string): Promise<boolean> {
    if (!deps.remote()) return false
    return (await fetchOrAbsent(hash)) !== 'absent'
  }

  async function onServer(hashes: readonly string[]): Promise<ReadonlySet<string>> {
    const db = deps.remote()
    const found = new Set<string>()
    if (!db) return found
    for (let start = 0; start < hashes.length; start += 500) {
      const keys = hashes.slice(start, start + 500).map(fileDocId)
      const answer = await db.allDocs({ keys }).catch((error: unknown) => Promise.reject(serverError(error, 'see which PDFs it holds')))
      for (const row of answer.rows) if (row.value && !row.value.deleted) found.add(row.key.slice(FILE_DOC_PREFIX.length))
    }
    return found
  }

  return { upload: async (hash) => uploads.upload(checkHash(hash)), retry: uploads.retry, queued: uploads.queued, fetch, fetchAll, fetchMissing, onServer }
}

function checkHash(hash: string): string {
  if (!contentHashSchema.safeParse(hash).success) throw new AppError('INVALID_INPUT', `"${hash.slice(0, 80)}" is not a SHA-256 content hash.`)
  return hash
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

async function isFile(fs: FileSystem, path: string): Promise<boolean> {
  try {
    return (await fs.stat(path)).isFile()
  } catch (error) {
    if (isNotFound(error)) return false
    throw new AppError('IO_ERROR', `The library folder could not be read (${errorCode(error) ?? 'error'}).`)
  }
}

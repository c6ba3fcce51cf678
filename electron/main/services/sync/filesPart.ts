import { fileDocId } from '../../../../shared/sync/documents'
import { AppError } from '../../../../shared/ipc/result'
import type { FileSystem } from '../fileSystem'
import { createSyncFiles, isRemoteFileDatabase, type SyncFiles } from './files'
import type { SyncFilesAccess, SyncFilesPart } from './filesSeam'

/** Received PDFs fetched at once (the `all` setting). */
export const FETCHES_AT_ONCE = 2

export interface FilesPartDeps {
  fs: FileSystem
  libraryRoot: () => Promise<string>
  now: () => number
  maxBytes?: number
}

/**
 * The engine's PDF seam over `createSyncFiles`: a PDF whose attachment row the window sent is
 * uploaded (queued while the server is away, sent again at the next attachment either way);
 * with the `all` setting, each PDF another device's attachment row names is fetched, two at a
 * time; otherwise a PDF is fetched when the window reads it (`readStoredPdf`) or asks for it.
 * A failure is reported in words beside the refused documents, never dropped.
 */
export function createFilesPart(access: SyncFilesAccess, deps: FilesPartDeps): SyncFilesPart & { files: SyncFiles } {
  const files = createSyncFiles({
    remote: () => {
      const db = access.remote()
      return db && isRemoteFileDatabase(db) ? db : undefined
    },
    fs: deps.fs,
    libraryRoot: deps.libraryRoot,
    report: access.report,
    now: deps.now,
    ...(deps.maxBytes === undefined ? {} : { maxBytes: deps.maxBytes }),
  })
  const waiting: string[] = []
  let running = 0

  const report = (hash: string, doing: string, error: unknown) => {
    const words = error instanceof AppError || error instanceof Error ? error.message : String(error)
    access.report({ id: fileDocId(hash), reason: `could not ${doing}: ${words}`.slice(0, 500), at: deps.now() })
  }

  const retryQueued = () => {
    if (files.queued().length === 0) return
    void files.retry().then(
      (outcome) => outcome.failed.forEach((failure) => report(failure.hash, 'send the PDF', failure.message)),
      (error: unknown) => report(files.queued()[0] ?? '', 'send the waiting PDFs', error),
    )
  }

  /** Fetches one received PDF (with the `all` setting); every failure is reported, none thrown. */
  const fetchReceived = async (hash: string) => {
    try {
      if ((await access.pdfs()) !== 'all') return
      await files.fetch(hash)
    } catch (error) {
      // not there yet: the other device is still sending it; it is fetched when opened
      if (!(error instanceof AppError && error.code === 'NOT_FOUND')) report(hash, 'fetch the PDF', error)
    }
  }
  // two at a time: one download waits on the network while the other is hashed and stored
  const startFetches = () => {
    while (running < FETCHES_AT_ONCE && waiting.length > 0) {
      const hash = waiting.shift()
      if (hash === undefined) return
      running += 1
      void fetchReceived(hash).finally(() => {
        running -= 1
        startFetches()
      })
    }
  }

  return {
    files,
    onAttachmentPushed(hash) {
      retryQueued()
      files.upload(hash).catch((error: unknown) => report(hash, 'send the PDF', error))
    },
    onAttachmentReceived(hash) {
      retryQueued()
      waiting.push(hash)
      startFetches()
    },
    fetch: (hash) => files.fetch(hash),
  }
}

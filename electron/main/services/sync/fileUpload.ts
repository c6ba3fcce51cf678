import { z } from 'zod'
import { AppError } from '../../../../shared/ipc/result'
import { FILE_ATTACHMENT, fileDocId } from '../../../../shared/sync/documents'
import { errorMessage } from '../fileSystem'
import { isUnreachable, judgeFileDoc, serverError, statusOf, type RemoteFileDatabase } from './fileDoc'

/** `present`: the server already had it (sent by this or another device); `queued`: the server could not be reached, sent by `retry`. */
export type UploadOutcome = 'uploaded' | 'present' | 'queued'

export interface HashFailure {
  hash: string
  message: string
}

export interface RetryOutcome {
  uploaded: string[]
  queued: string[]
  failed: HashFailure[]
}

export interface FileUploads {
  upload(hash: string): Promise<UploadOutcome>
  retry(): Promise<RetryOutcome>
  queued(): string[]
}

/**
 * Sends PDFs to the server with a queue for while it cannot be reached (or sync is not
 * connected): one upload of a hash at a time, a second call joining the first.
 */
export function createFileUploads(deps: { remote: () => RemoteFileDatabase | undefined; localBytes: (hash: string) => Promise<Buffer> }): FileUploads {
  const uploading = new Map<string, Promise<UploadOutcome>>()
  const waiting = new Set<string>()

  async function attempt(hash: string): Promise<UploadOutcome> {
    const db = deps.remote()
    try {
      if (db === undefined) return 'queued'
      return await uploadTo(db, hash, () => deps.localBytes(hash))
    } catch (error) {
      if (isUnreachable(error)) return 'queued'
      throw statusOf(error) === 403 ? new AppError('UNAVAILABLE', `The sync server refused the PDF ${shortHash(hash)}: you can read this library but not change it; the PDF stays on this device.`) : serverError(error, `send the PDF ${shortHash(hash)}`)
    }
  }

  async function upload(hash: string): Promise<UploadOutcome> {
    return once(uploading, hash, async () => {
      try {
        const outcome = await attempt(hash)
        if (outcome === 'queued') waiting.add(hash)
        else waiting.delete(hash)
        return outcome
      } catch (error) {
        waiting.delete(hash)
        throw error
      }
    })
  }

  async function retry(): Promise<RetryOutcome> {
    const outcome: RetryOutcome = { uploaded: [], queued: [], failed: [] }
    for (const hash of [...waiting]) {
      // once the server is unreachable again, the rest wait for the next retry without each timing out
      if (outcome.queued.length > 0) {
        outcome.queued.push(hash)
        continue
      }
      try {
        const done = await upload(hash)
        ;(done === 'queued' ? outcome.queued : outcome.uploaded).push(hash)
      } catch (error) {
        outcome.failed.push({ hash, message: errorMessage(error) })
      }
    }
    return outcome
  }

  return { upload, retry, queued: () => [...waiting] }
}

const revision = z.object({ _rev: z.string() }).loose()

/**
 * Puts `file:<hash>`: the body, then the bytes as a binary attachment (one copy in memory, no
 * base64). Another device putting the same hash meanwhile (409) is the same outcome; a
 * document whose attachment is missing or refused is completed or replaced.
 */
async function uploadTo(db: RemoteFileDatabase, hash: string, bytesOf: () => Promise<Buffer>): Promise<UploadOutcome> {
  const id = fileDocId(hash)
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const existing = await getOrUndefined(db, id)
    if (existing !== undefined && judgeFileDoc(existing, hash, Number.MAX_SAFE_INTEGER).kind === 'ok') return 'present'
    const bytes = await bytesOf()
    const base = revision.safeParse(existing)
    try {
      const { rev } = await db.put({ _id: id, ...(base.success ? { _rev: base.data._rev } : {}), kind: 'file', hash, size: bytes.byteLength })
      await db.putAttachment(id, FILE_ATTACHMENT, rev, bytes, 'application/pdf')
      return 'uploaded'
    } catch (error) {
      if (statusOf(error) !== 409) throw error
    }
  }
  // three conflicts in a row: other devices are writing it now; what they write is checked on fetch
  return 'present'
}

/** The document, or undefined when the server has none of that id (404). */
export async function getOrUndefined(db: RemoteFileDatabase, id: string): Promise<unknown> {
  try {
    return await db.get(id)
  } catch (error) {
    if (statusOf(error) === 404) return undefined
    throw error
  }
}

/** Runs `work` unless a run for `hash` is under way, whose answer is then shared. */
export function once<T>(running: Map<string, Promise<T>>, hash: string, work: () => Promise<T>): Promise<T> {
  const current = running.get(hash)
  if (current) return current
  const started = work().finally(() => running.delete(hash))
  running.set(hash, started)
  return started
}

export function shortHash(hash: string): string {
  return `${hash.slice(0, 12)}…`
}

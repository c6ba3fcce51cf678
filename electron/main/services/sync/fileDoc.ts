import { createHash } from 'node:crypto'
import { z } from 'zod'
import { AppError } from '../../../../shared/ipc/result'
import { FILE_ATTACHMENT, fileDocId, fileDocSchema } from '../../../../shared/sync/documents'
import { errorCode, errorMessage } from '../fileSystem'

/**
 * A file document from the sync server, judged before a byte of its PDF is downloaded: the
 * server (or anyone who may write to its database) is not trusted. A document being uploaded
 * (its body there, its attachment not yet) is `incomplete`, not forged.
 */
export type FileDocVerdict = { kind: 'ok'; length: number } | { kind: 'incomplete' } | { kind: 'refused'; reason: string }

const attachmentStubs = z.record(z.string(), z.object({ length: z.number().int().nonnegative().optional() }).loose())

export function judgeFileDoc(doc: unknown, hash: string, maxBytes: number): FileDocVerdict {
  const body = fileDocSchema.loose().safeParse(doc)
  if (!body.success) return refused(`it is not a file record (${body.error.issues[0]?.message ?? 'bad shape'} at ${body.error.issues[0]?.path.join('.') || 'its top'})`)
  if (body.data._id !== fileDocId(hash)) return refused(`its id ${JSON.stringify(body.data._id.slice(0, 100))} is not ${fileDocId(hash)}`)
  if (body.data.hash !== hash) return refused(`it says its content is ${body.data.hash}, not the ${hash} its id names`)
  const stubs = attachmentStubs.safeParse(body.data._attachments ?? {})
  if (!stubs.success) return refused('its attachments are not described as CouchDB describes them')
  const names = Object.keys(stubs.data)
  const odd = names.find((name) => name !== FILE_ATTACHMENT)
  if (odd !== undefined) return refused(`it carries an attachment named ${JSON.stringify(odd.slice(0, 100))}; a file record holds only "${FILE_ATTACHMENT}"`)
  const length = stubs.data[FILE_ATTACHMENT]?.length
  if (names.length === 0) return { kind: 'incomplete' }
  if (length === undefined) return refused('its attachment does not say its size')
  if (length > maxBytes) return refused(`its PDF is ${megabytes(length)} (${length} bytes); AxisRef takes PDFs up to ${megabytes(maxBytes)} from the sync server`)
  if (length !== body.data.size) return refused(`its attachment is ${length} bytes but the record says ${body.data.size}`)
  return { kind: 'ok', length }
}

function refused(reason: string): FileDocVerdict {
  return { kind: 'refused', reason }
}

function megabytes(bytes: number): string {
  return `${Math.ceil(bytes / 1048576)} MB`
}

/**
 * The part of a remote PouchDB database (pouchdb-core + pouchdb-adapter-http) the file sync
 * uses. Written out here rather than taken from @types/pouchdb-core, whose global `Buffer` and
 * DOM declarations break the type checking of main's other code.
 */
export interface RemoteFileDatabase {
  get(id: string): Promise<unknown>
  put(doc: { _id: string; _rev?: string; kind: 'file'; hash: string; size: number }): Promise<{ rev: string }>
  /** A Buffer goes as the request body, in binary. */
  putAttachment(id: string, name: string, rev: string, data: Buffer, type: string): Promise<unknown>
  allDocs(options: { keys: string[] }): Promise<{ rows: ReadonlyArray<{ key: string; value?: { deleted?: boolean } }> }>
  /** PouchDB's HTTP adapter's raw request to a path under the database, with its authentication. */
  fetch(path: string, init?: { method?: string }): Promise<Response>
}

/** True for a PouchDB database over HTTP (pouchdb-adapter-http): what the engine hands the file sync. */
export function isRemoteFileDatabase(db: object): db is RemoteFileDatabase {
  return ['get', 'put', 'putAttachment', 'allDocs', 'fetch'].every((method) => method in db && typeof Reflect.get(db, method) === 'function')
}

/**
 * Downloads the PDF of `file:<hash>` as it streams in, hashing it, and stops as soon as the
 * server sends more than `length` bytes: a server that lied in the stub cannot fill memory.
 * Resolves to the bytes and their SHA-256, or `undefined` when the attachment is not there (404).
 */
export async function downloadAttachment(db: RemoteFileDatabase, hash: string, length: number): Promise<{ bytes: Buffer; actualHash: string } | { tooLong: true } | undefined> {
  const response = await db.fetch(`${encodeURIComponent(fileDocId(hash))}/${FILE_ATTACHMENT}`, { method: 'GET' })
  if (response.status === 404) return undefined
  if (!response.ok || response.body === null) throw Object.assign(new Error(`the server answered ${response.status}`), { status: response.status })
  const digest = createHash('sha256')
  const chunks: Buffer[] = []
  let total = 0
  for await (const chunk of response.body) {
    total += chunk.byteLength
    // leaving the loop cancels the stream: the rest is never read
    if (total > length) break
    const bytes = Buffer.from(chunk)
    digest.update(bytes)
    chunks.push(bytes)
  }
  if (total > length) return { tooLong: true }
  return { bytes: Buffer.concat(chunks, total), actualHash: digest.digest('hex') }
}

/** The HTTP status of a PouchDB or fetch failure, if it has one. */
export function statusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null || !('status' in error)) return undefined
  return typeof error.status === 'number' ? error.status : undefined
}

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'EPIPE', 'UND_ERR_SOCKET'])

/** True when the server could not be reached (no answer, or a gateway saying it is down): worth trying again later. */
export function isUnreachable(error: unknown): boolean {
  const status = statusOf(error)
  if (status !== undefined) return status === 502 || status === 503 || status === 504
  if (error instanceof TypeError) return true
  const code = errorCode(error) ?? (error instanceof Error ? errorCode(error.cause) : undefined)
  return code !== undefined && NETWORK_CODES.has(code)
}

/** A failure talking to the server, as the app's error in words. */
export function serverError(error: unknown, what: string): AppError {
  if (error instanceof AppError) return error
  if (isUnreachable(error)) return new AppError('UNAVAILABLE', `The sync server could not be reached to ${what}; AxisRef tries again when it is back online.`)
  const status = statusOf(error)
  if (status === 401) return new AppError('UNAVAILABLE', `The sync server refused the user name or password while trying to ${what}; check the connection in Settings.`)
  if (status === 403) return new AppError('UNAVAILABLE', `The sync server did not allow this user to ${what}.`)
  return new AppError('IO_ERROR', `The sync server failed to ${what} (${status ?? errorMessage(error)}).`)
}

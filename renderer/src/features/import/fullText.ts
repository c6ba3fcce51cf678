import type { AxisRefApi } from '../../../../shared/ipc/api'
import { attachmentsWithoutText, clearFullTextFailure, recordFullTextFailure, saveFullText, type AttachmentRecord, type AxisRefDatabase } from '../../db'

/** Files read at once: the host's parser workers (about one per core) stay busy between calls. */
const LANES = 3

type FullTextApi = Pick<AxisRefApi, 'extractPdfFullText'>

export type FullTextOutcome = { ok: true } | { ok: false; reason: string }

/**
 * PDFs main said it does not have (another device's, synced "when opened" and not fetched
 * yet), by library, for this window: not asked for again after each import (thousands of
 * requests in a large synced library) until one arrives (`pdfArrived`) or the window reloads.
 */
const absentPdfs = new WeakMap<AxisRefDatabase, Set<string>>()

function absentIn(db: AxisRefDatabase): Set<string> {
  const absent = absentPdfs.get(db) ?? new Set<string>()
  absentPdfs.set(db, absent)
  return absent
}

/** The PDF with this hash is on this device now (opened in the reader): its text is read with the next phase. */
export function pdfArrived(db: AxisRefDatabase, hash: string): void {
  absentIn(db).delete(hash)
}

/**
 * The background phase after papers are visible: the text of every page of each new PDF,
 * for full-text search, a few files at a time. It cannot starve a next import: the host's
 * parser takes any waiting metadata read before the next full text. A file that fails is
 * recorded in IndexedDB with the reason and not read again by later imports (each try can
 * take the reader's whole time limit); the details pane offers a retry.
 */
export async function indexFullTexts(api: FullTextApi, db: AxisRefDatabase, signal?: AbortSignal): Promise<{ indexed: number; failed: number }> {
  let indexed = 0
  let failed = 0
  const tried = new Set<string>()
  for (;;) {
    const absent = absentIn(db)
    const pending = (await attachmentsWithoutText(db)).filter((attachment) => !tried.has(attachment.id) && !absent.has(attachment.hash))
    if (pending.length === 0 || signal?.aborted) return { indexed, failed }
    const lane = async (): Promise<void> => {
      for (let attachment = pending.shift(); attachment && !signal?.aborted; attachment = pending.shift()) {
        tried.add(attachment.id)
        if ((await readFullText(api, db, attachment)).ok) indexed++
        else failed++
      }
    }
    await Promise.all(Array.from({ length: LANES }, lane))
  }
}

/** Reads one PDF's text and stores it, or records why it could not be read. */
export async function readFullText(api: FullTextApi, db: AxisRefDatabase, attachment: AttachmentRecord, now: () => number = Date.now): Promise<FullTextOutcome> {
  const read = await api.extractPdfFullText({ hash: attachment.hash })
  if (read.ok) {
    await saveFullText(db, attachment, read.value.text, read.value.truncated)
    return { ok: true }
  }
  const { error } = read
  // a PDF another device imported and this one has not fetched yet (sync, "when opened"): not a
  // failure of the file, which would travel to every device; it is read once it is here
  if (error.code === 'NOT_FOUND') {
    absentIn(db).add(attachment.hash)
    return { ok: false, reason: error.message }
  }
  await recordFullTextFailure(db, attachment.id, { code: error.code, reason: error.message, failedAt: now() })
  return { ok: false, reason: error.message }
}

/** "Retry": forgets the recorded failure and reads the PDF's text again now. */
export async function retryFullText(api: FullTextApi, db: AxisRefDatabase, attachmentId: string): Promise<FullTextOutcome> {
  const attachment = await db.attachments.get(attachmentId)
  if (!attachment) return { ok: false, reason: 'The PDF is no longer in the library.' }
  await clearFullTextFailure(db, attachmentId)
  return readFullText(api, db, attachment)
}

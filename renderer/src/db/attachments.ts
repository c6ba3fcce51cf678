import { makeUniqueKey } from '../../../shared/citekeys'
import type { CslItem } from '../../../shared/domain/csl'
import type { AxisRefDatabase } from './database'
import type { AttachmentRecord, PaperRecord, Unstamped } from './schema'
import { importedAttachmentName } from './attachmentNames'
import { completionLookup } from './completionLookups'
import { enqueueLookups } from './lookups'
import { newPaperRow } from './papers'

export interface ImportedPdf {
  csl: CslItem
  fieldSources: PaperRecord['fieldSources']
  /** The title the PDF gave was not text: kept aside, the paper has no title until a lookup gives one. */
  unreadableTitle?: PaperRecord['unreadableTitle']
  attachment: Pick<AttachmentRecord, 'hash' | 'size' | 'originalName' | 'pageCount' | 'scanned'>
}

export type AddPdfPaperResult = { status: 'added'; paper: PaperRecord } | { status: 'duplicate'; paper: PaperRecord | undefined }

/** The paper that already holds these bytes, if any (trashed papers count: the file is there). */
export async function findPaperByAttachmentHash(db: AxisRefDatabase, hash: string): Promise<PaperRecord | undefined> {
  const attachment = await db.attachments.where('hash').equals(hash).first()
  return attachment ? db.papers.get(attachment.paperId) : undefined
}

/**
 * Adds a paper and its PDF in one transaction (named from the record if the user asked for that). The hash is checked again inside it, so
 * two copies of one file in the same batch make one paper and one "already in library".
 * `keyBase` gives the key from the record; a clash with any key in the library (compared
 * without case, as BibTeX does) gets a, b, c… appended.
 */
export async function addPdfPaper(
  db: AxisRefDatabase,
  imported: ImportedPdf,
  keyBase: (item: CslItem) => string,
  now: number = Date.now(),
): Promise<AddPdfPaperResult> {
  const [result] = await addPdfPapers(db, [imported], keyBase, now)
  if (!result) throw new Error('addPdfPapers answered nothing for one paper')
  return result
}

/**
 * The same for several papers in one transaction, in order, so an import that reads many
 * files at once wakes the library's live queries once per group rather than once per paper.
 * Each paper added gets the lookup that completes it queued with it (it runs when lookups
 * can). Any failure rolls the whole group back (the caller may retry one by one).
 */
export function addPdfPapers(
  db: AxisRefDatabase,
  papers: readonly ImportedPdf[],
  keyBase: (item: CslItem) => string,
  now: number = Date.now(),
): Promise<AddPdfPaperResult[]> {
  return db.transaction('rw', db.papers, db.attachments, db.settings, db.lookups, async () => {
    const results: AddPdfPaperResult[] = []
    // a millisecond apart, so "date added" keeps the order the files were read in
    for (const [index, imported] of papers.entries()) results.push(await addInTransaction(db, imported, keyBase, now + index))
    return results
  })
}

async function addInTransaction(db: AxisRefDatabase, imported: ImportedPdf, keyBase: (item: CslItem) => string, now: number): Promise<AddPdfPaperResult> {
  const existing = await findPaperByAttachmentHash(db, imported.attachment.hash)
  if (existing) return { status: 'duplicate', paper: existing }
  const id = crypto.randomUUID()
  const csl = { ...imported.csl, id }
  const citationKey = await uniqueCitationKey(db, keyBase(csl))
  const paper: PaperRecord = { ...newPaperRow(id, csl, citationKey, now), fieldSources: imported.fieldSources }
  if (imported.unreadableTitle) paper.unreadableTitle = imported.unreadableTitle
  await db.papers.add(paper)
  const lookup = completionLookup(paper)
  if (lookup) await enqueueLookups(db, [lookup], now)
  const originalName = await importedAttachmentName(db, csl, imported.attachment.originalName)
  await db.attachments.add({ id: crypto.randomUUID(), paperId: id, textExtracted: false, addedAt: now, ...imported.attachment, originalName })
  return { status: 'added', paper }
}

export type AttachToPaperResult =
  | { status: 'attached'; attachment: AttachmentRecord }
  /** These bytes are a PDF of a paper already (this one or another): a PDF is not attached twice. */
  | { status: 'already'; paper: PaperRecord | undefined }
  | { status: 'gone' }

/**
 * Adds a stored PDF to a paper already in the library (not a new paper), named as an
 * imported PDF is. The hash and the paper are checked inside the transaction, so two quick
 * drops of one file attach it once.
 */
export function attachPdfToPaper(
  db: AxisRefDatabase,
  paperId: string,
  attachment: ImportedPdf['attachment'],
  now: number = Date.now(),
): Promise<AttachToPaperResult> {
  return db.transaction('rw', db.papers, db.attachments, db.settings, async (): Promise<AttachToPaperResult> => {
    const paper = await db.papers.get(paperId)
    if (!paper) return { status: 'gone' }
    const holder = await db.attachments.where('hash').equals(attachment.hash).first()
    if (holder) return { status: 'already', paper: await db.papers.get(holder.paperId) }
    const originalName = await importedAttachmentName(db, paper.csl, attachment.originalName)
    const record = { id: crypto.randomUUID(), paperId, textExtracted: false, addedAt: now, ...attachment, originalName }
    await db.attachments.add(record)
    return { status: 'attached', attachment: (await db.attachments.get(record.id)) ?? { ...record, modifiedAt: now, revision: 1 } }
  })
}

/**
 * Takes a PDF off its paper again (the user detached what was just attached): the
 * attachment and its full text go; the file stays in the store for the caller to discard.
 * Resolves to whether another attachment still uses the same bytes.
 */
export async function detachPdf(db: AxisRefDatabase, attachmentId: string): Promise<{ removed: boolean; hashStillUsed: boolean }> {
  return db.transaction('rw', db.attachments, db.fullTexts, async () => {
    const attachment = await db.attachments.get(attachmentId)
    if (!attachment) return { removed: false, hashStillUsed: false }
    await db.attachments.delete(attachmentId)
    await db.fullTexts.delete(attachmentId)
    return { removed: true, hashStillUsed: (await db.attachments.where('hash').equals(attachment.hash).count()) > 0 }
  })
}

/**
 * Attachments whose full text has not been read on this device yet (for the background
 * phase): new ones, and ones another device read and sent through sync (full texts stay on
 * each device, so this one reads its own once it has the PDF). One whose reading failed is
 * left out: it is read again only when the user asks (retryFullText).
 */
export async function attachmentsWithoutText(db: AxisRefDatabase): Promise<AttachmentRecord[]> {
  // read whole and filtered here: Dexie's filter() walks a cursor, a round trip per record
  const [attachments, withText] = await Promise.all([db.attachments.toArray(), db.fullTexts.toCollection().primaryKeys()])
  const read = new Set(withText)
  return attachments.filter((attachment) => (!attachment.textExtracted || !read.has(attachment.id)) && !attachment.scanned && !attachment.fullTextFailure)
}

/** Remembers why the full text of a PDF could not be read, so later imports do not try it again. */
export async function recordFullTextFailure(db: AxisRefDatabase, attachmentId: string, failure: NonNullable<AttachmentRecord['fullTextFailure']>): Promise<void> {
  await db.attachments.update(attachmentId, { fullTextFailure: failure })
}

/** Forgets a full-text failure (the user asked to try again); the attachment is then read like a new one. */
export async function clearFullTextFailure(db: AxisRefDatabase, attachmentId: string): Promise<void> {
  await db.attachments.update(attachmentId, { fullTextFailure: undefined })
}

/**
 * Stores a PDF's text under the paper that holds the PDF now. Reading takes seconds: meanwhile
 * the paper may have been deleted for good (nothing is written: the text of a gone paper would
 * be an orphan the library check reports) or merged into another (the text follows the PDF).
 * Resolves to whether the text was stored.
 */
export async function saveFullText(db: AxisRefDatabase, attachment: Unstamped<AttachmentRecord>, text: string, truncated: boolean): Promise<boolean> {
  return db.transaction('rw', db.fullTexts, db.attachments, async () => {
    const current = await db.attachments.get(attachment.id)
    if (!current) return false
    await db.fullTexts.put({ attachmentId: current.id, paperId: current.paperId, text, truncated })
    await db.attachments.update(current.id, { textExtracted: true })
    return true
  })
}

/** `base`, or base + a, b, c… if a paper already has it (case does not make keys distinct). */
export async function uniqueCitationKey(db: AxisRefDatabase, base: string): Promise<string> {
  const taken = await db.papers.where('citationKey').startsWithIgnoreCase(base).keys()
  return makeUniqueKey(base, new Set(taken.map((key) => String(key).toLowerCase())))
}

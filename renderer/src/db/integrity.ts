import type { AxisRefDatabase } from './database'

/** What the integrity check sends to the host of one attachment record: the record and the file it names. */
export interface AttachmentRef {
  attachmentId: string
  paperId: string
  hash: string
}

/**
 * The next part of the attachment records in hash order, after hash `after` (from the first
 * when absent): at most `limit` records, all records of a hash in the same part. `through` is
 * the part's last hash, absent for the last part. Only where one file has more than `limit`
 * records is a part larger: that hash's records are never split.
 */
export async function attachmentRefsPart(db: AxisRefDatabase, after: string | undefined, limit: number): Promise<{ refs: AttachmentRef[]; through?: string }> {
  const rows = await (after === undefined ? db.attachments.orderBy('hash') : db.attachments.where('hash').above(after)).limit(limit + 1).toArray()
  const refs = rows.map(({ id, paperId, hash }) => ({ attachmentId: id, paperId, hash }))
  if (refs.length <= limit) return { refs }
  const boundary = refs[limit - 1]?.hash ?? ''
  // the hash at the cut may have more records beyond it: it goes whole into the next part
  const whole = refs[limit]?.hash === boundary ? refs.slice(0, limit).filter((ref) => ref.hash !== boundary) : refs.slice(0, limit)
  const through = whole.at(-1)?.hash
  if (through !== undefined) return { refs: whole, through }
  const shared = await db.attachments.where('hash').equals(boundary).toArray()
  return { refs: shared.map(({ id, paperId, hash }) => ({ attachmentId: id, paperId, hash })), through: boundary }
}

/** Removes attachment records (and their full text); the paper keeps its record and notes. */
export async function removeAttachmentRecords(db: AxisRefDatabase, attachmentIds: readonly string[]): Promise<void> {
  await db.transaction('rw', db.attachments, db.fullTexts, async () => {
    await db.attachments.bulkDelete([...attachmentIds])
    await db.fullTexts.bulkDelete([...attachmentIds])
  })
}

/**
 * Points attachment records at another stored PDF (the user chose a new file for a lost or
 * damaged one); its text is read again later, so the old full text goes.
 */
export async function replaceAttachmentFile(db: AxisRefDatabase, attachmentIds: readonly string[], stored: { hash: string; size: number; originalName: string }): Promise<void> {
  await db.transaction('rw', db.attachments, db.fullTexts, async () => {
    for (const id of attachmentIds) {
      await db.attachments.update(id, { hash: stored.hash, size: stored.size, originalName: stored.originalName, textExtracted: false, pageCount: undefined, scanned: undefined, fullTextFailure: undefined })
    }
    await db.fullTexts.bulkDelete([...attachmentIds])
  })
}

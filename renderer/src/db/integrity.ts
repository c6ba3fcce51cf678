import type { AxisRefDatabase } from './database'

/** What the integrity check sends to the host: each attachment record and the file it names. */
export async function attachmentRefs(db: AxisRefDatabase): Promise<{ attachmentId: string; paperId: string; hash: string }[]> {
  return (await db.attachments.toArray()).map(({ id, paperId, hash }) => ({ attachmentId: id, paperId, hash }))
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

import { buildSnapshot, type Snapshot } from '../../../../shared/backup/snapshot'
import type { AnnotationRecord, AxisRefDatabase, PaperRecord } from '../../db'

/** The whole library as one snapshot, read in one transaction so it is consistent. */
export async function buildLibrarySnapshot(db: AxisRefDatabase, appVersion?: string): Promise<Snapshot> {
  return db.transaction('r', [db.papers, db.attachments, db.notes, db.annotations, db.collections, db.savedSearches, db.settings], async () =>
    buildSnapshot(
      {
        papers: loose(await db.papers.toArray()),
        attachments: loose(await db.attachments.toArray()),
        notes: loose(await db.notes.toArray()),
        annotations: loose(await db.annotations.toArray()),
        collections: loose(await db.collections.toArray()),
        savedSearches: loose(await db.savedSearches.toArray()),
        settings: await db.settings.toArray(),
      },
      { createdAt: new Date().toISOString(), appVersion },
    ),
  )
}

/** Records are interfaces (no index signature); the snapshot keeps every field as it is. */
function loose<T extends object>(rows: T[]): Array<T & Record<string, unknown>> {
  return rows as Array<T & Record<string, unknown>>
}

/**
 * Loads a snapshot into an empty library (the offer made when IndexedDB was lost). Refuses
 * to touch a library that has papers: nothing the user has is ever overwritten. Attachments
 * come back marked unread; the caller reads their text again (indexFullTexts).
 */
export async function restoreLibrarySnapshot(db: AxisRefDatabase, snapshot: Snapshot): Promise<number> {
  return db.transaction('rw', [db.papers, db.attachments, db.notes, db.annotations, db.collections, db.savedSearches, db.settings], async () => {
    if ((await db.papers.count()) > 0) throw new Error('The library is not empty; a backup is only restored into an empty library.')
    await db.papers.bulkAdd(snapshot.papers as unknown as PaperRecord[])
    // page texts are not in snapshots: each PDF is read again, so full-text search finds it
    await db.attachments.bulkAdd(snapshot.attachments.map((attachment) => ({ addedAt: Date.now(), ...attachment, textExtracted: false })))
    await db.notes.bulkAdd(snapshot.notes.map((note) => ({ createdAt: 0, modifiedAt: 0, ...note })))
    await db.annotations.bulkAdd(snapshot.annotations as unknown as AnnotationRecord[])
    await db.collections.bulkAdd(snapshot.collections.map((collection) => ({ createdAt: 0, ...collection })))
    await db.savedSearches.bulkAdd(snapshot.savedSearches.map((search) => ({ createdAt: 0, ...search })))
    await db.settings.bulkPut(snapshot.settings)
    return snapshot.papers.length
  })
}

import { snapshotRows } from '../../../../shared/backup/restore'
import { buildSnapshot, type Snapshot } from '../../../../shared/backup/snapshot'
import type { AxisRefDatabase } from '../../db'

/** The whole library as one snapshot, read in one transaction so it is consistent. */
export async function buildLibrarySnapshot(db: AxisRefDatabase, appVersion?: string): Promise<Snapshot> {
  return db.transaction('r', [db.papers, db.attachments, db.notes, db.annotations, db.collections, db.savedSearches, db.settings], async () =>
    buildSnapshot(
      {
        papers: await db.papers.toArray(),
        attachments: await db.attachments.toArray(),
        notes: await db.notes.toArray(),
        annotations: await db.annotations.toArray(),
        collections: await db.collections.toArray(),
        savedSearches: await db.savedSearches.toArray(),
        settings: await db.settings.toArray(),
      },
      { createdAt: new Date().toISOString(), appVersion },
    ),
  )
}

/**
 * Loads a snapshot into an empty library (the offer made when IndexedDB was lost). Refuses
 * to touch a library that has papers: nothing the user has is ever overwritten. Every row is
 * checked before the first is written. Attachments come back marked unread; the caller reads
 * their text again (indexFullTexts).
 */
export async function restoreLibrarySnapshot(db: AxisRefDatabase, snapshot: Snapshot): Promise<number> {
  const papers = snapshotRows(snapshot, 'papers')
  const attachments = snapshotRows(snapshot, 'attachments')
  const notes = snapshotRows(snapshot, 'notes')
  const annotations = snapshotRows(snapshot, 'annotations')
  const collections = snapshotRows(snapshot, 'collections')
  const savedSearches = snapshotRows(snapshot, 'savedSearches')
  const settings = snapshotRows(snapshot, 'settings')
  return db.transaction('rw', [db.papers, db.attachments, db.notes, db.annotations, db.collections, db.savedSearches, db.settings], async () => {
    if ((await db.papers.count()) > 0) throw new Error('The library is not empty; a backup is only restored into an empty library.')
    await db.papers.bulkAdd(papers)
    // page texts are not in snapshots: each PDF is read again, so full-text search finds it
    await db.attachments.bulkAdd(attachments.map((attachment) => ({ ...attachment, textExtracted: false })))
    await db.notes.bulkAdd(notes)
    await db.annotations.bulkAdd(annotations)
    await db.collections.bulkAdd(collections)
    await db.savedSearches.bulkAdd(savedSearches)
    await db.settings.bulkPut(settings)
    return papers.length
  })
}

import { snapshotRows } from '../../../../shared/backup/restore'
import { buildSnapshot, type Snapshot } from '../../../../shared/backup/snapshot'
import type { IndexableType, Table } from 'dexie'
import { hasPapers, type AxisRefDatabase } from '../../db'

/** Rows read per transaction. */
const CHUNK = 2_000

/**
 * Every row of a table, `CHUNK` at a time in key order, each chunk in a transaction of its
 * own: IndexedDB holds a write to a table until the reads over it have ended, and one read
 * of 100,000 papers held the user's next edit (a tag added) for seconds.
 */
async function readInChunks<T, K extends IndexableType, I>(table: Table<T, K, I>): Promise<T[]> {
  const keyPath = table.schema.primKey.keyPath
  if (typeof keyPath !== 'string') throw new Error(`The ${table.name} table has no single key to read it by.`)
  const rows: T[] = []
  let after: IndexableType | undefined
  for (;;) {
    const chunk = await (after === undefined ? table.orderBy(':id') : table.where(':id').above(after)).limit(CHUNK).toArray()
    for (const row of chunk) rows.push(row)
    const last: unknown = chunk.length === CHUNK ? Reflect.get(Object(chunk.at(-1)), keyPath) : undefined
    if (!isKey(last)) return rows
    after = last
  }
}

function isKey(value: unknown): value is IndexableType {
  return typeof value === 'string' || typeof value === 'number'
}

/**
 * The whole library as one snapshot, read a chunk at a time (see `readInChunks`). A write
 * made while it is read may leave it between two states (a note without its new paper);
 * that write is a change, so another snapshot follows it.
 */
export async function buildLibrarySnapshot(db: AxisRefDatabase, appVersion?: string): Promise<Snapshot> {
  return buildSnapshot(
    {
      papers: await readInChunks(db.papers),
      attachments: await readInChunks(db.attachments),
      notes: await readInChunks(db.notes),
      annotations: await readInChunks(db.annotations),
      collections: await readInChunks(db.collections),
      savedSearches: await readInChunks(db.savedSearches),
      settings: await readInChunks(db.settings),
    },
    { createdAt: new Date().toISOString(), appVersion },
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
    if (await hasPapers(db)) throw new Error('The library is not empty; a backup is only restored into an empty library.')
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

import type { AxisRefDatabase } from './database'
import type { CollectionRecord, SavedSearchRecord } from './schema'

/** Tables holding what belongs to one paper: emptied with it when the trash is emptied. */
function paperTables(db: AxisRefDatabase) {
  return [db.papers, db.attachments, db.fullTexts, db.notes, db.annotations]
}

/** Moves papers to the trash: they leave every view but the trash, and can be restored. */
export async function trashPapers(db: AxisRefDatabase, ids: readonly string[], now: number = Date.now()): Promise<number> {
  return db.papers.where('id').anyOf([...ids]).filter((paper) => paper.trashedAt === undefined).modify({ trashedAt: now, modifiedAt: now })
}

/** Takes papers out of the trash, back where they were (their collections and tags are kept). */
export async function restorePapers(db: AxisRefDatabase, ids: readonly string[], now: number = Date.now()): Promise<number> {
  return db.papers
    .where('id')
    .anyOf([...ids])
    .filter((paper) => paper.trashedAt !== undefined)
    .modify((paper) => {
      delete paper.trashedAt
      paper.modifiedAt = now
    })
}

/**
 * Deletes the papers in the trash for good, with their attachments' records, full texts,
 * notes and annotations, in one transaction. Returns how many; the PDF files are for
 * {@link emptyTrashFreeingFiles} to take away.
 */
export async function emptyTrash(db: AxisRefDatabase): Promise<number> {
  return (await deleteTrashedPapers(db)).deleted
}

/**
 * Empties the trash, then (after the delete has committed, so nothing read is stale) answers
 * which of the deleted papers' PDF hashes no remaining paper uses: a PDF another paper shares
 * is not among them.
 */
export async function emptyTrashFreeingFiles(db: AxisRefDatabase): Promise<{ deleted: number; unusedHashes: string[] }> {
  const { deleted, hashes } = await deleteTrashedPapers(db)
  const unusedHashes: string[] = []
  for (const hash of new Set(hashes)) if ((await db.attachments.where('hash').equals(hash).count()) === 0) unusedHashes.push(hash)
  return { deleted, unusedHashes }
}

async function deleteTrashedPapers(db: AxisRefDatabase): Promise<{ deleted: number; hashes: string[] }> {
  return db.transaction('rw', paperTables(db), async () => {
    const ids = await db.papers.where('trashedAt').above(0).primaryKeys()
    if (ids.length === 0) return { deleted: 0, hashes: [] }
    const hashes = (await db.attachments.where('paperId').anyOf(ids).toArray()).map((attachment) => attachment.hash)
    // a fresh collection: one already read does not delete what it read
    await db.attachments.where('paperId').anyOf(ids).delete()
    await db.fullTexts.where('paperId').anyOf(ids).delete()
    await db.notes.where('paperId').anyOf(ids).delete()
    await db.annotations.where('paperId').anyOf(ids).delete()
    await db.papers.bulkDelete(ids)
    return { deleted: ids.length, hashes }
  })
}

export async function countTrash(db: AxisRefDatabase): Promise<number> {
  return db.papers.where('trashedAt').above(0).count()
}

/** A new collection, at the top or inside `parentId`. The name is trimmed and must not be empty. */
export async function createCollection(db: AxisRefDatabase, name: string, parentId?: string, now: number = Date.now()): Promise<CollectionRecord> {
  const trimmed = name.trim()
  if (!trimmed) throw new Error('A collection needs a name.')
  if (parentId !== undefined && !(await db.collections.get(parentId))) throw new Error('The parent collection no longer exists.')
  const record: CollectionRecord = { id: crypto.randomUUID(), name: trimmed, createdAt: now, modifiedAt: now, revision: 1, ...(parentId !== undefined ? { parentId } : {}) }
  await db.collections.add(record)
  return record
}

export async function renameCollection(db: AxisRefDatabase, id: string, name: string): Promise<void> {
  const trimmed = name.trim()
  if (!trimmed) throw new Error('A collection needs a name.')
  await db.collections.update(id, { name: trimmed })
}

/** The collection and every one nested in it. */
export async function collectionSubtree(db: AxisRefDatabase, id: string): Promise<string[]> {
  const all = await db.collections.toArray()
  const found = [id]
  for (let index = 0; index < found.length; index++) for (const child of all) if (child.parentId === found[index]) found.push(child.id)
  return found
}

/**
 * Deletes a collection and those nested in it. Papers are never deleted: they only stop
 * being in these collections (they stay in the library and in any other collection).
 */
export async function deleteCollection(db: AxisRefDatabase, id: string, now: number = Date.now()): Promise<void> {
  await db.transaction('rw', db.collections, db.papers, async () => {
    const doomed = await collectionSubtree(db, id)
    await db.papers
      .where('collections')
      .anyOf(doomed)
      .distinct()
      .modify((paper) => {
        paper.collections = paper.collections.filter((item) => !doomed.includes(item))
        paper.modifiedAt = now
      })
    await db.collections.bulkDelete(doomed)
  })
}

/** Puts papers into a collection (a paper can be in several); papers already in it are left alone. */
export async function addToCollection(db: AxisRefDatabase, collectionId: string, ids: readonly string[], now: number = Date.now()): Promise<number> {
  if (!(await db.collections.get(collectionId))) throw new Error('That collection no longer exists.')
  return db.papers
    .where('id')
    .anyOf([...ids])
    .filter((paper) => !paper.collections.includes(collectionId))
    .modify((paper) => {
      paper.collections = [...paper.collections, collectionId]
      paper.modifiedAt = now
    })
}

export async function removeFromCollection(db: AxisRefDatabase, collectionId: string, ids: readonly string[], now: number = Date.now()): Promise<number> {
  return db.papers
    .where('id')
    .anyOf([...ids])
    .filter((paper) => paper.collections.includes(collectionId))
    .modify((paper) => {
      paper.collections = paper.collections.filter((item) => item !== collectionId)
      paper.modifiedAt = now
    })
}

/** Names a query; opening it runs the query again, so it always shows the library as it is now. */
export async function saveSearch(db: AxisRefDatabase, name: string, query: string, now: number = Date.now()): Promise<SavedSearchRecord> {
  const trimmed = name.trim()
  if (!trimmed) throw new Error('A saved search needs a name.')
  if (!query.trim()) throw new Error('There is nothing to save: the search is empty.')
  const record: SavedSearchRecord = { id: crypto.randomUUID(), name: trimmed, query: query.trim(), createdAt: now, modifiedAt: now, revision: 1 }
  await db.savedSearches.add(record)
  return record
}

export async function deleteSavedSearch(db: AxisRefDatabase, id: string): Promise<void> {
  await db.savedSearches.delete(id)
}

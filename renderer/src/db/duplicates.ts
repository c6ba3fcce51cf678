import { createDuplicateIndex, findDuplicateSets, mergePapers, type DuplicateIndex, type DuplicateSet, type MergeUndo } from '../../../shared/dedup'
import type { AxisRefDatabase } from './database'
import type { PaperRecord } from './schema'

const NOT_DUPLICATES = 'notDuplicates'
type Pair = [string, string]

/**
 * Every paper not in the trash. Read whole and filtered here: Dexie's `filter()` walks a
 * cursor, one IndexedDB round trip per record, which took seconds at 50,000 papers.
 */
async function papersOutsideTrash(db: AxisRefDatabase): Promise<PaperRecord[]> {
  return (await db.papers.toArray()).filter((paper) => paper.trashedAt === undefined)
}

/** Candidate duplicate sets in the library (trash aside), minus pairs the user said differ. */
export async function findLibraryDuplicates(db: AxisRefDatabase): Promise<DuplicateSet[]> {
  const papers = await papersOutsideTrash(db)
  const notDuplicates = ((await db.settings.get(NOT_DUPLICATES))?.value as Pair[] | undefined) ?? []
  return findDuplicateSets(papers.map((paper) => ({ id: paper.id, item: paper.csl, citationKey: paper.citationKey })), { notDuplicates })
}

/** The library (trash aside) ready to check incoming records against, for one import. */
export async function libraryDuplicateIndex(db: AxisRefDatabase): Promise<DuplicateIndex> {
  const papers = await papersOutsideTrash(db)
  return createDuplicateIndex(papers.map((paper) => ({ id: paper.id, item: paper.csl, citationKey: paper.citationKey })))
}

/** Remembers that these papers are different, so they are not offered again. */
export async function markNotDuplicates(db: AxisRefDatabase, ids: readonly string[]): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const pairs = ((await db.settings.get(NOT_DUPLICATES))?.value as Pair[] | undefined) ?? []
    for (const a of ids) for (const b of ids) if (a < b) pairs.push([a, b])
    await db.settings.put({ key: NOT_DUPLICATES, value: pairs })
  })
}

/**
 * Merges `others` into `keepId` in one transaction: the merged record (union of tags, axis
 * nodes, collections; other keys kept as aliases), their PDFs, notes and full texts moved
 * to the kept paper, the others removed. Resolves to what undoes it.
 */
export async function mergeDuplicates(db: AxisRefDatabase, keepId: string, otherIds: readonly string[]): Promise<MergeUndo<PaperRecord>> {
  return db.transaction('rw', [db.papers, db.attachments, db.notes, db.fullTexts], async () => {
    const [keep, ...others] = await db.papers.bulkGet([keepId, ...otherIds])
    if (!keep || others.some((paper) => !paper)) throw new Error('A paper to merge is no longer in the library.')
    const children = [
      ...(await db.attachments.where('paperId').anyOf([...otherIds]).toArray()).map((child) => ({ table: 'attachments', id: child.id, paperId: child.paperId })),
      ...(await db.notes.where('paperId').anyOf([...otherIds]).toArray()).map((child) => ({ table: 'notes', id: child.id, paperId: child.paperId })),
      ...(await db.fullTexts.where('paperId').anyOf([...otherIds]).toArray()).map((child) => ({ table: 'fullTexts', id: child.attachmentId, paperId: child.paperId })),
    ]
    const result = mergePapers(keep, others as PaperRecord[], { children, now: Date.now() })
    await db.papers.bulkDelete(result.removedIds)
    await db.papers.put(result.merged)
    for (const move of result.reassign) await db.table(move.table).update(move.id, { paperId: move.to })
    return result.undo
  })
}

/** Puts every paper of a merge back as it was, with its own PDFs and notes. */
export async function undoMerge(db: AxisRefDatabase, undo: MergeUndo<PaperRecord>): Promise<void> {
  await db.transaction('rw', [db.papers, db.attachments, db.notes, db.fullTexts], async () => {
    await db.papers.bulkPut(undo.restore)
    for (const move of undo.reassign) await db.table(move.table).update(move.id, { paperId: move.paperId })
  })
}

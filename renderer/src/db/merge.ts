import { mergePapers, type ChildRef, type MergeUndo } from '../../../shared/dedup'
import { settingValue } from '../../../shared/domain/settings'
import { withPending } from './axisTags'
import type { AxisRefDatabase } from './database'
import { NOT_DUPLICATES, type Pair } from './duplicates'
import type { MergedPaperRecord, PaperRecord } from './schema'
import { asRewrite } from './revisions'
import { writeSetting } from './settings'

/**
 * Every table whose rows belong to one paper through an indexed `paperId`. A merge moves
 * them all to the kept paper; a test checks that no table of the schema with a `paperId`
 * index is missing here, so a new one cannot be orphaned by merges again.
 */
export const PAPER_CHILD_TABLES = ['attachments', 'notes', 'annotations', 'fullTexts', 'lookups'] as const

/** What undoes a merge: the papers and children as they were, the duplicate decisions and merge records too. */
export interface LibraryMergeUndo extends MergeUndo<PaperRecord> {
  notDuplicates: Pair[] | undefined
  /** Merge records this merge wrote (deleted on undo). */
  mergeRecordsAdded: string[]
  /** Merge records as they were before this merge re-pointed them (put back on undo). */
  mergeRecordsBefore: MergedPaperRecord[]
}

function mergeTables(db: AxisRefDatabase) {
  return [db.papers, db.attachments, db.notes, db.annotations, db.fullTexts, db.lookups, db.settings, db.mergedPapers]
}

/**
 * Merges `otherIds` into `keepId` in one transaction: the merged record (union of tags, axis
 * nodes and decisions, collections; other keys kept as aliases), every row of theirs in
 * PAPER_CHILD_TABLES moved to the kept paper, "not duplicates" decisions re-pointed, a
 * record of where each paper went, the others removed. Resolves to what undoes it.
 */
export async function mergeDuplicates(db: AxisRefDatabase, keepId: string, otherIds: readonly string[], now: number = Date.now()): Promise<LibraryMergeUndo> {
  return db.transaction('rw', mergeTables(db), async () => {
    const [keep, ...found] = await db.papers.bulkGet([keepId, ...otherIds])
    const others = found.filter((paper): paper is PaperRecord => paper !== undefined)
    if (!keep || others.length !== otherIds.length) throw new Error('A paper to merge is no longer in the library: open the duplicates again.')
    const result = mergePapers(keep, others, { children: await childrenOf(db, otherIds), now })
    await db.papers.bulkDelete(result.removedIds)
    await db.papers.put(withMergedSuggestions(result.merged, others))
    for (const table of PAPER_CHILD_TABLES) await db.table(table).where('paperId').anyOf([...otherIds]).modify({ paperId: keepId })
    const notDuplicates = await repointDecisions(db, keepId, otherIds)
    const mergeRecordsBefore = await recordMerge(db, keepId, others, now)
    return { ...result.undo, notDuplicates, mergeRecordsAdded: [...otherIds], mergeRecordsBefore }
  })
}

/** Puts every paper of a merge back as it was, with its own PDFs, notes, highlights and decisions. */
export async function undoMerge(db: AxisRefDatabase, undo: LibraryMergeUndo): Promise<void> {
  await db.transaction('rw', mergeTables(db), async () => {
    await db.papers.bulkPut(undo.restore.map(asRewrite))
    for (const move of undo.reassign) await db.table(move.table).update(move.id, { paperId: move.paperId })
    await db.mergedPapers.bulkDelete(undo.mergeRecordsAdded)
    await db.mergedPapers.bulkPut(undo.mergeRecordsBefore.map(asRewrite))
    if (undo.notDuplicates) await writeSetting(db, NOT_DUPLICATES, undo.notDuplicates)
  })
}

/** The primary keys only: a full text can be megabytes, and only its owner is needed here. */
async function childrenOf(db: AxisRefDatabase, paperIds: readonly string[]): Promise<ChildRef[]> {
  const children: ChildRef[] = []
  for (const table of PAPER_CHILD_TABLES) {
    for (const paperId of paperIds) {
      const keys = await db.table(table).where('paperId').equals(paperId).primaryKeys()
      children.push(...keys.map((id) => ({ table, id: String(id), paperId })))
    }
  }
  return children
}

/** The kept paper's suggestions (or else a merged-away one's), with pending ones recomputed against the merged decisions. */
function withMergedSuggestions(merged: PaperRecord, others: readonly PaperRecord[]): PaperRecord {
  const axisSuggestions = merged.axisSuggestions ?? others.find((paper) => paper.axisSuggestions)?.axisSuggestions
  if (!axisSuggestions) return merged
  return { ...merged, ...withPending({ ...merged, axisSuggestions }) }
}

/** "These are not duplicates" said of a merged-away paper now holds for the kept one. */
async function repointDecisions(db: AxisRefDatabase, keepId: string, otherIds: readonly string[]): Promise<Pair[] | undefined> {
  const stored = await db.settings.get(NOT_DUPLICATES)
  if (!stored) return undefined
  const before = settingValue(NOT_DUPLICATES, stored.value)
  const gone = new Set(otherIds)
  const seen = new Set<string>()
  const after: Pair[] = []
  for (const pair of before) {
    const [a, b] = pair.map((id) => (gone.has(id) ? keepId : id)).sort()
    if (a === undefined || b === undefined || a === b || seen.has(`${a} ${b}`)) continue
    seen.add(`${a} ${b}`)
    after.push([a, b])
  }
  await writeSetting(db, NOT_DUPLICATES, after)
  return before
}

/** Where each merged-away paper went; earlier merges into them now lead to the kept paper too. */
async function recordMerge(db: AxisRefDatabase, keepId: string, others: readonly PaperRecord[], now: number): Promise<MergedPaperRecord[]> {
  const otherIds = others.map((paper) => paper.id)
  const chained = await db.mergedPapers.where('keptId').anyOf(otherIds).toArray()
  const replaced = (await db.mergedPapers.bulkGet(otherIds)).filter((record): record is MergedPaperRecord => record !== undefined)
  await db.mergedPapers.bulkPut(chained.map((record) => ({ ...record, keptId: keepId })))
  await db.mergedPapers.bulkPut(others.map((paper) => ({ id: paper.id, keptId: keepId, citationKey: paper.citationKey, mergedAt: now, modifiedAt: now })))
  return [...chained, ...replaced]
}

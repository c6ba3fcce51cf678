import type { AxisRefDatabase } from './database'
import { uniqueCitationKey } from './attachments'
import type { PaperRecord } from './schema'

/**
 * The tables whose rows are the user's and are worth recovering. Queued lookups also name a
 * paper (the merge moves them), but one whose paper is gone is simply dropped by the queue.
 */
const RECOVERABLE_TABLES = ['attachments', 'notes', 'annotations', 'fullTexts'] as const

/** What an orphaned paper id still has in the library: rows of each child table, by primary key. */
export type OrphanedRowIds = Record<(typeof RECOVERABLE_TABLES)[number], string[]>

/**
 * Rows (PDF records, notes, highlights, full texts) pointing at a paper that no longer exists,
 * left by merges before they moved every table, or by a crash. `home` is where they belong,
 * when the library can tell: the paper the gone one was merged into (its merge record), or
 * the one paper that now holds the PDF its highlights are on (older merges moved PDFs but
 * not highlights).
 */
export interface OrphanedRows {
  paperId: string
  rows: OrphanedRowIds
  /** Original names of the orphaned PDF records, to name them to the user. */
  pdfNames: string[]
  home?: { paperId: string; because: 'merged' | 'pdf' }
}

/** Every paper id that rows point to but no paper has, with its rows and where they belong. */
export async function findOrphanedRows(db: AxisRefDatabase): Promise<OrphanedRows[]> {
  const owners = new Set<string>()
  for (const table of RECOVERABLE_TABLES) for (const key of await db.table(table).orderBy('paperId').uniqueKeys()) owners.add(String(key))
  // keys only: reading 50,000 whole records to learn which exist would hold the check for seconds
  const papers = new Set((await db.papers.toCollection().primaryKeys()).map(String))
  const gone = [...owners].filter((id) => !papers.has(id))
  const found: OrphanedRows[] = []
  for (const paperId of gone) found.push(await describeOrphans(db, paperId))
  return found
}

async function describeOrphans(db: AxisRefDatabase, paperId: string): Promise<OrphanedRows> {
  const rows = await rowIdsOf(db, paperId)
  const pdfNames = (await db.attachments.bulkGet(rows.attachments)).flatMap((attachment) => (attachment ? [attachment.originalName] : []))
  const merged = await mergedInto(db, paperId)
  if (merged) return { paperId, rows, pdfNames, home: { paperId: merged, because: 'merged' } }
  const holder = await holderOfTheirPdf(db, rows.annotations)
  return holder ? { paperId, rows, pdfNames, home: { paperId: holder, because: 'pdf' } } : { paperId, rows, pdfNames }
}

async function rowIdsOf(db: AxisRefDatabase, paperId: string): Promise<OrphanedRowIds> {
  const ids = async (table: (typeof RECOVERABLE_TABLES)[number]) => (await db.table(table).where('paperId').equals(paperId).primaryKeys()).map(String)
  return { attachments: await ids('attachments'), notes: await ids('notes'), annotations: await ids('annotations'), fullTexts: await ids('fullTexts') }
}

/** The paper at the end of the merge records from `paperId`, if it still exists. */
async function mergedInto(db: AxisRefDatabase, paperId: string): Promise<string | undefined> {
  const seen = new Set([paperId])
  for (let record = await db.mergedPapers.get(paperId); record && !seen.has(record.keptId); record = await db.mergedPapers.get(record.keptId)) {
    if (await db.papers.get(record.keptId)) return record.keptId
    seen.add(record.keptId)
  }
  return undefined
}

/** The one existing paper that holds the PDFs these highlights are on; none when they are on several papers' PDFs. */
async function holderOfTheirPdf(db: AxisRefDatabase, annotationIds: readonly string[]): Promise<string | undefined> {
  const annotations = await db.annotations.bulkGet([...annotationIds])
  const attachmentIds = [...new Set(annotations.flatMap((annotation) => (annotation ? [annotation.attachmentId] : [])))]
  const holders = new Set((await db.attachments.bulkGet(attachmentIds)).flatMap((attachment) => (attachment ? [attachment.paperId] : [])))
  const [holder] = holders
  return holders.size === 1 && holder !== undefined && (await db.papers.get(holder)) ? holder : undefined
}

/**
 * Points every row of the gone paper at `toPaperId`, in one transaction. Throws an Error in
 * words when that paper does not exist (the user typed a key of a paper since deleted).
 */
export async function reattachOrphanedRows(db: AxisRefDatabase, fromPaperId: string, toPaperId: string): Promise<void> {
  await db.transaction('rw', [db.papers, ...RECOVERABLE_TABLES.map((table) => db.table(table))], async () => {
    if (!(await db.papers.get(toPaperId))) throw new Error('The paper to attach them to is no longer in the library.')
    if (await db.papers.get(fromPaperId)) throw new Error('These rows already belong to a paper: run the library check again.')
    for (const table of RECOVERABLE_TABLES) await db.table(table).where('paperId').equals(fromPaperId).modify({ paperId: toPaperId })
  })
}

/** The paper with this citation key, or the paper a merge gave it to as an alias (keys compare without case). */
export async function findPaperByKey(db: AxisRefDatabase, key: string): Promise<PaperRecord | undefined> {
  const trimmed = key.trim()
  if (!trimmed) return undefined
  return (await db.papers.where('citationKey').equalsIgnoreCase(trimmed).first()) ?? db.papers.where('citationKeyAliases').equalsIgnoreCase(trimmed).first()
}

/**
 * Gives the rows a paper of their own again, under the gone paper's id (so no row is
 * rewritten): "Recovered notes and highlights", easy to find, rename, or merge by hand.
 */
export async function recoverAsPaper(db: AxisRefDatabase, paperId: string, now: number = Date.now()): Promise<PaperRecord> {
  return db.transaction('rw', db.papers, async () => {
    if (await db.papers.get(paperId)) throw new Error('These rows already belong to a paper: run the library check again.')
    const citationKey = await uniqueCitationKey(db, 'recovered')
    const paper: PaperRecord = {
      id: paperId,
      citationKey,
      csl: { id: paperId, type: 'document', title: 'Recovered notes and highlights' },
      addedAt: now,
      modifiedAt: now,
      revision: 1,
      axisNodes: [],
      tags: ['recovered'],
      collections: [],
    }
    await db.papers.add(paper)
    return paper
  })
}

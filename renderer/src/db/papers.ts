import type { CslItem } from '../../../shared/domain/csl'
import type { AxisRefDatabase } from './database'
import type { PaperRecord } from './schema'

export interface NewPaper {
  csl: CslItem
  citationKey: string
  axisNodes?: string[]
  tags?: string[]
  collections?: string[]
}

/** Adds one paper; the id and the timestamps are set here, never by the caller. */
export async function addPaper(db: AxisRefDatabase, paper: NewPaper, now: number = Date.now()): Promise<PaperRecord> {
  const record: PaperRecord = {
    id: crypto.randomUUID(),
    citationKey: paper.citationKey,
    csl: paper.csl,
    doi: paper.csl.DOI?.toLowerCase(),
    pmid: paper.csl.PMID,
    addedAt: now,
    modifiedAt: now,
    axisNodes: paper.axisNodes ?? [],
    tags: paper.tags ?? [],
    collections: paper.collections ?? [],
  }
  await db.papers.add(record)
  return record
}

/** Papers not in the trash, newest first. */
export function listLibraryPapers(db: AxisRefDatabase, limit = 500): Promise<PaperRecord[]> {
  return db.papers
    .orderBy('addedAt')
    .reverse()
    .filter((paper) => paper.trashedAt === undefined)
    .limit(limit)
    .toArray()
}

export async function countLibraryPapers(db: AxisRefDatabase): Promise<number> {
  const [all, trashed] = await Promise.all([db.papers.count(), db.papers.where('trashedAt').above(0).count()])
  return all - trashed
}

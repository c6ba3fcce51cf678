import { nodeAndDescendants } from '../../../shared/axis'
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
    ...newPaperRow(crypto.randomUUID(), paper.csl, paper.citationKey, now),
    axisNodes: paper.axisNodes ?? [],
    tags: paper.tags ?? [],
    collections: paper.collections ?? [],
  }
  await db.papers.add(record)
  return record
}

/**
 * A new paper's row around its CSL item: its key, no tags, nodes or collections yet, and the
 * DOI (lower case) and PMID kept beside the item for look-ups.
 */
export function newPaperRow(id: string, csl: CslItem, citationKey: string, now: number): PaperRecord {
  return {
    id,
    citationKey,
    csl,
    doi: csl.DOI?.toLowerCase(),
    pmid: csl.PMID === undefined ? undefined : String(csl.PMID),
    addedAt: now,
    modifiedAt: now,
    revision: 1,
    axisNodes: [],
    tags: [],
    collections: [],
  }
}

export interface PaperFilter {
  /** Node ids (children included) and `pathway:<id>`s; a paper must carry every one. */
  axis?: readonly string[]
  /** An accepted study type id. */
  studyType?: string
}

/** Papers not in the trash, newest first, narrowed by the filter. */
export async function listLibraryPapers(db: AxisRefDatabase, filter: PaperFilter = {}, limit = 500): Promise<PaperRecord[]> {
  const axis = filter.axis ?? []
  if (axis.length === 0 && !filter.studyType) {
    return db.papers
      .orderBy('addedAt')
      .reverse()
      .filter((paper) => paper.trashedAt === undefined)
      .limit(limit)
      .toArray()
  }
  let ids: Set<string> | undefined = filter.studyType ? new Set(await db.papers.where('studyType').equals(filter.studyType).primaryKeys()) : undefined
  for (const term of axis) {
    const keys = term.startsWith('pathway:')
      ? await db.papers.where('axisPathways').equals(term.slice('pathway:'.length)).primaryKeys()
      : await db.papers.where('axisNodes').anyOf(nodeAndDescendants(term)).primaryKeys()
    ids = new Set(keys.filter((key) => !ids || ids.has(key)))
  }
  const papers = (await db.papers.bulkGet([...(ids ?? [])])).filter((paper): paper is PaperRecord => paper !== undefined && paper.trashedAt === undefined)
  return papers.sort((a, b) => b.addedAt - a.addedAt).slice(0, limit)
}

/** Whether the library has any paper (trashed ones included): one key read, where a count reads every paper's. */
export async function hasPapers(db: AxisRefDatabase): Promise<boolean> {
  return (await db.papers.limit(1).primaryKeys()).length > 0
}

export async function countLibraryPapers(db: AxisRefDatabase): Promise<number> {
  const [all, trashed] = await Promise.all([db.papers.count(), db.papers.where('trashedAt').above(0).count()])
  return all - trashed
}

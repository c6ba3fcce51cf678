import type { ExportRecord } from '../../../../shared/formats'
import type { AxisRefDatabase, PaperRecord } from '../../db'

/** The export form of papers: the CSL-JSON item, its pinned key and the extras beside it. */
export function toExportRecord(paper: PaperRecord): ExportRecord {
  return { item: paper.csl, citationKey: paper.citationKey, extension: paper.extension }
}

/** Papers by id, in the order given, skipping any that have gone. */
export async function exportRecordsFor(db: AxisRefDatabase, ids: readonly string[]): Promise<ExportRecord[]> {
  const papers = await db.papers.bulkGet([...ids])
  return papers.filter((paper): paper is PaperRecord => paper !== undefined).map(toExportRecord)
}

/** Every paper not in the trash, by citation key. */
export async function allExportRecords(db: AxisRefDatabase): Promise<ExportRecord[]> {
  const papers = await db.papers.orderBy('citationKey').filter((paper) => paper.trashedAt === undefined).toArray()
  return papers.map(toExportRecord)
}

import type { ExportRecord } from '../../../../shared/formats'
import type { AxisRefDatabase, PaperRecord } from '../../db'

export { parseCitedKeys } from './citedKeys'

/** The export form of papers: the CSL-JSON item, its pinned key, the keys merged into it and the extras beside it. */
export function toExportRecord(paper: PaperRecord): ExportRecord {
  const record: ExportRecord = { item: paper.csl, citationKey: paper.citationKey, extension: paper.extension }
  return paper.citationKeyAliases?.length ? { ...record, keyAliases: paper.citationKeyAliases } : record
}

/** Papers by id, in the order given, skipping any that have gone. */
export async function exportRecordsFor(db: AxisRefDatabase, ids: readonly string[]): Promise<ExportRecord[]> {
  const papers = await db.papers.bulkGet([...ids])
  return papers.filter((paper): paper is PaperRecord => paper !== undefined).map(toExportRecord)
}

/**
 * The records plus the papers they name as BibLaTeX `crossref` or `xdata` parents, when the
 * library has them and they are not already there, so biber finds each parent in the file.
 * Parents that are gone or in the trash are left out: the child holds its inherited fields.
 */
export async function withInheritanceParents(db: AxisRefDatabase, records: readonly ExportRecord[]): Promise<ExportRecord[]> {
  const present = new Set(records.map((record) => record.citationKey))
  const wanted = [...new Set(records.flatMap((record) => [record.extension?.crossref, ...(record.extension?.xdata ?? [])]))].filter(
    (key): key is string => key !== undefined && !present.has(key),
  )
  if (wanted.length === 0) return [...records]
  const parents = await db.papers.where('citationKey').anyOf(wanted).filter((paper) => paper.trashedAt === undefined).toArray()
  return [...records, ...parents.map(toExportRecord)]
}

/** Every paper not in the trash, by citation key. */
export async function allExportRecords(db: AxisRefDatabase): Promise<ExportRecord[]> {
  const papers = await db.papers.orderBy('citationKey').filter((paper) => paper.trashedAt === undefined).toArray()
  return papers.map(toExportRecord)
}

export interface CitedKeys {
  /** One record per paper, in the order first cited. */
  records: ExportRecord[]
  /** Keys cited that no paper has, not even as an alias. */
  unknown: string[]
  /** Keys found as the alias of a merged paper, with the key it has now. */
  aliased: { alias: string; key: string }[]
}

/**
 * The papers a document cites, by key: a paper's own key first, then the keys of papers
 * merged into it, so a thesis written before a merge still exports every reference.
 * Keys compare without case, as BibTeX does.
 */
export async function exportRecordsForKeys(db: AxisRefDatabase, keys: readonly string[]): Promise<CitedKeys> {
  const found: CitedKeys = { records: [], unknown: [], aliased: [] }
  const seen = new Set<string>()
  for (const key of keys) {
    const own = await db.papers.where('citationKey').equalsIgnoreCase(key).first()
    const paper = own ?? (await db.papers.where('citationKeyAliases').equalsIgnoreCase(key).first())
    if (!paper) {
      found.unknown.push(key)
      continue
    }
    if (!own) found.aliased.push({ alias: key, key: paper.citationKey })
    if (seen.has(paper.id)) continue
    seen.add(paper.id)
    found.records.push(toExportRecord(paper))
  }
  return found
}

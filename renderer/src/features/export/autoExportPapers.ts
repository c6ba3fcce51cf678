import type { AutoExportBinding } from '../../../../shared/ipc/contract'
import type { AxisRefDatabase, PaperRecord } from '../../db'
import type { SearchClient } from '../../search'
import { fileNameOf } from './autoExportStore'

/**
 * A binding's papers now: `papers` by citation key, or `problem` in words when its source is
 * gone, or `waiting` while the search index is still being built (an incomplete answer
 * would drop papers from the file).
 */
export type BoundPapers = { papers: PaperRecord[] } | { problem: string } | { waiting: string }

const byKey = (a: PaperRecord, b: PaperRecord) => (a.citationKey < b.citationKey ? -1 : a.citationKey > b.citationKey ? 1 : 0)

/**
 * What the list shows for the binding's source: the library without the trash; a
 * collection's own papers (the list's collection view does not include subcollections,
 * so neither does the file); a saved search run by the search engine as the sidebar runs
 * it (over the library, not the trash).
 */
export async function boundPapers(db: AxisRefDatabase, search: SearchClient | undefined, binding: AutoExportBinding): Promise<BoundPapers> {
  const { source } = binding
  const file = fileNameOf(binding.path)
  if (source.kind === 'library') return { papers: await db.papers.orderBy('citationKey').filter((paper) => paper.trashedAt === undefined).toArray() }
  if (source.kind === 'collection') {
    if (!(await db.collections.get(source.id))) return { problem: `The collection kept in step with ${file} was deleted: remove the binding, or bind the file to another collection.` }
    const papers = await db.papers.where('collections').equals(source.id).filter((paper) => paper.trashedAt === undefined).toArray()
    return { papers: papers.sort(byKey) }
  }
  const saved = await db.savedSearches.get(source.id)
  if (!saved) return { problem: `The saved search kept in step with ${file} was deleted: remove the binding, or bind the file to another search.` }
  if (!search) return { waiting: 'the search engine is starting' }
  const found = await search.search(saved.query, { trash: false })
  if (found.status.state !== 'ready') return { waiting: 'the search index is being built' }
  const papers = await db.papers.bulkGet(found.ids)
  return { papers: papers.filter((paper): paper is PaperRecord => paper !== undefined && paper.trashedAt === undefined).sort(byKey) }
}

/** What decides a file's content: where, in which format, and each paper as last changed. */
export function fingerprintOf(binding: AutoExportBinding, papers: readonly PaperRecord[]): string {
  return [binding.path, binding.format, ...papers.map((paper) => `${paper.id}@${paper.modifiedAt}`)].join('\n')
}

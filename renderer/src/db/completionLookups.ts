import { parseIdentifier } from '../../../shared/identifiers'
import type { AxisRefDatabase } from './database'
import { enqueueLookups, type NewLookup } from './lookups'
import type { PaperRecord } from './schema'

/**
 * The lookup that completes a paper: by its PMID (PubMed brings MeSH and publication types),
 * else its PMCID, else its DOI; a paper with none is searched by its title. A paper with
 * neither an identifier nor a readable title has nothing to look up by: undefined.
 */
export function completionLookup(paper: Pick<PaperRecord, 'id' | 'csl'>): NewLookup | undefined {
  for (const value of [paper.csl.PMID, paper.csl.PMCID, paper.csl.DOI]) {
    if (value === undefined || String(value).trim() === '') continue
    const parsed = parseIdentifier(String(value))
    if (parsed.ok) return { purpose: 'complete', input: String(value), identifier: parsed.identifier, paperId: paper.id }
  }
  const title = paper.csl.title?.trim()
  return title ? { purpose: 'complete', input: title, paperId: paper.id } : undefined
}

/**
 * Queues the completing lookup of each paper ("Complete from PubMed/Crossref", after an
 * import); one already waiting is not queued twice. Answers how many papers have a lookup
 * waiting, and how many had nothing to look up by.
 */
export async function queueCompletionLookups(db: AxisRefDatabase, paperIds: readonly string[], now: number = Date.now()): Promise<{ queued: number; nothingToLookUp: number }> {
  const papers = (await db.papers.bulkGet([...paperIds])).filter((paper): paper is PaperRecord => paper !== undefined)
  const lookups = papers.flatMap((paper) => completionLookup(paper) ?? [])
  if (lookups.length > 0) await enqueueLookups(db, lookups, now)
  return { queued: lookups.length, nothingToLookUp: paperIds.length - lookups.length }
}

import { assignCitationKeys } from '../../../../shared/citekeys'
import type { ImportedEntry, ImportResult } from '../../../../shared/formats'
import type { DuplicateReason } from '../../../../shared/dedup'
import { completionLookup, enqueueLookups, libraryDuplicateIndex, newPaperRow, type AxisRefDatabase, type PaperRecord } from '../../db'

export interface PlannedPaper {
  entry: ImportedEntry
  citationKey: string
  /** Why the file's own key was not kept, if it was not. */
  keyNote?: string
  /** A paper in the library this one resembles (similar title, year and first author): added, and said so. */
  possibleDuplicate?: { paperId: string; title: string; reason: DuplicateReason }
}

export interface PlannedDuplicate {
  entry: ImportedEntry
  title: string
  /** The paper already in the library, or undefined when the twin is earlier in the same file. */
  paperId: string | undefined
  reason: 'DOI' | 'PMID' | 'citation key'
}

export interface ImportPlan {
  source: string
  /** Entries read, before anything was decided. */
  read: number
  add: PlannedPaper[]
  duplicates: PlannedDuplicate[]
  failed: { line: number; message: string }[]
}

/**
 * What importing a bibliography would do, decided before anything is written: which
 * entries are new, which the library already has (same DOI, PMID or citation key), which
 * failed and why (with their line), and the key each new paper will get.
 */
export async function planBibliographyImport(db: AxisRefDatabase, source: string, result: ImportResult, pattern?: string): Promise<ImportPlan> {
  const duplicates: PlannedDuplicate[] = []
  const fresh: ImportedEntry[] = []
  const seen = { doi: new Set<string>(), pmid: new Set<string>() }
  for (const entry of result.entries) {
    const twin = await findTwin(db, entry, seen)
    if (twin) duplicates.push({ entry, title: entry.item.title ?? '(untitled)', ...twin })
    else fresh.push(entry)
    if (entry.item.DOI) seen.doi.add(entry.item.DOI.toLowerCase())
    if (entry.item.PMID) seen.pmid.add(String(entry.item.PMID))
  }
  const existingKeys = (await db.papers.orderBy('citationKey').keys()).map(String)
  const keys = assignCitationKeys(fresh.map(({ item, citationKey }) => ({ item, citationKey })), { existingKeys, pattern })
  const resemble = await possibleDuplicates(db, fresh)
  return {
    source,
    read: result.entries.length + result.errors.length,
    add: fresh.map((entry, index) => {
      const planned: PlannedPaper = { entry, citationKey: keys[index]?.key ?? 'ref', keyNote: keys[index]?.reason }
      const twin = resemble[index]
      return twin ? { ...planned, possibleDuplicate: twin } : planned
    }),
    duplicates,
    failed: result.errors,
  }
}

async function findTwin(db: AxisRefDatabase, entry: ImportedEntry, seen: { doi: Set<string>; pmid: Set<string> }): Promise<Pick<PlannedDuplicate, 'paperId' | 'reason'> | undefined> {
  const doi = entry.item.DOI?.toLowerCase()
  const pmid = entry.item.PMID === undefined ? undefined : String(entry.item.PMID)
  if (doi) {
    const paper = await db.papers.where('doi').equals(doi).first()
    if (paper || seen.doi.has(doi)) return { paperId: paper?.id, reason: 'DOI' }
  }
  if (pmid) {
    const paper = await db.papers.where('pmid').equals(pmid).first()
    if (paper || seen.pmid.has(pmid)) return { paperId: paper?.id, reason: 'PMID' }
  }
  if (entry.citationKey && !doi && !pmid) {
    const paper = await db.papers.where('citationKey').equalsIgnoreCase(entry.citationKey).first()
    // the same key is a duplicate only if the title agrees; otherwise the new paper gets a new key
    if (paper && sameTitle(paper, entry)) return { paperId: paper.id, reason: 'citation key' }
  }
  return undefined
}

/**
 * For entries with no identifier twin: the library paper each resembles by title, year and
 * first author (the duplicates view's rules), checked against the library as it is.
 */
async function possibleDuplicates(db: AxisRefDatabase, entries: readonly ImportedEntry[]): Promise<(PlannedPaper['possibleDuplicate'] | undefined)[]> {
  if (entries.length === 0 || (await db.papers.count()) === 0) return []
  const index = await libraryDuplicateIndex(db)
  const matches = entries.map((entry, position) => index.find({ id: `incoming-${position}`, item: entry.item, citationKey: entry.citationKey ?? '' }))
  const papers = await db.papers.bulkGet(matches.map((match) => match?.id ?? ''))
  return matches.map((match, position) => {
    const paper = papers[position]
    return match && paper ? { paperId: paper.id, title: paper.csl.title ?? paper.citationKey, reason: match.reason } : undefined
  })
}

function sameTitle(paper: PaperRecord, entry: ImportedEntry): boolean {
  const norm = (value: string | undefined) => (value ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')
  return norm(paper.csl.title) === norm(entry.item.title)
}

/** Writes the planned papers in one transaction; resolves to their ids. */
export async function commitBibliographyImport(db: AxisRefDatabase, plan: ImportPlan, now = Date.now()): Promise<string[]> {
  const papers: PaperRecord[] = plan.add.map(({ entry, citationKey }) => {
    const id = crypto.randomUUID()
    return { ...newPaperRow(id, { ...entry.item, id }, citationKey, now), extension: entry.extension }
  })
  // Papers with an identifier get the registry's record once lookups can run; a file's entry
  // without one is what the user chose to keep, so it is not searched for by title.
  const lookups = papers.flatMap((paper) => completionLookup(paper) ?? []).filter((lookup) => lookup.identifier)
  await db.transaction('rw', db.papers, db.lookups, async () => {
    await db.papers.bulkAdd(papers)
    if (lookups.length > 0) await enqueueLookups(db, lookups, now)
  })
  return papers.map((paper) => paper.id)
}

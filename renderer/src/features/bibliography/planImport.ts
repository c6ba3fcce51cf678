import { assignCitationKeys } from '../../../../shared/citekeys'
import type { ImportedEntry, ImportResult } from '../../../../shared/formats'
import type { DuplicateReason } from '../../../../shared/dedup'
import { completionLookup, enqueueLookups, hasPapers, libraryDuplicateIndex, newPaperRow, type AxisRefDatabase, type PaperRecord } from '../../db'
import { markSuggestionWrite } from '../../db/suggestionQueue'
import { withSuggestions } from '../axis/storedSuggestions'
import type { SuggestedEntry } from './readerProtocol'

export interface PlannedPaper {
  entry: SuggestedEntry
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
export async function planBibliographyImport(db: AxisRefDatabase, source: string, result: ImportResult & { entries: readonly SuggestedEntry[] }, pattern?: string): Promise<ImportPlan> {
  const duplicates: PlannedDuplicate[] = []
  const fresh: SuggestedEntry[] = []
  const seen = { doi: new Set<string>(), pmid: new Set<string>() }
  const library = await libraryTwins(db, result.entries)
  for (const entry of result.entries) {
    const twin = findTwin(library, entry, seen)
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

/** The library's papers that share a DOI, PMID or citation key with the file's entries. */
interface LibraryTwins {
  /** Paper id by DOI (lower case) and by PMID: the first paper in the index's order. */
  doi: Map<string, string>
  pmid: Map<string, string>
  /** The first paper with each citation key (lower case). */
  key: Map<string, PaperRecord>
}

/**
 * Reads, in three indexed queries, the papers an import's entries could be twins of: a
 * file of 100,000 records asks once, not 100,000 times. DOIs and PMIDs are read from the
 * indexes alone (keys, not records).
 */
async function libraryTwins(db: AxisRefDatabase, entries: readonly ImportedEntry[]): Promise<LibraryTwins> {
  const twins: LibraryTwins = { doi: new Map(), pmid: new Map(), key: new Map() }
  const dois = new Set<string>()
  const pmids = new Set<string>()
  const keys = new Set<string>()
  for (const { item, citationKey } of entries) {
    const doi = item.DOI?.toLowerCase()
    const pmid = item.PMID === undefined ? undefined : String(item.PMID)
    if (doi) dois.add(doi)
    if (pmid) pmids.add(pmid)
    if (citationKey && !doi && !pmid) keys.add(citationKey)
  }
  const firstOf = (map: Map<string, string>) => (key: unknown, cursor: { primaryKey: unknown }) => {
    if (!map.has(String(key))) map.set(String(key), String(cursor.primaryKey))
  }
  if (dois.size > 0) await db.papers.where('doi').anyOf([...dois]).eachKey(firstOf(twins.doi))
  if (pmids.size > 0) await db.papers.where('pmid').anyOf([...pmids]).eachKey(firstOf(twins.pmid))
  if (keys.size > 0) {
    for (const paper of await db.papers.where('citationKey').anyOfIgnoreCase([...keys]).toArray()) {
      if (!twins.key.has(paper.citationKey.toLowerCase())) twins.key.set(paper.citationKey.toLowerCase(), paper)
    }
  }
  return twins
}

function findTwin(library: LibraryTwins, entry: ImportedEntry, seen: { doi: Set<string>; pmid: Set<string> }): Pick<PlannedDuplicate, 'paperId' | 'reason'> | undefined {
  const doi = entry.item.DOI?.toLowerCase()
  const pmid = entry.item.PMID === undefined ? undefined : String(entry.item.PMID)
  if (doi) {
    const paperId = library.doi.get(doi)
    if (paperId || seen.doi.has(doi)) return { paperId, reason: 'DOI' }
  }
  if (pmid) {
    const paperId = library.pmid.get(pmid)
    if (paperId || seen.pmid.has(pmid)) return { paperId, reason: 'PMID' }
  }
  if (entry.citationKey && !doi && !pmid) {
    const paper = library.key.get(entry.citationKey.toLowerCase())
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
  if (entries.length === 0 || !(await hasPapers(db))) return []
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

/** Papers written per transaction: each a moment of work, so the window paints (and shows progress) between them. */
export const COMMIT_CHUNK = 5_000

export interface CommitOptions {
  now?: number
  chunk?: number
  /** Called after each transaction with the papers written so far. */
  onProgress?: (written: number) => void
  /** Called after each transaction with the papers it wrote, as written. */
  onWritten?: (papers: PaperRecord[]) => void
}

/**
 * Writes the planned papers, `chunk` at a time, each chunk with its lookups in one
 * transaction, each paper with the suggestions the reader made for it; resolves to their
 * ids. A failure rejects with how many were written before it (those stay: importing the
 * file again finds them by DOI, PMID or key).
 */
export async function commitBibliographyImport(db: AxisRefDatabase, plan: ImportPlan, options: CommitOptions = {}): Promise<string[]> {
  const { now = Date.now(), chunk = COMMIT_CHUNK, onProgress, onWritten } = options
  const papers: PaperRecord[] = plan.add.map(({ entry, citationKey }) => {
    const id = crypto.randomUUID()
    const row: PaperRecord = { ...newPaperRow(id, { ...entry.item, id }, citationKey, now), extension: entry.extension }
    return entry.suggestions ? withSuggestions(row, entry.suggestions) : row
  })
  for (let start = 0; start < papers.length; start += chunk) {
    const slice = papers.slice(start, start + chunk)
    // Papers with an identifier get the registry's record once lookups can run; a file's entry
    // without one is what the user chose to keep, so it is not searched for by title.
    const lookups = slice.flatMap((paper) => completionLookup(paper) ?? []).filter((lookup) => lookup.identifier)
    try {
      await db.transaction('rw', db.papers, db.lookups, async (transaction) => {
        // written with their suggestions (the reader made them): none needs the refresh
        if (slice.every((paper) => paper.axisSuggestions)) markSuggestionWrite(transaction.idbtrans)
        await db.papers.bulkAdd(slice)
        // dated when written (in the order written): not ahead of lookups queued meanwhile
        if (lookups.length > 0) await enqueueLookups(db, lookups)
      })
    } catch (error) {
      throw new Error(`${plan.source}: ${start} of ${papers.length} papers were imported before writing failed (${error instanceof Error ? error.message : String(error)}).`, { cause: error })
    }
    onWritten?.(slice)
    onProgress?.(start + slice.length)
  }
  return papers.map((paper) => paper.id)
}

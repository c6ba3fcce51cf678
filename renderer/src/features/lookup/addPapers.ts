import { DEFAULT_KEY_PATTERN, generateCitationKey, makeUniqueKey } from '../../../../shared/citekeys'
import type { FieldProvenance } from '../../../../shared/domain/provenance'
import { nextRetraction, type LookupRecord } from '../../../../shared/lookup'
import { sourceOf } from '../../../../shared/lookup/complete'
import { newPaperRow, type AxisRefDatabase, type PaperRecord } from '../../db'
import type { LookupHandler, LookupResult } from './types'

/** How an `add` lookup's outcome starts: the dialog shows the paper's title after it. */
export const ADDED = 'Added'
export const ALREADY_IN_LIBRARY = 'Already in the library'

/** The `add` handler: each record becomes a paper, or links the paper the library already has. */
export function createAddHandler(db: AxisRefDatabase): LookupHandler {
  return (found, now) => addLookedUpPapers(db, found.map((lookup) => lookup.record), now)
}

/**
 * Adds the looked-up records in one transaction, in order. A paper with the same DOI (compared
 * in lower case) or PMID, in the library or earlier in the batch, is linked instead of added
 * twice. The library is asked once per batch (the DOIs, the PMIDs, the citation keys taken),
 * not once per record: a batch of 200 is a handful of IndexedDB requests.
 */
export function addLookedUpPapers(db: AxisRefDatabase, records: readonly LookupRecord[], now: number): Promise<LookupResult[]> {
  return db.transaction('rw', db.papers, async () => {
    const known = await papersWithIdentifiers(db, records)
    const bases = records.map((record) => generateCitationKey({ ...record.item, id: '' }, DEFAULT_KEY_PATTERN))
    const takenKeys = new Set((await db.papers.where('citationKey').startsWithAnyOfIgnoreCase(bases).keys()).map((key) => String(key).toLowerCase()))
    const added: PaperRecord[] = []
    const results = records.map((record, index): LookupResult => {
      const existing = known.find(record)
      if (existing) {
        const where = existing.trashedAt === undefined ? '' : ' (in the trash)'
        return { kind: 'done', outcome: `${ALREADY_IN_LIBRARY}${where}: ${titleOf(existing)}`, paperId: existing.id }
      }
      const id = crypto.randomUUID()
      const citationKey = makeUniqueKey(bases[index] ?? 'paper', takenKeys)
      takenKeys.add(citationKey.toLowerCase())
      // a millisecond apart, so "date added" keeps the order they were pasted in
      const paper = paperFromRecord(record, { id, citationKey, now: now + index })
      added.push(paper)
      known.remember(paper)
      return { kind: 'done', outcome: `${ADDED}: ${titleOf(paper)}`, paperId: id }
    })
    await db.papers.bulkAdd(added)
    return results
  })
}

interface KnownPapers {
  find(record: LookupRecord): PaperRecord | undefined
  remember(paper: PaperRecord): void
}

/** The library's papers holding any of the records' DOIs or PMIDs, read at once, and those the batch adds. */
async function papersWithIdentifiers(db: AxisRefDatabase, records: readonly LookupRecord[]): Promise<KnownPapers> {
  const dois = records.flatMap((record) => record.item.DOI?.toLowerCase() ?? [])
  const pmids = records.flatMap((record) => (record.item.PMID === undefined ? [] : [String(record.item.PMID)]))
  const byDoi = new Map<string, PaperRecord>()
  const byPmid = new Map<string, PaperRecord>()
  const remember = (paper: PaperRecord) => {
    if (paper.doi && !byDoi.has(paper.doi)) byDoi.set(paper.doi, paper)
    if (paper.pmid && !byPmid.has(paper.pmid)) byPmid.set(paper.pmid, paper)
  }
  for (const paper of await db.papers.where('doi').anyOf(dois).toArray()) remember(paper)
  for (const paper of await db.papers.where('pmid').anyOf(pmids).toArray()) remember(paper)
  return {
    find: (record) => {
      const doi = record.item.DOI?.toLowerCase()
      const pmid = record.item.PMID === undefined ? undefined : String(record.item.PMID)
      return (doi ? byDoi.get(doi) : undefined) ?? (pmid ? byPmid.get(pmid) : undefined)
    },
    remember,
  }
}

/**
 * A new paper from a registry's record: the CSL item, MeSH, publication types and keywords,
 * ORCID iDs, the retraction status as checked now, PubMed's study type (authoritative, so
 * accepted), and each field's provenance: the registry, fully sure.
 */
export function paperFromRecord(record: LookupRecord, paper: { id: string; citationKey: string; now: number }): PaperRecord {
  const { id, citationKey, now } = paper
  const csl = { ...record.item, id }
  const extension = Object.fromEntries(Object.entries(record.extension).filter(([, value]) => Array.isArray(value) && value.length > 0))
  const knownAuthors = record.authors.some((author) => author.orcid !== undefined || (author.affiliations?.length ?? 0) > 0)
  return {
    ...newPaperRow(id, csl, citationKey, now),
    fieldSources: fieldSourcesOf(record, now),
    ...(Object.keys(extension).length > 0 ? { extension } : {}),
    ...(knownAuthors ? { authorIdentities: record.authors } : {}),
    retraction: nextRetraction(undefined, record.retraction, sourceOf(record, 'title'), now),
    ...(record.studyType ? { studyType: record.studyType } : {}),
  }
}

function fieldSourcesOf(record: LookupRecord, now: number): Record<string, FieldProvenance> {
  return Object.fromEntries(Object.entries(record.fields).map(([field, { source }]) => [field, { source: 'registry', confidence: 1, at: now, by: source } satisfies FieldProvenance]))
}

function titleOf(paper: Pick<PaperRecord, 'csl' | 'citationKey'>): string {
  return paper.csl.title ?? paper.citationKey
}

import { DEFAULT_KEY_PATTERN, generateCitationKey } from '../../../../shared/citekeys'
import type { FieldProvenance } from '../../../../shared/domain/provenance'
import type { StoredRetraction } from '../../../../shared/domain/registry'
import type { LookupRecord } from '../../../../shared/lookup'
import { uniqueCitationKey, type AxisRefDatabase, type PaperRecord } from '../../db'
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
 * in lower case) or PMID, in the library or earlier in the batch, is linked instead of added twice.
 */
export function addLookedUpPapers(db: AxisRefDatabase, records: readonly LookupRecord[], now: number): Promise<LookupResult[]> {
  return db.transaction('rw', db.papers, async () => {
    const results: LookupResult[] = []
    // a millisecond apart, so "date added" keeps the order they were pasted in
    for (const [index, record] of records.entries()) results.push(await addOrLink(db, record, now + index))
    return results
  })
}

async function addOrLink(db: AxisRefDatabase, record: LookupRecord, now: number): Promise<LookupResult> {
  const existing = await paperWithSameIdentifier(db, record)
  if (existing) {
    const where = existing.trashedAt === undefined ? '' : ' (in the trash)'
    return { kind: 'done', outcome: `${ALREADY_IN_LIBRARY}${where}: ${titleOf(existing)}`, paperId: existing.id }
  }
  const id = crypto.randomUUID()
  const citationKey = await uniqueCitationKey(db, generateCitationKey({ ...record.item, id }, DEFAULT_KEY_PATTERN))
  const paper = paperFromRecord(record, { id, citationKey, now })
  await db.papers.add(paper)
  return { kind: 'done', outcome: `${ADDED}: ${titleOf(paper)}`, paperId: id }
}

/** The paper already holding the record's DOI or PMID (trashed ones too: the user decides there). */
export async function paperWithSameIdentifier(db: AxisRefDatabase, record: LookupRecord): Promise<PaperRecord | undefined> {
  const doi = record.item.DOI?.toLowerCase()
  const pmid = record.item.PMID === undefined ? undefined : String(record.item.PMID)
  const byDoi = doi ? await db.papers.where('doi').equals(doi).first() : undefined
  return byDoi ?? (pmid ? await db.papers.where('pmid').equals(pmid).first() : undefined)
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
    fieldSources: fieldSourcesOf(record, now),
    ...(Object.keys(extension).length > 0 ? { extension } : {}),
    ...(knownAuthors ? { authorIdentities: record.authors } : {}),
    retraction: storedRetraction(record, now),
    ...(record.studyType ? { studyType: record.studyType } : {}),
  }
}

function fieldSourcesOf(record: LookupRecord, now: number): Record<string, FieldProvenance> {
  return Object.fromEntries(Object.entries(record.fields).map(([field, { source }]) => [field, { source: 'registry', confidence: 1, at: now, by: source } satisfies FieldProvenance]))
}

/** Checked now: the status found, or none (`null`), said by the registry that gave the record. */
function storedRetraction(record: LookupRecord, now: number): StoredRetraction {
  const source = record.fields.title?.source ?? Object.values(record.fields)[0]?.source ?? 'crossref'
  const notice = record.retraction?.notice
  return { status: record.retraction?.status ?? null, ...(notice ? { notice } : {}), source, checkedAt: now }
}

function titleOf(paper: Pick<PaperRecord, 'csl' | 'citationKey'>): string {
  return paper.csl.title ?? paper.citationKey
}

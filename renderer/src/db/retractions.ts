import { parseIdentifier } from '../../../shared/identifiers'
import type { LookupSource, StoredRetraction } from '../../../shared/domain/registry'
import { nextRetraction, type LookupRecord } from '../../../shared/lookup'
import type { AxisRefDatabase } from './database'
import { enqueueLookups, type NewLookup } from './lookups'
import type { PaperRecord, QueuedLookup } from './schema'

const STATUS_WORDS: Record<NonNullable<StoredRetraction['status']>, string> = {
  retracted: 'Retracted',
  'expression-of-concern': 'Expression of concern',
  corrected: 'Corrected',
  'new-version': 'New version',
}

/** The status in words, as the badge and the queue say it. */
export function retractionStatusLabel(status: NonNullable<StoredRetraction['status']>): string {
  return STATUS_WORDS[status]
}

/** The registry that answered: the one that gave the record's title, else the one the identifier goes to. */
function answeringSource(row: QueuedLookup, record: LookupRecord): LookupSource {
  return record.fields.title?.source ?? (row.identifier?.kind === 'doi' ? 'crossref' : 'pubmed')
}

/** The outcome of a check in words: "Retracted (notice 10.…)", "No retraction found". */
export function retractionOutcome(stored: StoredRetraction): string {
  if (!stored.status) return 'No retraction found'
  const notice = stored.notice?.doi ?? (stored.notice?.pmid ? `PMID ${stored.notice.pmid}` : stored.notice?.url)
  return notice ? `${STATUS_WORDS[stored.status]} (notice ${notice})` : STATUS_WORDS[stored.status]
}

/**
 * The queue's handler for a `retraction` lookup: stores on the paper what the registry said
 * about retractions, corrections and expressions of concern, and answers it in words.
 * Throws, in words, when the lookup names no paper or the paper is gone.
 */
export async function applyRetractionCheck(db: AxisRefDatabase, row: QueuedLookup, record: LookupRecord, now: number = Date.now()): Promise<string> {
  const paperId = row.paperId
  if (!paperId) throw new Error(`The retraction check of "${row.input}" names no paper to store its answer on.`)
  return db.transaction('rw', db.papers, async () => {
    const paper = await db.papers.get(paperId)
    if (!paper) throw new Error(`The paper checked for retractions ("${row.input}") is no longer in the library.`)
    const stored = nextRetraction(paper.retraction, record.retraction, answeringSource(row, record), now)
    await db.papers.update(paperId, { retraction: stored })
    return retractionOutcome(stored)
  })
}

/** The identifier a retraction check asks about: the DOI (Crossref carries notices), else the PMID. */
function checkOf(paper: PaperRecord): NewLookup | undefined {
  const doi = paper.doi ?? paper.csl.DOI
  const pmid = paper.pmid ?? paper.csl.PMID
  const candidates = [doi && { input: doi, typed: `doi:${doi}` }, pmid && { input: pmid, typed: `PMID:${pmid}` }]
  for (const candidate of candidates) {
    if (!candidate) continue
    const parsed = parseIdentifier(candidate.typed)
    if (parsed.ok) return { purpose: 'retraction', input: candidate.input, identifier: parsed.identifier, paperId: paper.id }
  }
  return undefined
}

/**
 * Queues a retraction check for each of these papers (every paper in the library when no ids
 * are given) that has a DOI or a PMID; papers in the trash are left out. Answers how many were
 * queued and how many had no identifier to ask about.
 */
export async function queueRetractionChecks(db: AxisRefDatabase, paperIds?: readonly string[], now: number = Date.now()): Promise<{ queued: number; withoutIdentifier: number }> {
  const papers = paperIds ? (await db.papers.bulkGet([...paperIds])).filter((paper): paper is PaperRecord => paper !== undefined) : await db.papers.toArray()
  const live = papers.filter((paper) => paper.trashedAt === undefined)
  const checks = live.map(checkOf).filter((check): check is NewLookup => check !== undefined)
  await enqueueLookups(db, checks, now)
  return { queued: checks.length, withoutIdentifier: live.length - checks.length }
}

import { isDuplicateOf } from './findDuplicates'
import { jaccard, prepareRecord, type PreparedRecord } from './similarity'
import { DEFAULT_THRESHOLDS, type DedupRecord, type DuplicateReason } from './types'

/** A paper already in the library that an incoming record looks like. */
export interface IncomingMatch {
  id: string
  reason: DuplicateReason
}

export interface DuplicateIndex {
  /** The first record this one would form a duplicate set with (identifiers before titles). */
  find(record: DedupRecord): IncomingMatch | undefined
  /** Adds a record (one just imported), so a later one in the same batch is checked against it. */
  add(record: DedupRecord): void
}

/**
 * Checks records as they arrive (an import) against a library, by the same rules as
 * `findDuplicateSets`: same DOI or PMID, or a similar title with agreeing year and first
 * author. The library is prepared once; each check looks only at records sharing the DOI,
 * the PMID, the first author and year (±1), or enough title words, so a 200-file import
 * into 10,000 papers stays quick.
 */
export function createDuplicateIndex(library: readonly DedupRecord[]): DuplicateIndex {
  const records: { record: DedupRecord; prepared: PreparedRecord }[] = []
  const byDoi = new Map<string, string>()
  const byPmid = new Map<string, string>()
  // postings: the records (by position) with each title word, and with each first author
  const byToken = new Map<string, number[]>()
  const byAuthor = new Map<string, number[]>()
  const post = (map: Map<string, number[]>, key: string, position: number) => {
    const list = map.get(key)
    if (list) list.push(position)
    else map.set(key, [position])
  }

  function add(record: DedupRecord): void {
    const position = records.length
    const prepared = prepareRecord(record, position)
    records.push({ record, prepared })
    if (prepared.doi && !byDoi.has(prepared.doi)) byDoi.set(prepared.doi, record.id)
    if (prepared.pmid && !byPmid.has(prepared.pmid)) byPmid.set(prepared.pmid, record.id)
    for (const token of prepared.tokens) post(byToken, token, position)
    if (prepared.author) post(byAuthor, prepared.author, position)
  }

  /**
   * The records `worthComparing` could accept, without looking at every record: those with
   * the same first author, and those sharing one of the title's rarer words. A record whose
   * title words reach the Jaccard bound shares at least ceil(bound × n) of the n words, so it
   * shares one of the n − ceil(bound × n) + 1 rarest: the commonest words ("of", "the") need
   * not be looked up. In library order, so the first match is the one a full scan would find.
   */
  function candidates(incoming: PreparedRecord): number[] {
    const found = new Set<number>(incoming.author ? byAuthor.get(incoming.author) : undefined)
    const rarest = [...incoming.tokens].sort((a, b) => (byToken.get(a)?.length ?? 0) - (byToken.get(b)?.length ?? 0))
    const probe = rarest.length - Math.ceil(DEFAULT_THRESHOLDS.candidateJaccard * rarest.length) + 1
    for (const token of rarest.slice(0, probe)) for (const position of byToken.get(token) ?? []) found.add(position)
    return [...found].sort((a, b) => a - b)
  }

  function find(record: DedupRecord): IncomingMatch | undefined {
    const incoming = prepareRecord(record, -1)
    const doi = incoming.doi && byDoi.get(incoming.doi)
    if (doi && doi !== record.id) return { id: doi, reason: 'doi' }
    const pmid = incoming.pmid && byPmid.get(incoming.pmid)
    if (pmid && pmid !== record.id) return { id: pmid, reason: 'pmid' }
    if (incoming.tokens.length === 0) return undefined
    for (const position of candidates(incoming)) {
      const candidate = records[position]
      if (!candidate || candidate.record.id === record.id || !worthComparing(incoming, candidate.prepared)) continue
      if (isDuplicateOf(record, candidate.record)) return { id: candidate.record.id, reason: 'title' }
    }
    return undefined
  }

  for (const record of library) add(record)
  return { find, add }
}

/** The blocking keys of `findDuplicateSets`: author and year (±1), or title words in common. */
function worthComparing(a: PreparedRecord, b: PreparedRecord): boolean {
  if (a.author && a.author === b.author && a.year !== undefined && b.year !== undefined && Math.abs(a.year - b.year) <= 1) return true
  return jaccard(a.tokens, b.tokens) >= DEFAULT_THRESHOLDS.candidateJaccard
}

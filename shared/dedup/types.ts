import type { CslItem } from '../formats/item'

/** A paper as duplicate detection sees it. */
export interface DedupRecord {
  id: string
  item: CslItem
  citationKey: string
}

/**
 * What duplicate detection reads of a paper, and nothing more: a few hundred bytes where the
 * whole record (abstract, notes) is kilobytes, so 100,000 of them can be held and sent to a
 * worker at once. Made by `dedupKeyOf`; the titles are already normalised.
 */
export interface DedupKey {
  id: string
  doi?: string
  pmid?: string
  /** `normalizeTitle` of the title. */
  title: string
  /** `mainTitle` of the title: before its subtitle, normalised (a dropped subtitle still matches). */
  main: string
  year?: number
  /** `firstAuthorKey`: the first author's family name as comparable letters. */
  author?: string
}

/** Why two records are the same paper: a shared DOI, a shared PMID, or a matching title. */
export type DuplicateReason = 'doi' | 'pmid' | 'title'

/** One link that joined a set, with its evidence (1 for identifiers, the similarity for titles). */
export interface DuplicatePair {
  a: string
  b: string
  reason: DuplicateReason
  score: number
}

export interface DuplicateSet {
  /** Record ids, in input order. */
  ids: string[]
  /** The weakest kind of evidence in the set: a title link is what the user should check. */
  reason: DuplicateReason
  /** Every kind of evidence that joined the set. */
  reasons: DuplicateReason[]
  /** The weakest link's score, 0..1: the set is as certain as that link. */
  score: number
  /** The links that joined the set (one fewer than its records). */
  pairs: DuplicatePair[]
}

export interface DuplicateThresholds {
  /** Title similarity when year and first author are known on both sides and agree. */
  titleWithAuthorAndYear: number
  /** ...when one of them is missing on one side. */
  titleWithOneMissing: number
  /** ...when neither agreement can be checked; only long titles qualify. */
  titleAlone: number
  /** Token Jaccard below which two titles are not even compared (the blocking bound). */
  candidateJaccard: number
}

export interface FindDuplicatesOptions {
  /** Pairs the user said are different papers: never joined, directly or through others. */
  notDuplicates?: ReadonlyArray<readonly [string, string]>
  thresholds?: Partial<DuplicateThresholds>
}

export const DEFAULT_THRESHOLDS: DuplicateThresholds = {
  titleWithAuthorAndYear: 0.9,
  titleWithOneMissing: 0.93,
  titleAlone: 0.97,
  candidateJaccard: 0.6,
}

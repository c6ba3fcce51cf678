import type { LookupSource, StoredRetraction } from '../domain/registry'

/**
 * What a registry says happened to a paper after publication, strongest first: a retraction
 * outweighs an expression of concern, which outweighs a correction or a new version.
 */
export const RETRACTION_STATUSES = ['retracted', 'expression-of-concern', 'corrected', 'new-version'] as const

export type RetractionStatus = (typeof RETRACTION_STATUSES)[number]

export interface RetractionNotice {
  /** The notice's own DOI, when the registry names one. */
  doi?: string
  url?: string
  /** ISO date (YYYY, YYYY-MM or YYYY-MM-DD) the notice was published or linked. */
  date?: string
  /** PubMed's id of the notice (CommentsCorrections RefSource/PMID). */
  pmid?: string
}

export interface Retraction {
  status: RetractionStatus
  notice?: RetractionNotice
}

/** The stronger of two statuses (the earlier in RETRACTION_STATUSES). */
export function strongerStatus(left: RetractionStatus, right: RetractionStatus): RetractionStatus {
  return RETRACTION_STATUSES.indexOf(left) <= RETRACTION_STATUSES.indexOf(right) ? left : right
}

/**
 * What to store after a registry answered: its finding, except that "nothing found" by one
 * registry does not erase what another registry found (Crossref does not carry every PubMed
 * erratum, nor PubMed every Crossref notice); the check's time is stamped either way.
 */
export function nextRetraction(previous: StoredRetraction | undefined, found: Retraction | null, source: LookupSource, now: number): StoredRetraction {
  if (found) return { status: found.status, ...(found.notice && { notice: found.notice }), source, checkedAt: now }
  if (previous?.status && previous.source !== source) return { ...previous, checkedAt: now }
  return { status: null, source, checkedAt: now }
}

import type { StoredRetraction } from '../../../../shared/domain/registry'
import { retractionStatusLabel } from '../../db'

export type RetractionStatus = NonNullable<StoredRetraction['status']>

/** The badge's words for a status (the same words the queue's outcome uses). */
export const retractionLabel = retractionStatusLabel

/**
 * Where the notice can be read: its DOI at doi.org, else its PubMed record, else the link
 * the registry gave if it is a web address. Undefined when the registry named no notice.
 */
export function noticeUrl(notice: StoredRetraction['notice']): string | undefined {
  if (notice?.doi) return `https://doi.org/${encodeURI(notice.doi)}`
  if (notice?.pmid && /^\d+$/.test(notice.pmid)) return `https://pubmed.ncbi.nlm.nih.gov/${notice.pmid}/`
  if (notice?.url && /^https?:\/\//i.test(notice.url)) return notice.url
  return undefined
}

/** What the status line says once retraction checks are queued. */
export function retractionCheckMessage({ queued, withoutIdentifier }: { queued: number; withoutIdentifier: number }, scope: 'library' | 'selection'): string {
  const skipped = withoutIdentifier > 0 ? ` ${withoutIdentifier} ${withoutIdentifier === 1 ? 'paper has' : 'papers have'} no DOI or PMID to ask about.` : ''
  if (queued === 0) return `No ${scope === 'library' ? 'paper in the library' : 'selected paper'} has a DOI or PMID to check for retractions.`
  return `Queued ${queued} retraction ${queued === 1 ? 'check' : 'checks'}; they run when online lookups can.${skipped}`
}

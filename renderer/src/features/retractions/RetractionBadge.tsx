import { REGISTRY_NAMES } from '../../../../shared/lookup/registryNames'
import type { StoredRetraction } from '../../../../shared/domain/registry'
import { noticeUrl, retractionLabel, type RetractionStatus } from './notice'
import './retractions.css'

/** The list's badge in the title cell: the status only (a click on the row selects the paper). */
export function RetractionBadge({ status }: { status: RetractionStatus }) {
  return <span className={`retraction-badge retraction-badge--${status}`}>{retractionLabel(status)}</span>
}

/**
 * The details pane's notice: the badge, when the registry said so, and a link to the notice.
 * The link opens in the user's browser (main refuses navigation and hands http(s) links to
 * the system browser), never in the app's window.
 */
export function RetractionNotice({ retraction }: { retraction: StoredRetraction | undefined }) {
  if (!retraction) return null
  if (!retraction.status) {
    return <p className="hint retraction-checked">No retraction or correction found ({sourceName(retraction.source)}, {new Date(retraction.checkedAt).toISOString().slice(0, 10)}).</p>
  }
  const url = noticeUrl(retraction.notice)
  const date = retraction.notice?.date
  return (
    <p className={`retraction-notice retraction-notice--${retraction.status}`} role="note" aria-label={retractionLabel(retraction.status)}>
      <RetractionBadge status={retraction.status} />
      {date && <span className="retraction-notice__date"> {date}</span>}
      {url && (
        <a className="retraction-notice__link" href={url} target="_blank" rel="noreferrer noopener">
          Read the notice
        </a>
      )}
      <span className="retraction-notice__source">according to {sourceName(retraction.source)}</span>
    </p>
  )
}

function sourceName(source: StoredRetraction['source']): string {
  return REGISTRY_NAMES[source]
}

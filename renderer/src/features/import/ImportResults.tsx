import { Dialog } from '../../components/Dialog'
import type { ImportOutcome } from './importPdfs'

interface ImportResultsProps {
  outcomes: readonly ImportOutcome[]
  skipped: readonly string[]
  canceled: boolean
  onShowPaper: (paperId: string) => void
  onClose: () => void
}

/** What an import did, file by file: added, already in the library, failed and why. */
export function ImportResults({ outcomes, skipped, canceled, onShowPaper, onClose }: ImportResultsProps) {
  const added = outcomes.filter((outcome) => outcome.status === 'added')
  const duplicates = outcomes.filter((outcome) => outcome.status === 'duplicate')
  const failed = outcomes.filter((outcome) => outcome.status === 'failed')
  return (
    <Dialog title="Import finished" onClose={onClose}>
      <p data-testid="import-summary">
        {added.length} added · {duplicates.length} already in library · {failed.length} failed
        {skipped.length > 0 && ` · ${skipped.length} skipped (neither PDFs nor bibliographies)`}
        {canceled && ' · canceled before the end'}
      </p>
      <ul className="import-results" aria-label="Import results">
        {outcomes.map((outcome, index) => (
          <li key={`${outcome.name}-${index}`} className={`import-result import-result--${outcome.status}`}>
            <span className="import-result__file">{outcome.name}</span>
            {outcome.status === 'added' && (
              <span>
                Added: {outcome.title}
                {outcome.scanned && ' (no text layer — scanned? imported without metadata)'}
              </span>
            )}
            {outcome.status === 'duplicate' && (
              <span>
                Already in library
                {outcome.paperId && (
                  <>
                    {': '}
                    <button type="button" className="link-button" onClick={() => onShowPaper(outcome.paperId as string)}>
                      {outcome.title}
                    </button>
                  </>
                )}
              </span>
            )}
            {outcome.status === 'failed' && <span className="error-message">{outcome.reason}</span>}
          </li>
        ))}
        {skipped.map((name) => (
          <li key={`skipped-${name}`} className="import-result import-result--skipped">
            <span className="import-result__file">{name}</span>
            <span>Skipped: neither a PDF nor a bibliography file</span>
          </li>
        ))}
      </ul>
    </Dialog>
  )
}

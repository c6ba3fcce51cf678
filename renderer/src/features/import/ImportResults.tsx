import { Dialog } from '../../components/Dialog'
import type { ImportOutcome, PossibleDuplicate } from './importPdfs'

interface ImportResultsProps {
  outcomes: readonly ImportOutcome[]
  skipped: readonly string[]
  canceled: boolean
  onShowPaper: (paperId: string) => void
  /** Opens the duplicates view, where a possible duplicate is merged or kept apart. */
  onShowDuplicates?: () => void
  onClose: () => void
}

const SAME = { doi: 'same DOI', pmid: 'same PMID', title: 'similar title, year and first author' } as const

/** What an import did, file by file: added, already in the library, failed and why. */
export function ImportResults({ outcomes, skipped, canceled, onShowPaper, onShowDuplicates, onClose }: ImportResultsProps) {
  const added = outcomes.filter((outcome) => outcome.status === 'added')
  const duplicates = outcomes.filter((outcome) => outcome.status === 'duplicate')
  const failed = outcomes.filter((outcome) => outcome.status === 'failed')
  const possible = added.filter((outcome) => outcome.possibleDuplicate).length
  return (
    <Dialog title="Import finished" onClose={onClose}>
      <p data-testid="import-summary">
        {added.length} added · {duplicates.length} already in library · {failed.length} failed
        {skipped.length > 0 && ` · ${skipped.length} skipped (neither PDFs nor bibliographies)`}
        {canceled && ' · canceled before the end'}
        {possible > 0 && ` · ${possible} possible duplicate${possible === 1 ? '' : 's'}`}
      </p>
      <ul className="import-results" aria-label="Import results">
        {outcomes.map((outcome, index) => (
          <li key={`${outcome.name}-${index}`} className={`import-result import-result--${outcome.status}`}>
            <span className="import-result__file">{outcome.name}</span>
            {outcome.status === 'added' && (
              <span>
                Added: {outcome.title}
                {outcome.scanned && ' (no text layer — scanned? imported without metadata)'}
                {outcome.possibleDuplicate && <PossibleDuplicateNote duplicate={outcome.possibleDuplicate} onShowPaper={onShowPaper} />}
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
      {possible > 0 && onShowDuplicates && (
        <div className="button-row">
          <button type="button" className="button" onClick={onShowDuplicates}>
            Review duplicates
          </button>
        </div>
      )}
    </Dialog>
  )
}

/** "— possible duplicate of <the paper> (same DOI)", the paper a link to it. */
export function PossibleDuplicateNote({ duplicate, onShowPaper }: { duplicate: Pick<PossibleDuplicate, 'paperId' | 'title' | 'reason'>; onShowPaper: (paperId: string) => void }) {
  return (
    <span className="import-result__duplicate">
      {' — possible duplicate of '}
      <button type="button" className="link-button" onClick={() => onShowPaper(duplicate.paperId)}>
        {duplicate.title}
      </button>
      {` (${SAME[duplicate.reason]})`}
    </span>
  )
}

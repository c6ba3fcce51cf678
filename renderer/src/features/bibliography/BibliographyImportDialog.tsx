import { Dialog } from '../../components/Dialog'
import { PossibleDuplicateNote } from '../import'
import type { BibliographyImportState } from './useBibliographyImport'

interface Props {
  state: Exclude<BibliographyImportState, { phase: 'idle' }>
  onCommit: () => void
  onShowPaper: (paperId: string) => void
  /** Opens the duplicates view (offered when a new paper resembles one in the library). */
  onShowDuplicates?: () => void
  onClose: () => void
}

/** The preview and report of a bibliography import: read, new, already in library, failed (with lines). */
export function BibliographyImportDialog({ state, onCommit, onShowPaper, onShowDuplicates, onClose }: Props) {
  const { plans } = state
  const total = (pick: (plan: (typeof plans)[number]) => number) => plans.reduce((sum, plan) => sum + pick(plan), 0)
  const toAdd = total((plan) => plan.add.length)
  // "20,000 entries read": a large file's counts are read at a glance
  const count = (value: number) => value.toLocaleString('en')
  const possible = total((plan) => plan.add.filter((planned) => planned.possibleDuplicate).length)
  return (
    <Dialog title={state.phase === 'done' ? 'Bibliography imported' : 'Import bibliography'} onClose={onClose}>
      <p data-testid="bibliography-summary">
        {count(total((plan) => plan.read))} entries read · {count(toAdd)} new · {count(total((plan) => plan.duplicates.length))} already in library · {count(total((plan) => plan.failed.length))} failed
        {possible > 0 && ` · ${possible} possible duplicate${possible === 1 ? '' : 's'} (added, to review)`}
      </p>
      {state.phase === 'committing' && (
        <p role="status" data-testid="bibliography-progress">
          <progress max={state.total} value={state.written} /> Importing… {state.written.toLocaleString('en')} of {state.total.toLocaleString('en')} papers written
        </p>
      )}
      {state.phase === 'preview' && state.failure && (
        <p role="alert" className="error-message">
          {state.failure}
        </p>
      )}
      {state.phase === 'done' && <p role="status">{count(state.added)} papers added to the library.</p>}
      {plans.map((plan) => (
        <section key={plan.source} className="bibliography-plan" aria-label={`Report for ${plan.source}`}>
          <h3>{plan.source}</h3>
          <ul className="import-results">
            {plan.failed.map((failure) => (
              <li key={`fail-${failure.line}-${failure.message}`} className="import-result import-result--failed">
                <span className="error-message">
                  Line {failure.line}: {failure.message}
                </span>
              </li>
            ))}
            {plan.duplicates.map((duplicate) => (
              <li key={`dup-${duplicate.entry.line}`} className="import-result import-result--duplicate">
                <span>
                  Line {duplicate.entry.line}: already in library (same {duplicate.reason}
                  {duplicate.paperId ? ')' : ', earlier in this file)'}
                  {duplicate.paperId && (
                    <>
                      {': '}
                      <button type="button" className="link-button" onClick={() => onShowPaper(duplicate.paperId as string)}>
                        {duplicate.title}
                      </button>
                    </>
                  )}
                </span>
              </li>
            ))}
            {plan.add.slice(0, 50).map(({ entry, citationKey, keyNote, possibleDuplicate }) => (
              <li key={`add-${entry.line}`} className="import-result">
                <span>
                  <code>{citationKey}</code> {entry.item.title ?? '(untitled)'}
                  {possibleDuplicate && <PossibleDuplicateNote duplicate={possibleDuplicate} onShowPaper={onShowPaper} />}
                </span>
                {keyNote && <span className="hint">New key: {keyNote}</span>}
              </li>
            ))}
            {plan.add.length > 50 && <li className="hint">… and {count(plan.add.length - 50)} more new papers</li>}
            {plan.add.slice(50).some((planned) => planned.possibleDuplicate) && <li className="hint">Some of them resemble papers in the library: see Duplicates after the import.</li>}
          </ul>
        </section>
      ))}
      <div className="button-row">
        {state.phase !== 'done' && (
          <button type="button" className="button button--primary" disabled={toAdd === 0 || state.phase === 'committing'} onClick={onCommit}>
            {importLabel(toAdd, state.phase === 'committing')}
          </button>
        )}
        {state.phase === 'done' && possible > 0 && onShowDuplicates && (
          <button type="button" className="button" onClick={onShowDuplicates}>
            Review duplicates
          </button>
        )}
        <button type="button" className="button" onClick={onClose}>
          {state.phase === 'done' ? 'Done' : 'Cancel'}
        </button>
      </div>
    </Dialog>
  )
}

/** The import button: what it will do, or that it is doing it (the progress line says how far). */
function importLabel(toAdd: number, committing: boolean): string {
  if (toAdd === 0) return 'Nothing new to import'
  if (committing) return 'Importing…'
  return `Import ${toAdd.toLocaleString('en')} new paper${toAdd === 1 ? '' : 's'}`
}

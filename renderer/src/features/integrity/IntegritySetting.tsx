import { useActionTarget } from '../actions'
import { IntegrityFindings } from './IntegrityFindings'
import { isProblem } from './problems'
import { useIntegrityCheck } from './useIntegrityCheck'

/** "Check library": every PDF read and compared with what the records say, with repairs. */
export function IntegritySetting() {
  const { state, run, resolved } = useIntegrityCheck()
  const target = useActionTarget('integrity.check')
  return (
    <section className="settings-section" aria-labelledby="integrity-heading">
      <h3 id="integrity-heading">Library check</h3>
      <p className="hint">Looks for PDFs that are missing or damaged, files in the library folder no paper points to, and notes, highlights or PDF records whose paper is gone. Nothing is changed until you choose a repair.</p>
      <button type="button" className="button" ref={target} disabled={state.phase === 'checking'} onClick={() => void run(true)}>
        Check library
      </button>
      <p role="status" className="hint" data-testid="integrity-status">
        {state.phase === 'checking' && 'Checking every PDF…'}
        {state.phase === 'error' && state.message}
        {state.phase === 'done' && summary(state.checkedFiles, state.problems.filter(isProblem).length)}
      </p>
      {state.phase === 'done' && <IntegrityFindings problems={state.problems} onResolved={resolved} />}
    </section>
  )
}

function summary(checkedFiles: number, problems: number): string {
  const checked = `Checked ${checkedFiles} PDF${checkedFiles === 1 ? '' : 's'}`
  return problems === 0 ? `${checked}: no problems left.` : `${checked}: ${problems} problem${problems === 1 ? '' : 's'} to look at.`
}

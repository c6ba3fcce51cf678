import { useEffect, useRef, useState } from 'react'
import { hasPapers, useDatabase } from '../../db'
import { IntegrityFindings } from './IntegrityFindings'
import { isProblem } from './problems'
import { useIntegrityCheck } from './useIntegrityCheck'

const DELAY_MS = 4_000

/**
 * Runs the quick check (no hashing) once, a little after start, and says nothing unless
 * it finds something. Partial copies are left out: an import may be writing them right now.
 * Not while an import runs (`busy`): its PDFs are stored before their papers are written,
 * and would be reported as files no paper points to. An empty library is not checked: its
 * PDFs are those of a lost database, which the restore offer brings back, and must not be
 * offered for the trash.
 */
export function IntegrityBanner({ delayMs = DELAY_MS, busy = false }: { delayMs?: number; busy?: boolean }) {
  const db = useDatabase()
  const { state, run, resolved } = useIntegrityCheck()
  const [open, setOpen] = useState(false)
  const [dismissed, setDismissed] = useState(false)
  const checked = useRef(false)
  useEffect(() => {
    if (busy || checked.current) return
    const checkIfAnyPapers = async () => {
      checked.current = true
      if (await hasPapers(db)) await run(false)
    }
    // an import that starts before the delay is over puts the check off until it ends
    const timer = setTimeout(() => void checkIfAnyPapers(), delayMs)
    return () => clearTimeout(timer)
  }, [db, run, delayMs, busy])
  if (dismissed || state.phase !== 'done') return null
  const problems = state.problems.filter((problem) => problem.kind !== 'temp' && isProblem(problem))
  if (problems.length === 0 && !open) return null
  return (
    <div className="integrity-banner" role="alert" aria-label="Library check">
      <p>
        {problems.length === 0
          ? 'Every problem the library check found is repaired.'
          : `The library check found ${problems.length} problem${problems.length === 1 ? '' : 's'} with PDFs, notes or highlights in the library.`}
      </p>
      <div className="button-row">
        {!open && (
          <button type="button" className="button button--primary" onClick={() => setOpen(true)}>
            Review
          </button>
        )}
        <button type="button" className="button button--quiet" onClick={() => setDismissed(true)}>
          {problems.length === 0 ? 'Close' : 'Later'}
        </button>
      </div>
      {open && <IntegrityFindings problems={problems} onResolved={resolved} />}
    </div>
  )
}

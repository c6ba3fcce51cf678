import { useEffect, useState } from 'react'
import { IntegrityFindings } from './IntegrityFindings'
import { useIntegrityCheck } from './useIntegrityCheck'

const DELAY_MS = 4_000

/**
 * Runs the quick check (no hashing) once, a little after start, and says nothing unless
 * it finds something. Partial copies are left out: an import may be writing them right now.
 */
export function IntegrityBanner({ delayMs = DELAY_MS }: { delayMs?: number }) {
  const { state, run, resolved } = useIntegrityCheck()
  const [open, setOpen] = useState(false)
  const [dismissed, setDismissed] = useState(false)
  useEffect(() => {
    const timer = setTimeout(() => void run(false), delayMs)
    return () => clearTimeout(timer)
  }, [run, delayMs])
  if (dismissed || state.phase !== 'done') return null
  const problems = state.problems.filter((problem) => problem.kind !== 'temp')
  if (problems.length === 0 && !open) return null
  return (
    <div className="integrity-banner" role="alert" aria-label="Library check">
      <p>
        {problems.length === 0
          ? 'Every problem the library check found is repaired.'
          : `The library check found ${problems.length} problem${problems.length === 1 ? '' : 's'} with PDFs in the library folder.`}
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

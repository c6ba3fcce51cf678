import { useSyncExternalStore } from 'react'
import type { ProgressStore } from './progressStore'

interface ImportStatusProps {
  progress: ProgressStore
  onCancel: () => void
  canceling: boolean
}

/** Files done of total, the file being read, and Cancel. */
export function ImportStatus({ progress: store, onCancel, canceling }: ImportStatusProps) {
  const progress = useSyncExternalStore(store.subscribe, store.get)
  const percent = progress.total === 0 ? 0 : Math.round((100 * progress.done) / progress.total)
  return (
    <div className="import-status" role="region" aria-label="Import progress">
      <div className="import-status__text">
        <strong>
          Importing {progress.done} of {progress.total}
        </strong>
        {progress.current && <span className="import-status__file"> · {progress.current}</span>}
      </div>
      <progress max={progress.total} value={progress.done} aria-label={`${percent}% imported`} />
      <button type="button" className="button" onClick={onCancel} disabled={canceling}>
        {canceling ? 'Stopping…' : 'Cancel'}
      </button>
    </div>
  )
}

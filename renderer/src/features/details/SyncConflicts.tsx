import { useState } from 'react'
import type { SyncConflict } from '../../../../shared/domain/rows'
import type { EditPatch, PaperRecord } from '../../db'
import { formatWhen } from '../sync'
import { canRestore, conflictFieldLabel, conflictValueWords, keepEdit, restoreEdit } from './syncConflicts'

/**
 * Values another device gave a field this device also changed (sync kept the later edit and
 * this one beside it): "Changed on another device (laptop, ana, 7 Dec 2026): Title: … — Keep
 * this / Restore". Both choices are edits of the pane's history, so Undo takes them back.
 */
export function SyncConflicts({ paper, commit, now = Date.now }: { paper: PaperRecord; commit: (label: string, patch: EditPatch) => Promise<boolean>; now?: () => number }) {
  const [refusal, setRefusal] = useState<string>()
  const conflicts = paper.syncConflicts ?? []
  if (conflicts.length === 0 && !refusal) return null
  const keep = (conflict: SyncConflict) => void commit(`Kept this ${conflictFieldLabel(conflict.field, paper.csl).toLowerCase()}`, keepEdit(paper, conflict))
  const restore = (conflict: SyncConflict) => {
    const restored = restoreEdit(paper, conflict, now())
    if ('refused' in restored) setRefusal(restored.refused)
    else void commit(`Restored the ${conflictFieldLabel(conflict.field, paper.csl).toLowerCase()} from ${conflict.deviceName}`, restored.patch)
  }
  return (
    <section className="lookup-conflicts" aria-label="Changed on another device">
      {conflicts.map((conflict, index) => {
        const label = conflictFieldLabel(conflict.field, paper.csl)
        return (
          <div key={`${conflict.field}-${conflict.device}-${conflict.at}-${index}`} className="lookup-conflict" role="group" aria-label={`${label}: changed on another device`}>
            <p>
              Changed on another device ({[conflict.deviceName, conflict.user, formatWhen(conflict.at)].filter(Boolean).join(', ')}): <strong>{label}</strong>:{' '}
              <span className="lookup-conflict__value">{conflictValueWords(conflict)}</span>
            </p>
            <button type="button" className="button button--small" onClick={() => keep(conflict)}>
              Keep this
            </button>{' '}
            {canRestore(conflict) && (
              <button type="button" className="button button--small button--quiet" title={`Put the other device's ${label.toLowerCase()} back`} onClick={() => restore(conflict)}>
                Restore
              </button>
            )}
          </div>
        )
      })}
      {refusal && (
        <p className="error-message" role="alert">
          {refusal}
        </p>
      )}
    </section>
  )
}

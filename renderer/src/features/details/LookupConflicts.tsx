import { useState } from 'react'
import { fieldConflictsOf, offerOf } from '../../../../shared/lookup/offer'
import { REGISTRY_NAMES } from '../../../../shared/lookup/registryNames'
import { applyOffer, dismissOffer, resolveLookupConflict, useDatabase, type PaperRecord } from '../../db'
import { FIELDS } from './fields'
import { displayValue } from './provenance'

const LABELS: Record<string, string> = { author: 'Authors', type: 'Type', ...Object.fromEntries(FIELDS.map((field) => [field.key, field.label])) }

/**
 * What a registry said that differs from what the user or an imported file gave: each such
 * field with the registry's value, "Use this" or "Keep mine"; and a bibliographic search's
 * possible match, "Apply" or "Dismiss". Nothing is shown when there is nothing to decide.
 */
export function LookupConflicts({ paper }: { paper: PaperRecord }) {
  const db = useDatabase()
  const [message, setMessage] = useState<string>()
  const conflicts = fieldConflictsOf(paper.lookupConflicts)
  const offer = offerOf(paper.lookupConflicts)
  if (conflicts.length === 0 && !offer && !message) return null
  // applying an offer answers what it did in words; the other choices answer nothing to say
  const run = (task: () => Promise<unknown>) =>
    void task().then(
      (outcome) => setMessage(typeof outcome === 'string' ? outcome : undefined),
      (error: unknown) => setMessage(`Not saved: ${error instanceof Error ? error.message : String(error)}`),
    )
  return (
    <section className="lookup-conflicts" aria-label="Registry differences">
      {offer && (
        <div className="lookup-conflict lookup-conflict--offer" role="group" aria-label="Possible match">
          <p>
            Possible match: <cite>{offer.record.item.title ?? 'untitled'}</cite>
            {offer.record.item.author?.length ? ` — ${displayValue(offer.record.item.author.slice(0, 3))}${offer.record.item.author.length > 3 ? ' et al.' : ''}` : ''}
            {offer.record.item.issued ? ` (${displayValue(offer.record.item.issued).slice(0, 4)})` : ''}
            {offer.record.item['container-title'] ? `, ${offer.record.item['container-title']}` : ''}
          </p>
          <button type="button" className="button button--small" onClick={() => run(() => applyOffer(db, paper.id))}>
            Apply
          </button>{' '}
          <button type="button" className="button button--small button--quiet" onClick={() => run(() => dismissOffer(db, paper.id))}>
            Dismiss
          </button>
        </div>
      )}
      {conflicts.map((conflict) => (
        <div key={conflict.field} className="lookup-conflict" role="group" aria-label={`${LABELS[conflict.field] ?? conflict.field}: ${REGISTRY_NAMES[conflict.source]} differs`}>
          <p>
            <strong>{LABELS[conflict.field] ?? conflict.field}</strong> — {REGISTRY_NAMES[conflict.source]} says: <span className="lookup-conflict__value">{displayValue(conflict.registryValue)}</span>
          </p>
          <button type="button" className="button button--small" onClick={() => run(() => resolveLookupConflict(db, paper.id, conflict.field, 'registry'))}>
            Use this
          </button>{' '}
          <button type="button" className="button button--small button--quiet" onClick={() => run(() => resolveLookupConflict(db, paper.id, conflict.field, 'mine'))}>
            Keep mine
          </button>
        </div>
      ))}
      {message && (
        <p className="hint" aria-live="polite">
          {message}
        </p>
      )}
    </section>
  )
}

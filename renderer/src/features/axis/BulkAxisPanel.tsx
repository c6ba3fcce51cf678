import { AddNodeInput } from './AddNodeInput'
import { useAxisActions } from './useAxisActions'

const ACCEPT_ALL_SCORE = 0.5

/** Tagging several papers at once: add a node to all, or accept their strong suggestions. */
export function BulkAxisPanel({ paperIds }: { paperIds: readonly string[] }) {
  const actions = useAxisActions()
  return (
    <section className="axis-panel" aria-labelledby="bulk-axis-heading">
      <h3 id="bulk-axis-heading">Axis for {paperIds.length} papers</h3>
      <AddNodeInput label={`Tag ${paperIds.length} papers with a node`} onAdd={(node) => void actions.acceptNode(paperIds, node)} />
      <div className="button-row">
        <button type="button" className="button" onClick={() => void actions.acceptAllAbove(paperIds, ACCEPT_ALL_SCORE)}>
          Accept all suggestions with score ≥ {ACCEPT_ALL_SCORE}
        </button>
      </div>
    </section>
  )
}

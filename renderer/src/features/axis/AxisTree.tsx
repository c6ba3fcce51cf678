import type { MouseEvent } from 'react'
import { AXIS_NODES, TOP_LEVEL_NODE_IDS } from '../../../../shared/axis'
import type { FacetCounts } from '../../search/facets'

interface AxisTreeProps {
  selection: readonly string[]
  onToggle: (id: string, combine: boolean) => void
  /** The facet counts of the list as it stands (the whole library, or as narrowed); undefined while they are counted. */
  counts: FacetCounts | undefined
}

/**
 * The axis nodes as a tree in the sidebar, each with how many papers of the list carry it
 * (pending suggestions apart, “12 +3”). No number while the counts are not in: a 0 there
 * would be a wrong answer, not a placeholder.
 */
export function AxisTree({ selection, onToggle, counts }: AxisTreeProps) {
  const item = (id: string, label: string, depth: number) => {
    const suggested = counts?.suggestedNodes[id] ?? 0
    return (
      <li key={id}>
        <button type="button" className={`sidebar__item sidebar__item--depth${depth}${selection.includes(id) ? ' is-active' : ''}`}
          aria-pressed={selection.includes(id)} onClick={(event: MouseEvent) => onToggle(id, event.shiftKey)}>
          <span>{label}</span>
          <span className="count">
            {counts && (counts.nodes[id] ?? 0).toLocaleString('en')}
            {suggested > 0 && <span className="count--suggested"> +{suggested.toLocaleString('en')}</span>}
          </span>
        </button>
      </li>
    )
  }
  return (
    <ul className="sidebar__list" aria-label="Axis nodes">
      {TOP_LEVEL_NODE_IDS.map((top) => [
        item(top, AXIS_NODES.find((node) => node.id === top)?.label ?? top, 0),
        ...AXIS_NODES.filter((node) => node.parent === top).map((node) => item(node.id, node.label, 1)),
      ])}
    </ul>
  )
}

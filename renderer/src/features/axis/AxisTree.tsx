import type { MouseEvent } from 'react'
import { AXIS_NODES, TOP_LEVEL_NODE_IDS } from '../../../../shared/axis'
import { useAxisCounts } from './useAxisCounts'

interface AxisTreeProps {
  selection: readonly string[]
  onToggle: (id: string, combine: boolean) => void
  /** Papers per node within the list as narrowed (search, filters); the library's own counts when absent. */
  counts?: Readonly<Record<string, number>>
}

/**
 * The axis nodes as a tree in the sidebar, each with its paper count (suggested apart), or
 * with how many of the papers in a narrowed list carry it.
 */
export function AxisTree({ selection, onToggle, counts: narrowed }: AxisTreeProps) {
  const library = useAxisCounts()
  const item = (id: string, label: string, depth: number) => {
    const count = narrowed ? { tagged: narrowed[id] ?? 0, suggested: 0 } : library?.get(id)
    return (
      <li key={id}>
        <button type="button" className={`sidebar__item sidebar__item--depth${depth}${selection.includes(id) ? ' is-active' : ''}`}
          aria-pressed={selection.includes(id)} onClick={(event: MouseEvent) => onToggle(id, event.shiftKey)}>
          <span>{label}</span>
          <span className="count">
            {count?.tagged ?? 0}
            {count && count.suggested > 0 && <span className="count--suggested"> +{count.suggested}</span>}
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

import { useVirtualizer } from '@tanstack/react-virtual'
import { memo, useRef } from 'react'
import { STUDY_TYPES } from '../../../../shared/axis'
import type { SortColumn, SortSpec } from './listModel'
import type { PaperRow } from './protocol'
import type { SearchClient } from './searchClient'
import { useListRows } from './useListRows'
import './VirtualPaperList.css'

interface VirtualPaperListProps {
  client: SearchClient
  ids: readonly string[]
  selectedId?: string
  onSelect?: (id: string) => void
  sort: SortSpec
  onSortChange?: (sort: SortSpec) => void
  rowHeight?: number
}

const COLUMNS: readonly { column: SortColumn; label: string; cell: (row: PaperRow) => string }[] = [
  { column: 'title', label: 'Title', cell: (row) => row.title || '(untitled)' },
  { column: 'firstAuthor', label: 'First author', cell: (row) => row.firstAuthor },
  { column: 'year', label: 'Year', cell: (row) => String(row.year ?? '') },
  { column: 'journal', label: 'Journal', cell: (row) => row.journal },
  { column: 'studyType', label: 'Study type', cell: (row) => STUDY_TYPES.find((type) => type.id === row.studyType)?.label ?? '' },
  { column: 'addedAt', label: 'Added', cell: (row) => new Date(row.addedAt).toISOString().slice(0, 10) },
]

/** Rows fetched beyond those rendered, so rows scrolled into view already have their data. */
const PREFETCH = 40

interface ListRowProps {
  id: string
  row: PaperRow | undefined
  index: number
  start: number
  height: number
  selected: boolean
  onSelect?: (id: string) => void
}

/** One row; memoised, so a scrolled frame renders only the rows that came into view. */
const ListRow = memo(function ListRow({ id, row, index, start, height, selected, onSelect }: ListRowProps) {
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      aria-selected={selected}
      data-testid={row ? 'paper-row' : 'paper-row-loading'}
      className={selected ? 'virtual-paper-list-row is-selected' : 'virtual-paper-list-row'}
      onClick={() => onSelect?.(id)}
      style={{ height, transform: `translateY(${start}px)` }}
    >
      {COLUMNS.map(({ column, cell }) => (
        <div key={column} role="gridcell" className={`virtual-paper-list-cell col-${column}`}>
          {row ? cell(row) : ''}
        </div>
      ))}
    </div>
  )
})

function nextSort(current: SortSpec, column: SortColumn): SortSpec {
  if (current.column === column) return { column, direction: current.direction === 'asc' ? 'desc' : 'asc' }
  return { column, direction: column === 'addedAt' || column === 'year' ? 'desc' : 'asc' }
}

/**
 * The paper list for any number of papers: only the rows on screen (plus a few) exist in
 * the DOM, and only their rows are fetched from the search worker. `ids` is the whole
 * ordered list from a search; clicking a header asks for another sort.
 */
export function VirtualPaperList({ client, ids, selectedId, onSelect, sort, onSortChange, rowHeight = 28 }: VirtualPaperListProps) {
  const scroller = useRef<HTMLDivElement>(null)
  // TanStack Virtual is read during render by design; React Compiler simply skips this component
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({ count: ids.length, getScrollElement: () => scroller.current, estimateSize: () => rowHeight, overscan: 4 })
  const items = virtualizer.getVirtualItems()
  const first = Math.max(0, (items[0]?.index ?? 0) - PREFETCH)
  const last = (items.at(-1)?.index ?? 0) + PREFETCH
  const rows = useListRows(client, ids.slice(first, last + 1))

  return (
    <div className="virtual-paper-list" role="grid" aria-label="Papers" aria-rowcount={ids.length + 1}>
      <div role="row" aria-rowindex={1} className="virtual-paper-list-header">
        {COLUMNS.map(({ column, label }) => (
          <button
            key={column}
            type="button"
            role="columnheader"
            className={`col-${column}`}
            aria-sort={sort.column === column ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
            onClick={() => onSortChange?.(nextSort(sort, column))}
          >
            {label}
          </button>
        ))}
      </div>
      <div ref={scroller} className="virtual-paper-list-scroller" data-testid="paper-list-scroller">
        <div className="virtual-paper-list-body" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const id = ids[item.index] ?? ''
            return <ListRow key={id} id={id} row={rows.get(id)} index={item.index} start={item.start} height={rowHeight} selected={id === selectedId} onSelect={onSelect} />
          })}
        </div>
      </div>
    </div>
  )
}

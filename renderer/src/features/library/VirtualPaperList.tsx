import { useVirtualizer } from '@tanstack/react-virtual'
import { memo, useCallback, useEffect, useMemo, useRef, useState, type DragEvent, type KeyboardEvent, type MouseEvent } from 'react'
import { FailureNotice } from '../../components/FailureNotice'
import { LIST_KEYS, matchesAny } from '../actions'
import { DEFAULT_COLUMNS, LIST_COLUMNS, nextSort, type ColumnDefinition } from './columns'
import type { SortColumn, SortSpec } from '../../search/listModel'
import { NO_SELECTION, clickRow, moveLead, selectAll, type LeadMove, type ListSelection } from './listSelection'
import type { PaperRow } from '../../search/protocol'
import type { SearchClient } from '../../search/searchClient'
import { useListRows } from './useListRows'
import { markFirstScreen } from '../workspace/firstScreen'
import './VirtualPaperList.css'
import { RetractionBadge } from '../retractions'

/** What a dragged selection carries: paper ids, one per line. */
export const PAPER_DRAG_TYPE = 'application/x-axisref-papers'

interface VirtualPaperListProps {
  client: SearchClient
  ids: readonly string[]
  selection?: ListSelection
  onSelectionChange?: (selection: ListSelection) => void
  sort: SortSpec | 'relevance'
  onSortChange?: (sort: SortSpec) => void
  columns?: readonly SortColumn[]
  /** The Delete key on the list. */
  onDelete?: () => void
  /** Files dropped on a row: attached to that paper, not imported as new ones. */
  onDropFiles?: (paperId: string, items: DataTransferItemList) => void
  rowHeight?: number
}

/** Rows fetched beyond those rendered, so rows scrolled into view already have their data. */
const PREFETCH = 40

interface ListRowProps {
  id: string
  row: PaperRow | undefined
  index: number
  start: number
  height: number
  selected: boolean
  /** The shown columns' definitions: one array for every row, so rows stay memoised. */
  columns: readonly ColumnDefinition[]
  onClick: (id: string, event: MouseEvent) => void
  onDragStart: (id: string, event: DragEvent) => void
  onDropFiles: ((id: string, items: DataTransferItemList) => void) | undefined
}

/** One row; memoised, so a scrolled frame renders only the rows that came into view. */
const ListRow = memo(function ListRow({ id, row, index, start, height, selected, columns, onClick, onDragStart, onDropFiles }: ListRowProps) {
  const [dropOver, setDropOver] = useState(false)
  // files dropped on a row go to that paper; the list's own drop zone (import) does not see them
  const takesFiles = (event: DragEvent) => onDropFiles !== undefined && event.dataTransfer.types.includes('Files')
  let className = selected ? 'virtual-paper-list-row is-selected' : 'virtual-paper-list-row'
  if (dropOver) className += ' is-drop-target'
  return (
    <div
      role="row"
      id={`paper-row-${id}`}
      aria-rowindex={index + 2}
      aria-selected={selected}
      data-testid={row ? 'paper-row' : 'paper-row-loading'}
      className={className}
      title={dropOver ? 'Drop to attach the PDF to this paper' : undefined}
      draggable
      onClick={(event) => onClick(id, event)}
      onDragStart={(event) => onDragStart(id, event)}
      onDragOver={(event) => {
        if (!takesFiles(event)) return
        event.preventDefault()
        event.stopPropagation()
        event.dataTransfer.dropEffect = 'copy'
        setDropOver(true)
      }}
      onDragLeave={() => setDropOver(false)}
      onDrop={(event) => {
        if (!takesFiles(event)) return
        event.preventDefault()
        event.stopPropagation()
        setDropOver(false)
        onDropFiles?.(id, event.dataTransfer.items)
      }}
      style={{ height, transform: `translateY(${start}px)` }}
    >
      {columns.map(({ column, cell }) => (
        <div key={column} role="gridcell" className={`virtual-paper-list-cell col-${column}`}>
          {row?.retraction && column === 'title' && <RetractionBadge status={row.retraction} />}
          {row ? cell(row) : ''}
        </div>
      ))}
    </div>
  )
})

const KEY_MOVES: Readonly<Record<string, LeadMove>> = { ArrowDown: 1, ArrowUp: -1, Home: 'first', End: 'last' }

/**
 * The paper list for any number of papers: only the rows on screen (plus a few) exist in
 * the DOM, and only their rows are fetched from the search worker. `ids` is the whole
 * ordered list from a search; clicking a header asks for another sort. Rows are selected
 * with the mouse (Ctrl/Shift) or the keyboard (arrows, Page Up/Down, Home/End, Ctrl+A)
 * and can be dragged (onto a collection).
 */
export function VirtualPaperList({ client, ids, selection = NO_SELECTION, onSelectionChange, sort, onSortChange, columns = DEFAULT_COLUMNS, onDelete, onDropFiles, rowHeight = 28 }: VirtualPaperListProps) {
  const scroller = useRef<HTMLDivElement>(null)
  // TanStack Virtual is read during render by design; React Compiler simply skips this component
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({ count: ids.length, getScrollElement: () => scroller.current, estimateSize: () => rowHeight, overscan: 4 })
  const items = virtualizer.getVirtualItems()
  const first = Math.max(0, (items[0]?.index ?? 0) - PREFETCH)
  const last = (items.at(-1)?.index ?? 0) + PREFETCH
  const { rows, failure, retry } = useListRows(client, ids.slice(first, last + 1))
  const hasRows = rows.size > 0
  useEffect(() => {
    if (hasRows) markFirstScreen()
  }, [hasRows])
  const selected = useMemo(() => new Set(selection.ids), [selection.ids])
  const shown = useMemo(() => LIST_COLUMNS.filter(({ column }) => columns.includes(column)), [columns])

  // rows are memoised: their handlers must keep their identity while the selection changes
  const latest = useRef({ ids, selection, onSelectionChange, onDropFiles })
  useEffect(() => {
    latest.current = { ids, selection, onSelectionChange, onDropFiles }
  })
  const onRowDrop = useCallback((id: string, items: DataTransferItemList) => latest.current.onDropFiles?.(id, items), [])
  const onClick = useCallback((id: string, event: MouseEvent) => {
    const { ids: order, selection: current, onSelectionChange: change } = latest.current
    change?.(clickRow(current, order, id, { toggle: event.ctrlKey || event.metaKey, range: event.shiftKey }))
  }, [])
  const onDragStart = useCallback((id: string, event: DragEvent) => {
    const { selection: current } = latest.current
    const dragged = current.ids.includes(id) ? current.ids : [id]
    event.dataTransfer.setData(PAPER_DRAG_TYPE, dragged.join('\n'))
    event.dataTransfer.effectAllowed = 'copyMove'
  }, [])

  function onKeyDown(event: KeyboardEvent) {
    const page = Math.max(1, items.length - 2)
    const move = event.key === 'PageDown' ? page : event.key === 'PageUp' ? -page : KEY_MOVES[event.key]
    if (move !== undefined) {
      event.preventDefault()
      const next = moveLead(selection, ids, move, event.shiftKey)
      onSelectionChange?.(next)
      const index = next.lead === undefined ? -1 : ids.indexOf(next.lead)
      if (index >= 0) virtualizer.scrollToIndex(index)
    } else if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'a') {
      event.preventDefault()
      onSelectionChange?.(selectAll(selection, ids))
    } else if (matchesAny(event, LIST_KEYS.trash) && selection.ids.length > 0) {
      event.preventDefault()
      onDelete?.()
    }
  }

  return (
    <>
      {failure && <FailureNotice message={failure} onRetry={retry} />}
      <div className="virtual-paper-list" role="grid" aria-label="Papers" aria-rowcount={ids.length + 1} aria-multiselectable="true"
        tabIndex={0} aria-activedescendant={selection.lead && selected.has(selection.lead) ? `paper-row-${selection.lead}` : undefined} onKeyDown={onKeyDown}>
        <div role="row" aria-rowindex={1} className="virtual-paper-list-header">
          {shown.map(({ column, label }) => {
            const active = sort !== 'relevance' && sort.column === column
            return (
              <button
                key={column}
                type="button"
                role="columnheader"
                tabIndex={-1}
                className={`virtual-paper-list-cell col-${column}`}
                aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
                onClick={() => onSortChange?.(nextSort(sort, column))}
              >
                {label}
                {active && <span aria-hidden="true">{sort.direction === 'asc' ? ' ▲' : ' ▼'}</span>}
              </button>
            )
          })}
        </div>
        <div ref={scroller} className="virtual-paper-list-scroller" data-testid="paper-list-scroller">
          <div className="virtual-paper-list-body" style={{ height: virtualizer.getTotalSize() }}>
            {items.map((item) => {
              const id = ids[item.index] ?? ''
              return <ListRow key={id} id={id} row={rows.get(id)} index={item.index} start={item.start} height={rowHeight} selected={selected.has(id)} columns={shown} onClick={onClick} onDragStart={onDragStart} onDropFiles={onDropFiles ? onRowDrop : undefined} />
            })}
          </div>
        </div>
      </div>
    </>
  )
}

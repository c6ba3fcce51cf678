import type { ReactNode } from 'react'
import { FailureNotice } from '../../components/FailureNotice'
import { useLibraryPaperCount } from '../../db'
import type { SearchClient, SearchState, SortColumn, SortSpec } from '../../search'
import { ColumnChooser } from './ColumnChooser'
import type { ListSelection } from './listSelection'
import { VirtualPaperList } from './VirtualPaperList'
import { EmptyState } from './EmptyState'
import './library.css'

interface LibraryPaneProps {
  client: SearchClient | undefined
  search: SearchState | undefined
  /** What the list shows, in words: "Trash", "Collection: Reviews". */
  viewLabel?: string
  /** What the list is narrowed to, in words ("Glia", "Randomised controlled trial"); empty when not. */
  filterLabels: readonly string[]
  /** True when the search box holds a query. */
  searching: boolean
  selection: ListSelection
  onSelectionChange: (selection: ListSelection) => void
  sort: SortSpec | 'relevance'
  onSortChange: (sort: SortSpec) => void
  columns: readonly SortColumn[]
  onColumnsChange: (columns: SortColumn[]) => void
  onDelete: () => void
  onImport: () => void
  /** PDFs dropped on a paper's row: attached to it. */
  onDropFilesOnPaper?: (paperId: string, items: DataTransferItemList) => void
  onClearFilter: () => void
  /** Buttons for the view (restore, empty trash …), beside the column chooser. */
  actions?: ReactNode
}

function papers(count: number): string {
  return `${count.toLocaleString('en')} paper${count === 1 ? '' : 's'}`
}

/** The virtualised paper list (narrowed by the search and the filters), or the empty state for a new library. */
export function LibraryPane(props: LibraryPaneProps) {
  const { client, search, viewLabel, filterLabels, searching, selection, sort, columns } = props
  const libraryCount = useLibraryPaperCount()
  if (libraryCount === 0 && !viewLabel && !searching && filterLabels.length === 0) return <EmptyState onImport={props.onImport} />
  if (search?.failure && !search.ids) return <FailureNotice message={search.failure} onRetry={search.retry} />
  if (!client || !search?.ids || libraryCount === undefined) return <p className="loading">Opening the library…</p>
  const { ids } = search
  // until the worker's index is whole, its answers hold part of the library (or the
  // first page read from the database): say how big the library is, and that it is indexing
  const whole = !viewLabel && !searching && filterLabels.length === 0
  const building = search.status.state !== 'ready' && search.status.state !== 'failed'
  const total = building && whole ? Math.max(libraryCount, search.total) : search.total
  const indexing = building && search.status.state === 'indexing' ? ` · preparing search, ${search.status.indexed.toLocaleString('en')} done` : ''
  const stale = search.failure !== undefined && search.pending
  return (
    <div className={`library-pane${stale ? ' is-stale' : ''}`}>
      <div className="library-pane__bar" role={filterLabels.length > 0 ? 'region' : undefined} aria-label={filterLabels.length > 0 ? 'Active filter' : undefined}>
        <span className="library-pane__summary" data-testid="list-summary">
          {viewLabel ? `${viewLabel}: ` : ''}
          {papers(total)}
          {filterLabels.length > 0 && ` on ${filterLabels.join(' + ')}`}
          {indexing}
        </span>
        <span className="library-pane__actions">
          {filterLabels.length > 0 && (
            <button type="button" className="button button--small" onClick={props.onClearFilter}>
              Clear filter
            </button>
          )}
          {props.actions}
          <ColumnChooser columns={columns} onChange={props.onColumnsChange} />
        </span>
      </div>
      {search.failure && <FailureNotice message={`${search.failure}${stale ? ' The list shows an earlier search.' : ''}`} onRetry={search.retry} />}
      {search.status.state === 'indexing' && search.status.message && <p className="hint">{search.status.message}</p>}
      {ids.length > 0 ? (
        <VirtualPaperList client={client} ids={ids} selection={selection} onSelectionChange={props.onSelectionChange} sort={sort} onSortChange={props.onSortChange} columns={columns} onDelete={props.onDelete} onDropFiles={props.onDropFilesOnPaper} />
      ) : (
        <p className="loading">{building ? 'Indexing the library…' : searching || filterLabels.length > 0 ? 'No papers match.' : viewLabel ? 'Nothing here yet.' : 'No papers.'}</p>
      )}
    </div>
  )
}

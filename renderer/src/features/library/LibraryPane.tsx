import type { ReactNode } from 'react'
import { FailureNotice } from '../../components/FailureNotice'
import type { SearchClient, SearchState, SortColumn, SortSpec } from '../../search'
import { ColumnChooser } from './ColumnChooser'
import type { ListSelection } from './listSelection'
import { VirtualPaperList } from './VirtualPaperList'
import { EmptyState } from './EmptyState'
import './library.css'

interface LibraryPaneProps {
  client: SearchClient | undefined
  search: SearchState | undefined
  /** Papers in the library, the trash left out; undefined until known. */
  libraryCount: number | undefined
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

/** What the summary says of the list's size: the library's count while the index is partial, once known. */
function sizeOf(search: SearchState, whole: boolean, libraryCount: number | undefined): string {
  const building = search.status.state !== 'ready' && search.status.state !== 'failed'
  if (!building || !whole) return papers(search.total)
  // the first page read from the database, or the part indexed so far: not the library's size
  if (libraryCount === undefined) return 'Counting papers…'
  const indexing = search.status.state === 'indexing' ? ` · preparing search, ${search.status.indexed.toLocaleString('en')} done` : ''
  return `${papers(Math.max(libraryCount, search.total))}${indexing}`
}

/**
 * The virtualised paper list (narrowed by the search and the filters), or the empty state
 * for a new library. Rows in hand are painted without waiting for the library's count
 * (counting a large library's store takes a while): only an empty answer waits for it, to
 * tell a new library from a list with nothing in it.
 */
export function LibraryPane(props: LibraryPaneProps) {
  const { client, search, libraryCount, viewLabel, filterLabels, searching, selection, sort, columns } = props
  if (libraryCount === 0 && !viewLabel && !searching && filterLabels.length === 0) return <EmptyState onImport={props.onImport} />
  if (search?.failure && !search.ids) return <FailureNotice message={search.failure} onRetry={search.retry} />
  if (!client || !search?.ids || (search.ids.length === 0 && libraryCount === undefined)) return <p className="loading">Opening the library…</p>
  const { ids } = search
  const whole = !viewLabel && !searching && filterLabels.length === 0
  const building = search.status.state !== 'ready' && search.status.state !== 'failed'
  const stale = search.failure !== undefined && search.pending
  return (
    <div className={`library-pane${stale ? ' is-stale' : ''}`}>
      <div className="library-pane__bar" role={filterLabels.length > 0 ? 'region' : undefined} aria-label={filterLabels.length > 0 ? 'Active filter' : undefined}>
        <span className="library-pane__summary" data-testid="list-summary">
          {viewLabel ? `${viewLabel}: ` : ''}
          {sizeOf(search, whole, libraryCount)}
          {filterLabels.length > 0 && ` on ${filterLabels.join(' + ')}`}
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

import type { PaperRecord } from '../../db'
import { EmptyState } from './EmptyState'
import { PaperList } from './PaperList'

interface LibraryPaneProps {
  papers: readonly PaperRecord[] | undefined
  /** What the list is narrowed to, in words ("Glia", "Randomised controlled trial"); empty when not. */
  filterLabels: readonly string[]
  selectedIds: readonly string[]
  onSelect: (id: string, modifiers: { toggle: boolean; range: boolean }) => void
  onImport: () => void
  onClearFilter: () => void
}

/** The paper list (narrowed by the filter), or the empty state for a new library. */
export function LibraryPane({ papers, filterLabels, selectedIds, onSelect, onImport, onClearFilter }: LibraryPaneProps) {
  if (papers === undefined) return <p className="loading">Opening the library…</p>
  if (papers.length === 0 && filterLabels.length === 0) return <EmptyState onImport={onImport} />
  return (
    <>
      {filterLabels.length > 0 && (
        <div className="filter-bar" role="region" aria-label="Active filter">
          <span>
            {papers.length} paper{papers.length === 1 ? '' : 's'} on{' '}
            {filterLabels.join(' + ')}
          </span>
          <button type="button" className="button button--small" onClick={onClearFilter}>
            Clear filter
          </button>
        </div>
      )}
      {papers.length > 0 ? <PaperList papers={papers} selectedIds={selectedIds} onSelect={onSelect} /> : <p className="loading">No papers match this filter yet.</p>}
    </>
  )
}

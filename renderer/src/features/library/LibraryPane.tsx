import { useLibraryPapers } from '../../db'
import { EmptyState } from './EmptyState'
import { PaperList } from './PaperList'

interface LibraryPaneProps {
  selectedId: string | undefined
  onSelect: (id: string) => void
  onImport: () => void
}

/** The middle pane: the paper list, or the empty state for a new library. */
export function LibraryPane({ selectedId, onSelect, onImport }: LibraryPaneProps) {
  const papers = useLibraryPapers()
  if (papers === undefined) return <p className="loading">Opening the library…</p>
  if (papers.length === 0) return <EmptyState onImport={onImport} />
  return <PaperList papers={papers} selectedId={selectedId} onSelect={onSelect} />
}

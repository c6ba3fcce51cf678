/**
 * Search and the paper list for libraries of any size: a worker holds the full-text index
 * and the sorted orders; the page asks it for ids and renders only the rows on screen.
 */
export { DEFAULT_SORT, type SearchAnswer, type SearchRequest, type SearchScope } from './engine'
export { SORT_COLUMNS, insertSorted, sortIds, sortKeysOf, type SortColumn, type SortDirection, type SortSpec } from './listModel'
export { createListModel, type ListModel } from './listViews'
export type { IndexStatus, PaperRow } from './protocol'
export { createSearchClient, type SearchClient, type SearchEvent, type SearchOptions, type SearchResult, type SearchWorkerPort } from './searchClient'
export { startSearchWorker } from './startSearchWorker'
export { useSearchClient } from './useSearchClient'
export { useSearchResults, type SearchState } from './useSearchResults'
export { useFacets, type FacetState } from './useFacets'
export type { FacetCounts } from './facets'
export { useListRows, type ListRows } from './useListRows'
export { VirtualPaperList, PAPER_DRAG_TYPE } from './VirtualPaperList'
export { ColumnChooser } from './ColumnChooser'
export { DEFAULT_COLUMNS, LIST_COLUMNS, validColumns, validSort } from './columns'
export { NO_SELECTION, clickRow, focusedPaper, moveLead, selectAll, type ListSelection, type SelectModifiers } from './listSelection'

/**
 * The search engine for libraries of any size: a worker holds the full-text index, the
 * ranking and the sorted orders, and answers the page with ids, facet counts and row
 * summaries. The paper list that shows them is in features/library.
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

import type { PaperSummary } from '../../../../shared/search'
import type { SearchAnswer, SearchRequest } from './engine'
import type { FacetCounts } from './facets'

/** What a list row shows of a paper: small, so a screenful crosses from the worker in a blink. */
export type PaperRow = Pick<PaperSummary, 'id' | 'title' | 'firstAuthor' | 'year' | 'journal' | 'studyType' | 'addedAt' | 'citationKey' | 'hasPdf' | 'trashed'>

/**
 * Where the index is: `loading` a saved one, `indexing` (building from scratch: structured
 * filters and sorting work, words match titles and authors only), or `ready`.
 */
export interface IndexStatus {
  state: 'starting' | 'loading' | 'indexing' | 'ready' | 'failed'
  /** Papers indexed so far while indexing; the library's size once ready. */
  indexed: number
  message?: string
}

/** Messages from the page to the search worker. */
export type ClientMessage =
  | { type: 'init'; dbName: string; locale?: string }
  | { type: 'search'; requestId: number; request: SearchRequest }
  /** The facet counts of what a query finds. */
  | { type: 'facets'; requestId: number; request: Omit<SearchRequest, 'sort'> }
  /** The rows of these papers (the ones on screen and about to be). */
  | { type: 'rows'; requestId: number; ids: string[] }
  /** Save the index now (tests, benchmarks, before the app quits). */
  | { type: 'flush'; requestId: number }

/** Messages from the search worker to the page. */
export type WorkerMessage =
  /**
   * `ids` joined by newlines (paper ids never hold one): one 2 MB string crosses between
   * threads far faster than an array of 50,000 strings.
   */
  | { type: 'result'; requestId: number; ids: string; total: number; error?: SearchAnswer['error']; status: IndexStatus }
  | { type: 'status'; status: IndexStatus }
  /** The library changed and the index has caught up: searches on screen should run again. */
  | { type: 'changed'; revision: number }
  /** In the order asked; papers no longer in the library are left out. */
  | { type: 'rows'; requestId: number; rows: PaperRow[] }
  | { type: 'facets'; requestId: number; facets: FacetCounts }
  | { type: 'flushed'; requestId: number }
  | { type: 'failed'; requestId?: number; message: string }

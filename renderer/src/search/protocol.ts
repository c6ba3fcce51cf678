import type { PaperRecord } from '../db/schema'
import type { PaperRow, SearchAnswer, SearchRequest } from './engine'
import type { FacetCounts } from './facets'
import type { EncodedIds, IdTableKnown } from './idTable'

export type { PaperRow } from './engine'

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

/** The search worker's requests and answers. */
export type SearchProtocol = {
  /** Open this library and load or build its index (a notice: sent once to each fresh worker). */
  init: { request: { dbName: string; locale?: string }; response: undefined }
  /**
   * `ids` as positions in the worker's id table, with the ids the page lacks (see
   * idTable.ts); `known` is what the page holds of that table.
   */
  search: { request: SearchRequest & { known?: IdTableKnown }; response: { ids: EncodedIds; total: number; error?: SearchAnswer['error']; status: IndexStatus } }
  /** The facet counts of what a query finds. */
  facets: { request: Omit<SearchRequest, 'sort'>; response: FacetCounts }
  /** The rows of these papers, in the order asked; papers no longer in the library are left out. */
  rows: { request: string[]; response: PaperRow[] }
  /**
   * Papers the page has just added (an import's chunk, its transaction committed), indexed
   * from the rows sent rather than read back from IndexedDB (a notice). Papers already in
   * the index are left to the change notices, which read them as stored.
   */
  added: { request: { papers: PaperRecord[] }; response: undefined }
  /** Save the index now (tests, benchmarks, before the app quits). */
  flush: { request: undefined; response: undefined }
}

/** A call as it crosses to the worker (tests pick the call a worker fails on by it). */
export type ClientMessage = { [K in keyof SearchProtocol]: { id: number; type: K; request: SearchProtocol[K]['request'] } }[keyof SearchProtocol]

/** What the worker reports on its own: index progress, "the library changed", a background failure. */
export type SearchEvent = { type: 'status'; status: IndexStatus } | { type: 'changed'; revision: number } | { type: 'failed'; message: string }

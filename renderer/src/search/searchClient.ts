import type { QueryError } from '../../../shared/search'
import type { SearchScope } from './engine'
import type { FacetCounts } from './facets'
import type { SortSpec } from './listModel'
import type { PaperRecord } from '../db/schema'
import type { WorkerPort } from '../workers/protocol'
import { createWorkerClient } from '../workers/workerClient'
import { createIdTableReader } from './idTable'
import type { IndexStatus, PaperRow, SearchEvent, SearchProtocol } from './protocol'

export type { SearchEvent } from './protocol'

/** The part of a Worker the client uses (a MessagePort or a fake in tests will do). */
export type SearchWorkerPort = WorkerPort

export interface SearchOptions extends SearchScope {
  /** Default: relevance when the query has words, else newest first. */
  sort?: SortSpec | 'relevance'
}

export interface SearchResult {
  /** Paper ids in display order: all of them, for a virtualised list. */
  ids: string[]
  total: number
  /** The first malformed term; the rest of the query was still run. */
  error?: QueryError
  /** Not 'ready': results may be incomplete (words matched in titles and authors only). */
  status: IndexStatus
}

export interface SearchClient {
  search(query: string, options?: SearchOptions): Promise<SearchResult>
  /** Facet counts (axis nodes, tags, years, journals, study types, PDFs) of what a query finds. */
  facets(query: string, scope?: SearchScope): Promise<FacetCounts>
  readonly status: IndexStatus
  /** Index progress, and "the library changed: run your search again". */
  subscribe(listener: (event: SearchEvent) => void): () => void
  /** List rows for these ids (in order; papers gone from the library left out). */
  rows(ids: readonly string[]): Promise<PaperRow[]>
  /** Tells the worker of papers just added, so it indexes them without reading them back (see the protocol). */
  added(papers: PaperRecord[]): void
  /** Saves the index now. */
  flush(): Promise<void>
  dispose(): void
}

/**
 * Talks to the search worker through the worker helper: one promise per request. Starts the
 * worker at once, so it loads the index before the first keystroke. `start` makes the port:
 * when the worker crashes, every waiting request rejects with why, in words, the status turns
 * `failed`, and the next request starts a fresh worker (sent `init` first).
 */
export function createSearchClient(start: () => SearchWorkerPort, options: { dbName: string; locale?: string }): SearchClient {
  let status: IndexStatus = { state: 'starting', indexed: 0 }
  const idTable = createIdTableReader()
  const listeners = new Set<(event: SearchEvent) => void>()
  const emit = (event: SearchEvent): void => listeners.forEach((listener) => listener(event))
  const worker = createWorkerClient<SearchProtocol, SearchEvent>({
    start,
    crashMessage: (reason) => `The search worker stopped (${reason}). Search again to start it afresh.`,
    closedMessage: 'The search client was disposed.',
    onStart: (fresh) => fresh.notify('init', { dbName: options.dbName, locale: options.locale }),
    onEvent(event) {
      if (event.type === 'status') status = event.status
      emit(event)
    },
    onCrash(message) {
      status = { state: 'failed', indexed: 0, message }
      emit({ type: 'status', status })
    },
    onNoticeFailed: (message) => emit({ type: 'failed', message }),
  })
  worker.start()

  return {
    async search(query, { sort, ...scope } = {}) {
      const reply = await worker.call('search', { query, sort: sort ?? 'relevance', ...scope, known: idTable.known() })
      status = reply.status
      return { ids: idTable.decode(reply.ids), total: reply.total, error: reply.error, status: reply.status }
    },
    facets: (query, scope = {}) => worker.call('facets', { query, ...scope }),
    get status() {
      return status
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    rows: (ids) => worker.call('rows', [...ids]),
    added: (papers) => worker.notify('added', { papers }),
    flush: () => worker.call('flush', undefined),
    dispose: () => worker.dispose(),
  }
}

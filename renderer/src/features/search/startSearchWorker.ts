import { DATABASE_NAME } from '../../db/schema'
import { inThreadPort } from './inThreadPort'
import { createSearchClient, type SearchClient } from './searchClient'

/**
 * Starts the search worker for a library and returns its client. Call once per window
 * (the worker holds the index in memory); `dispose()` ends the worker, and a worker that
 * crashes is replaced by a fresh one at the next request. Where there is no
 * Worker (jsdom), the same host runs on the page's thread.
 */
export function startSearchWorker(dbName: string = DATABASE_NAME, locale: string = navigator.language): SearchClient {
  const start = () => (typeof Worker === 'undefined' ? inThreadPort() : new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module', name: 'axisref-search' }))
  return createSearchClient(start, { dbName, locale })
}

import { DATABASE_NAME } from '../db/schema'
import { workerOrInThread } from '../workers/inThread'
import { createSearchClient, type SearchClient } from './searchClient'

/**
 * Starts the search worker for a library and returns its client. Call once per window
 * (the worker holds the index in memory); `dispose()` ends the worker, and a worker that
 * crashes is replaced by a fresh one at the next request. Where there is no
 * Worker (jsdom), the same service runs on the page's thread.
 */
export function startSearchWorker(dbName: string = DATABASE_NAME, locale: string = navigator.language): SearchClient {
  const start = workerOrInThread(
    () => new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module', name: 'axisref-search' }),
    () => import('./searchService').then((module) => module.searchService),
  )
  return createSearchClient(start, { dbName, locale })
}

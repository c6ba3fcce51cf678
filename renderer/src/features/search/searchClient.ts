import type { QueryError } from '../../../../shared/search'
import type { SearchScope } from './engine'
import type { FacetCounts } from './facets'
import type { SortSpec } from './listModel'
import { workerFailureReason } from '../../workers/workerCalls'
import type { ClientMessage, IndexStatus, PaperRow, WorkerMessage } from './protocol'

/** The part of a Worker the client uses (a MessagePort or a fake in tests will do). */
export interface SearchWorkerPort {
  postMessage(message: ClientMessage): void
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerMessage>) => void): void
  removeEventListener(type: 'message', listener: (event: MessageEvent<WorkerMessage>) => void): void
  terminate?(): void
  /** A Worker's uncaught error (it may have run out of memory): the client reports it as failed. */
  onerror?: ((event: ErrorEvent) => void) | null
  /** A message from the Worker that could not be read: handled as a crash. */
  onmessageerror?: ((event: MessageEvent) => void) | null
}

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

export type SearchEvent = { type: 'status'; status: IndexStatus } | { type: 'changed'; revision: number } | { type: 'failed'; message: string }

export interface SearchClient {
  search(query: string, options?: SearchOptions): Promise<SearchResult>
  /** Facet counts (axis nodes, tags, years, journals, study types, PDFs) of what a query finds. */
  facets(query: string, scope?: SearchScope): Promise<FacetCounts>
  readonly status: IndexStatus
  /** Index progress, and "the library changed: run your search again". */
  subscribe(listener: (event: SearchEvent) => void): () => void
  /** List rows for these ids (in order; papers gone from the library left out). */
  rows(ids: readonly string[]): Promise<PaperRow[]>
  /** Saves the index now. */
  flush(): Promise<void>
  dispose(): void
}

/**
 * Talks to the search worker over postMessage: one promise per request, matched by id.
 * Sends `init` at once, so the worker starts loading the index before the first keystroke.
 * `start` makes the port: when the worker crashes, every waiting request rejects with why,
 * in words, the status turns `failed`, and the next request starts a fresh worker.
 */
export function createSearchClient(start: () => SearchWorkerPort, options: { dbName: string; locale?: string }): SearchClient {
  let nextId = 1
  let status: IndexStatus = { state: 'starting', indexed: 0 }
  let port: SearchWorkerPort | undefined
  const waiting = new Map<number, { resolve: (message: WorkerMessage) => void; reject: (error: Error) => void }>()
  const listeners = new Set<(event: SearchEvent) => void>()
  const emit = (event: SearchEvent): void => listeners.forEach((listener) => listener(event))

  function onMessage({ data }: MessageEvent<WorkerMessage>): void {
    if (data.type === 'status') {
      status = data.status
      emit(data)
    } else if (data.type === 'changed') {
      emit(data)
    } else if (data.type === 'failed' && data.requestId === undefined) {
      emit({ type: 'failed', message: data.message })
    } else {
      const entry = waiting.get(data.requestId ?? -1)
      waiting.delete(data.requestId ?? -1)
      if (data.type === 'failed') entry?.reject(new Error(data.message))
      else entry?.resolve(data)
    }
  }

  function rejectWaiting(message: string): void {
    const entries = [...waiting.values()]
    waiting.clear()
    for (const entry of entries) entry.reject(new Error(message))
  }

  function end(running: SearchWorkerPort): void {
    running.removeEventListener('message', onMessage)
    running.terminate?.()
    if (port === running) port = undefined
  }

  function crashed(running: SearchWorkerPort, reason: string): void {
    if (port !== running) return
    end(running)
    const message = `The search worker stopped (${reason}). Search again to start it afresh.`
    status = { state: 'failed', indexed: 0, message }
    emit({ type: 'status', status })
    rejectWaiting(message)
  }

  function connect(): SearchWorkerPort {
    if (port) return port
    const running = start()
    port = running
    running.addEventListener('message', onMessage)
    if ('onerror' in running) {
      running.onerror = (event) => {
        // shown in the list in words, not also as an uncaught error
        event.preventDefault()
        crashed(running, workerFailureReason(event))
      }
    }
    if ('onmessageerror' in running) running.onmessageerror = (event) => crashed(running, workerFailureReason(event))
    running.postMessage({ type: 'init', dbName: options.dbName, locale: options.locale })
    return running
  }
  connect()

  function request(build: (requestId: number) => ClientMessage): Promise<WorkerMessage> {
    const requestId = nextId++
    const running = connect()
    return new Promise((resolve, reject) => {
      waiting.set(requestId, { resolve, reject })
      running.postMessage(build(requestId))
    })
  }

  return {
    async search(query, { sort, ...scope } = {}) {
      const reply = await request((requestId) => ({ type: 'search', requestId, request: { query, sort: sort ?? 'relevance', ...scope } }))
      if (reply.type !== 'result') throw new Error(`Unexpected reply ${reply.type} to a search`)
      status = reply.status
      return { ids: reply.ids === '' ? [] : reply.ids.split('\n'), total: reply.total, error: reply.error, status: reply.status }
    },
    async facets(query, scope = {}) {
      const reply = await request((requestId) => ({ type: 'facets', requestId, request: { query, ...scope } }))
      if (reply.type !== 'facets') throw new Error(`Unexpected reply ${reply.type} to a facets request`)
      return reply.facets
    },
    get status() {
      return status
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    async rows(ids) {
      const reply = await request((requestId) => ({ type: 'rows', requestId, ids: [...ids] }))
      if (reply.type !== 'rows') throw new Error(`Unexpected reply ${reply.type} to a rows request`)
      return reply.rows
    },
    async flush() {
      await request((requestId) => ({ type: 'flush', requestId }))
    },
    dispose() {
      if (port) end(port)
      rejectWaiting('The search client was disposed.')
    },
  }
}

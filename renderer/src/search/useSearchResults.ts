import { useLiveQuery } from 'dexie-react-hooks'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { QueryError } from '../../../shared/search'
import { useDatabase } from '../db'
import { SORT_COLUMNS, type SortSpec } from './listModel'
import type { IndexStatus } from './protocol'
import type { SearchClient, SearchOptions } from './searchClient'

export interface SearchState {
  /** Paper ids in display order; undefined until the first answer (or the fallback) arrives. */
  ids: readonly string[] | undefined
  total: number
  error?: QueryError
  status: IndexStatus
  /** An answer for an older query is on screen while the current one runs (or after it failed). */
  pending: boolean
  /**
   * Why the list may be out of date, in words ("Search failed: …"): the last search or the
   * index's background work failed. Cleared by the next answer.
   */
  failure?: string
  /** Runs the search again (the list's "Try again"). */
  retry: () => void
}

/** Rows shown from IndexedDB while the worker loads its index: more than a screenful. */
const FIRST_PAGE = 100

function sortFromKey(key: string): SearchOptions['sort'] {
  const [name, direction] = key.split(':')
  const column = SORT_COLUMNS.find((candidate) => candidate === name)
  return column && (direction === 'asc' || direction === 'desc') ? { column, direction } : 'relevance'
}

/** "Search failed: <reason>." with one full stop, whatever the reason ends with. */
function searchFailed(reason: unknown): string {
  const text = reason instanceof Error ? reason.message : String(reason)
  return `Search failed: ${/[.!?]$/.test(text) ? text : `${text}.`}`
}

function sameSort(sort: SearchOptions['sort'], spec: SortSpec): boolean {
  return typeof sort === 'object' && sort.column === spec.column && sort.direction === spec.direction
}

/**
 * Ids of the papers the list should show for a query, sort and scope, from the search
 * worker; run again whenever the worker reports that the library changed. Until the
 * worker has answered (it may still be loading its index), an empty query sorted newest
 * first shows the first page straight from IndexedDB's `addedAt` index, keys only, so a
 * 50,000-paper list paints at once; the worker's full answer follows. `client` is
 * undefined while the worker is being started.
 */
export function useSearchResults(client: SearchClient | undefined, query: string, options: SearchOptions = {}): SearchState {
  const db = useDatabase()
  const { sort, collectionId, trash } = options
  const sortKey = typeof sort === 'object' ? `${sort.column}:${sort.direction}` : (sort ?? 'relevance')
  const [answer, setAnswer] = useState<{ for: string; ids: string[]; total: number; error?: QueryError } | undefined>()
  const [status, setStatus] = useState<IndexStatus>(client?.status ?? { state: 'starting', indexed: 0 })
  const [revision, setRevision] = useState(0)
  const [failure, setFailure] = useState<string>()
  const latest = useRef(0)
  const retry = useCallback(() => setRevision((value) => value + 1), [])
  const requestKey = JSON.stringify([query, sortKey, collectionId, trash])

  useEffect(
    () =>
      client?.subscribe((event) => {
        if (event.type === 'status') setStatus(event.status)
        if (event.type === 'changed') setRevision((value) => value + 1)
        if (event.type === 'failed') setFailure(searchFailed(event.message))
      }),
    [client],
  )

  useEffect(() => {
    if (!client) return
    const request = ++latest.current
    client
      .search(query, { sort: sortFromKey(sortKey), collectionId, trash })
      .then((result) => {
        // a slower answer to an older keystroke must not replace a newer one
        if (request !== latest.current) return
        setAnswer({ for: requestKey, ids: result.ids, total: result.total, error: result.error })
        setStatus(result.status)
        setFailure(undefined)
      })
      .catch((error: unknown) => {
        if (request === latest.current) setFailure(searchFailed(error))
      })
  }, [client, requestKey, query, sortKey, collectionId, trash, revision])

  const canFallBack = answer === undefined && query.trim() === '' && collectionId === undefined && !trash && (sort === undefined || sort === 'relevance' || sameSort(sort, { column: 'addedAt', direction: 'desc' }))
  const fallback = useLiveQuery(async () => {
    if (!canFallBack) return undefined
    // one page of keys: reading all 50,000 keys of an index takes Chromium half a second
    const [newest, trashed] = await Promise.all([db.papers.orderBy('addedAt').reverse().limit(FIRST_PAGE * 2).primaryKeys(), db.papers.where('trashedAt').above(0).primaryKeys()])
    const inTrash = new Set(trashed)
    return newest.filter((id) => !inTrash.has(id)).slice(0, FIRST_PAGE)
  }, [db, canFallBack])

  const shown = { status, failure: failure ?? (status.state === 'failed' ? searchFailed(status.message ?? 'the search worker could not start') : undefined), retry }
  if (answer) return { ...shown, ids: answer.ids, total: answer.total, error: answer.error, pending: answer.for !== requestKey }
  if (fallback) return { ...shown, ids: fallback, total: fallback.length, pending: true }
  return { ...shown, ids: undefined, total: 0, pending: true }
}

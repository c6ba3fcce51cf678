import { act, renderHook, waitFor } from '@testing-library/react'
import { Dexie, type ObservabilitySet } from 'dexie'
import { createElement, type ReactNode } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { DatabaseProvider, addPaper, openDatabase, type AxisRefDatabase } from '../../../renderer/src/db'
import { createSearchHost, type SearchHost } from '../../../renderer/src/search/host'
import type { IndexStatus, SearchEvent, SearchProtocol } from '../../../renderer/src/search/protocol'
import { createSearchClient, type SearchClient, type SearchWorkerPort } from '../../../renderer/src/search/searchClient'
import { openSearchCache } from '../../../renderer/src/search/snapshotStore'
import { useListRows } from '../../../renderer/src/features/library/useListRows'
import { useSearchResults } from '../../../renderer/src/search/useSearchResults'
import type { PageMessage } from '../../../renderer/src/workers/protocol'
import { serveWorker } from '../../../renderer/src/workers/serveWorker'

/** The full suite runs many files at once on two cores: give the worker time to answer. */
const PATIENT = { timeout: 15_000 }
let count = 0
const cleanups: (() => void)[] = []
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()))

/** A port wired straight to a host served as the worker serves it, without a Worker. */
function connectedPort(host: (emit: (event: SearchEvent) => void) => SearchHost, listeners: Set<(event: MessageEvent) => void>): SearchWorkerPort {
  let receive: (event: MessageEvent<PageMessage>) => void = () => undefined
  serveWorker<SearchProtocol, SearchEvent>(host, {
    postMessage: (data) => listeners.forEach((listener) => listener(new MessageEvent('message', { data }))),
    addEventListener: (_type, listener) => (receive = listener),
  })
  return {
    postMessage: (message) => receive(new MessageEvent('message', { data: message })),
    addEventListener: (_type, listener) => listeners.add(listener),
    removeEventListener: (_type, listener) => listeners.delete(listener),
  }
}

async function libraryWithClient(): Promise<{ db: AxisRefDatabase; client: SearchClient; listeners: Set<unknown> }> {
  const name = `axisref-client-${++count}`
  const db = openDatabase(name)
  await addPaper(db, { csl: { id: 'a', type: 'article-journal', title: 'Microglia and stress', issued: { 'date-parts': [[2019]] } }, citationKey: 'a2019' }, 1)
  await addPaper(db, { csl: { id: 'b', type: 'article-journal', title: 'Butyrate and the gut barrier', issued: { 'date-parts': [[2021]] } }, citationKey: 'b2021' }, 2)
  const listeners = new Set<(event: MessageEvent) => void>()
  let host: SearchHost | undefined
  const serve = (emit: (event: SearchEvent) => void) => (host = createSearchHost({
    openLibrary: openDatabase,
    openCache: openSearchCache,
    post: emit,
    subscribe(listener: (parts: ObservabilitySet) => void) {
      Dexie.on('storagemutated', listener)
      return () => Dexie.on.storagemutated.unsubscribe(listener)
    },
    saveDelayMs: 60_000,
  }))
  const client = createSearchClient(() => connectedPort(serve, listeners), { dbName: name })
  cleanups.push(() => {
    client.dispose()
    host?.close()
    db.close()
  })
  return { db, client, listeners }
}

function ready(client: SearchClient): Promise<void> {
  return new Promise((resolve) => {
    if (client.status.state === 'ready') return resolve()
    client.subscribe((event) => event.type === 'status' && event.status.state === 'ready' && resolve())
  })
}

describe('the search client', () => {
  it('starts the worker, answers searches with ids and status, and reports a malformed term', async () => {
    const { client } = await libraryWithClient()
    const states: IndexStatus['state'][] = []
    client.subscribe((event) => event.type === 'status' && states.push(event.status.state))
    await ready(client)
    expect((await client.search('microglia')).ids).toHaveLength(1)
    const sorted = await client.search('', { sort: { column: 'year', direction: 'desc' } })
    expect(sorted.total).toBe(2)
    expect(sorted.status.state).toBe('ready')
    const malformed = await client.search('gut year:soon')
    expect(malformed.error?.code).toBe('INVALID_YEAR')
    expect(malformed.ids).toHaveLength(1)
    expect(states).toContain('ready')
    await client.flush()
  })

  it('tells subscribers when the library changed, and stops listening when disposed', async () => {
    const { db, client, listeners } = await libraryWithClient()
    await ready(client)
    const changed = new Promise<void>((resolve) => client.subscribe((event) => event.type === 'changed' && resolve()))
    await addPaper(db, { csl: { id: 'c', type: 'article-journal', title: 'Vagus nerve stimulation' }, citationKey: 'c' })
    await changed
    expect((await client.search('vagus')).ids).toHaveLength(1)
    client.dispose()
    expect(listeners.size).toBe(0)
  })
})

describe('useSearchResults', () => {
  it('shows the newest papers from IndexedDB before the worker answers, then the worker\'s answer, and re-runs on changes', async () => {
    const { db, client } = await libraryWithClient()
    let release: () => void = () => undefined
    const gate = new Promise<void>((resolve) => (release = resolve))
    const slowClient: SearchClient = { ...client, search: async (query, options) => gate.then(() => client.search(query, options)), subscribe: client.subscribe, get status() { return client.status } }
    const wrapper = ({ children }: { children: ReactNode }) => createElement(DatabaseProvider, { db, children })
    const { result } = renderHook(({ query }) => useSearchResults(slowClient, query), { wrapper, initialProps: { query: '' } })
    await waitFor(() => expect(result.current.ids).toHaveLength(2), PATIENT)
    const [newest] = await db.papers.orderBy('addedAt').reverse().primaryKeys()
    expect(result.current.ids?.[0]).toBe(newest)
    expect(result.current.pending).toBe(true)
    await act(async () => release())
    await waitFor(() => expect(result.current.pending).toBe(false), PATIENT)
    const paper = await addPaper(db, { csl: { id: 'd', type: 'article-journal', title: 'Newest' }, citationKey: 'd' })
    await waitFor(() => expect(result.current.ids?.[0]).toBe(paper.id), PATIENT)
  })
})

describe('useListRows', () => {
  it('takes rows from the worker, and from IndexedDB for those the worker has not loaded yet', async () => {
    const { db, client } = await libraryWithClient()
    await ready(client)
    const idOf = async (title: string) => (await db.papers.filter((paper) => paper.csl.title === title).first())?.id
    const first = await idOf('Microglia and stress')
    const second = await idOf('Butyrate and the gut barrier')
    await db.attachments.add({ id: 'file', paperId: first!, hash: 'h', size: 1, originalName: 'a.pdf', textExtracted: false, addedAt: 1 })
    await waitFor(async () => expect((await client.rows([first!]))[0]?.hasPdf).toBe(true), PATIENT)
    // a worker still loading knows only the first paper: the second comes from IndexedDB
    const loadingClient: SearchClient = { ...client, rows: async (ids) => (await client.rows(ids)).filter((row) => row.id === first), subscribe: client.subscribe, get status() { return client.status } }
    const wrapper = ({ children }: { children: ReactNode }) => createElement(DatabaseProvider, { db, children })
    const { result } = renderHook(() => useListRows(loadingClient, [first!, second!]).rows, { wrapper })
    await waitFor(() => expect(result.current.size).toBe(2), PATIENT)
    expect(result.current.get(first!)).toMatchObject({ title: 'Microglia and stress', hasPdf: true })
    expect(result.current.get(second!)).toMatchObject({ title: 'Butyrate and the gut barrier', year: 2021 })
  })
})

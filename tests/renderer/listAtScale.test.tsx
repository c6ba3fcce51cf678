import { render, renderHook, screen, waitFor } from '@testing-library/react'
import type { ReactNode } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { DatabaseProvider, addPaper, openDatabase, trashPapers, type AxisRefDatabase } from '../../renderer/src/db'
import { LibraryPane, useListRows } from '../../renderer/src/features/library'
import { useLibraryCount } from '../../renderer/src/features/library/useLibraryCount'
import { NO_SELECTION } from '../../renderer/src/features/library/listSelection'
import { DEFAULT_COLUMNS } from '../../renderer/src/features/library/columns'
import { startSearchWorker, type IndexStatus, type SearchClient, type SearchState } from '../../renderer/src/search'

// What a large library changes for the list: counting the papers' store walks all of it
// (seconds at 100,000 papers in Chromium), so the list paints without the count and the
// count comes from the search worker; a fast scroll must not ask for the same rows again.

const PATIENT = { timeout: 20_000 }
let count = 0
const open: { db: AxisRefDatabase; client: SearchClient }[] = []

afterEach(() => {
  for (const { db, client } of open.splice(0)) {
    client.dispose()
    db.close()
  }
})

async function library(titles: readonly string[]): Promise<{ db: AxisRefDatabase; client: SearchClient; ids: string[] }> {
  const db = openDatabase(`list-at-scale-${++count}`)
  const ids: string[] = []
  for (const [index, title] of titles.entries()) {
    const paper = await addPaper(db, { csl: { id: `p${index}`, type: 'article-journal', title, author: [{ family: `Author${index}`, given: 'A' }] }, citationKey: `key${index}` }, index + 1)
    ids.push(paper.id)
  }
  const client = startSearchWorker(db.name, 'en')
  open.push({ db, client })
  return { db, client, ids }
}

function withDatabase(db: AxisRefDatabase) {
  return function Wrapper({ children }: { children: ReactNode }) {
    return <DatabaseProvider db={db}>{children}</DatabaseProvider>
  }
}

describe('the list of a large library', () => {
  it('paints the rows it has before the library has been counted, and says it is counting', async () => {
    const { db, client, ids } = await library(['Microglia in depression', 'The gut-brain barrier in major depression'])
    // the first page read from the database while the worker loads its index
    const search: SearchState = { ids, total: ids.length, status: { state: 'loading', indexed: 0 }, pending: true, retry: () => undefined }
    render(
      <DatabaseProvider db={db}>
        <LibraryPane client={client} search={search} libraryCount={undefined} filterLabels={[]} searching={false} selection={NO_SELECTION} onSelectionChange={() => undefined}
          sort={{ column: 'addedAt', direction: 'desc' }} onSortChange={() => undefined} columns={DEFAULT_COLUMNS} onColumnsChange={() => undefined}
          onDelete={() => undefined} onImport={() => undefined} onClearFilter={() => undefined} />
      </DatabaseProvider>,
    )
    await waitFor(() => expect(screen.getAllByTestId('paper-row').map((row) => row.querySelector('.col-title')?.textContent)).toEqual(['Microglia in depression', 'The gut-brain barrier in major depression']), PATIENT)
    expect(screen.getByTestId('list-summary').textContent).toBe('Counting papers…')
  }, 60_000)

  it('counts the library in the database while the index is built, waits while a saved one loads, then follows the worker through adds and the trash', async () => {
    const { db, client, ids } = await library(['Microglia in depression', 'The gut-brain barrier in major depression'])
    const { result, rerender } = renderHook(({ state }) => useLibraryCount(client, state), { initialProps: { state: 'loading' as IndexStatus['state'] }, wrapper: withDatabase(db) })
    // a saved index loading: nothing is counted (the first rows' read would wait behind the count)
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(result.current).toBeUndefined()
    rerender({ state: 'indexing' })
    await waitFor(() => expect(result.current).toBe(2), PATIENT)
    rerender({ state: 'ready' })
    await addPaper(db, { csl: { id: 'p9', type: 'article-journal', title: 'Cytokines and mood' }, citationKey: 'key9' })
    await waitFor(() => expect(result.current).toBe(3), PATIENT)
    await trashPapers(db, [ids[0] ?? ''])
    await waitFor(() => expect(result.current).toBe(2), PATIENT)
  }, 60_000)

  it('asks the worker once for a row still on its way when the list scrolls on', async () => {
    const { db, client, ids } = await library(['A', 'B', 'C', 'D', 'E', 'F'].map((letter) => `Paper ${letter}`))
    await waitFor(() => expect(client.status.state).toBe('ready'), PATIENT)
    const asked: string[] = []
    const counted: SearchClient = {
      search: (query, options) => client.search(query, options),
      facets: (query, scope) => client.facets(query, scope),
      get status() {
        return client.status
      },
      subscribe: (listener) => client.subscribe(listener),
      rows(wanted) {
        asked.push(...wanted)
        return client.rows(wanted)
      },
      added: (papers) => client.added(papers),
      flush: () => client.flush(),
      dispose: () => client.dispose(),
    }
    const { result, rerender } = renderHook(({ shown }) => useListRows(counted, shown), { initialProps: { shown: ids.slice(0, 4) }, wrapper: withDatabase(db) })
    // the next frames scroll on before the first answer came back
    rerender({ shown: ids.slice(1, 5) })
    rerender({ shown: ids.slice(2, 6) })
    await waitFor(() => expect([...result.current.rows.keys()].sort()).toEqual([...ids].sort()), PATIENT)
    expect([...asked].sort()).toEqual([...ids].sort())
  }, 60_000)
})

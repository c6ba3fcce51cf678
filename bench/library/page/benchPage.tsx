import { useEffect, useState } from 'react'
import { createRoot } from 'react-dom/client'
import { DatabaseProvider, openDatabase } from '../../../renderer/src/db'
import { DATABASE_NAME } from '../../../renderer/src/db/schema'
import { DEFAULT_SORT } from '../../../renderer/src/search/engine'
import type { SortSpec } from '../../../renderer/src/search/listModel'
import type { SearchClient } from '../../../renderer/src/search/searchClient'
import { startSearchWorker } from '../../../renderer/src/search/startSearchWorker'
import { useSearchResults } from '../../../renderer/src/search/useSearchResults'
import { VirtualPaperList } from '../../../renderer/src/features/library/VirtualPaperList'
import { NO_SELECTION, type ListSelection } from '../../../renderer/src/features/library/listSelection'
import { createBenchApi, createBenchController, seedChunk, type BenchController } from './benchApi'
import type { SeedChunk } from './benchContract'
import { NaiveList } from './NaiveList'

// The library bench page (bench/suites/library.ts): the app's database and the search
// feature exactly as the app would wire them, plus hooks for the bench on globalThis.

function BenchLibrary({ client, controller }: { client: SearchClient; controller: BenchController }) {
  const [view, setView] = useState<{ query: string; sort: SortSpec }>({ query: '', sort: DEFAULT_SORT })
  const [selection, setSelection] = useState<ListSelection>(NO_SELECTION)
  const result = useSearchResults(client, view.query, { sort: view.sort })

  useEffect(() => {
    controller.attach((query, sort) => setView({ query, sort }))
  }, [controller])

  useEffect(() => {
    if (result.pending || !result.ids) return
    controller.shown(result.ids)
  }, [result, controller])

  return (
    <div style={{ height: '95vh', display: 'flex', flexDirection: 'column' }}>
      <input aria-label="Search" data-testid="search-box" value={view.query} onChange={(event) => setView({ ...view, query: event.target.value })} />
      <output data-testid="search-status">
        {result.status.state} · {result.total} papers{result.error ? ` · ${result.error.message}` : ''}
      </output>
      <VirtualPaperList client={client} ids={result.ids ?? []} sort={view.sort} onSortChange={(sort) => setView({ ...view, sort })} selection={selection} onSelectionChange={setSelection} />
    </div>
  )
}

let firstRows: number | undefined
// "first rows painted": a row with data is in the DOM, and a frame has been drawn since
new MutationObserver((_, observer) => {
  if (!document.querySelector('[data-testid="paper-row"]')) return
  observer.disconnect()
  requestAnimationFrame(() => requestAnimationFrame(() => (firstRows = performance.now())))
}).observe(document.body, { childList: true, subtree: true })

const params = new URLSearchParams(location.search)
const db = openDatabase(params.get('db') ?? DATABASE_NAME)

const root = document.getElementById('root')
if (!root) throw new Error('library.html has no #root element')
if (params.get('mode') === 'seed') {
  // seeding: no worker, so the index is built once from the whole library afterwards
  Object.assign(globalThis, { axisrefBench: { seed: (chunk: SeedChunk) => seedChunk(db, chunk) } })
} else if (params.get('mode') === 'naive') {
  // the cold-start reference: no worker, the old plain list
  createRoot(root).render(<NaiveList db={db} />)
} else {
  const client = startSearchWorker(db.name, 'en')
  const controller = createBenchController()
  Object.assign(globalThis, { axisrefBench: createBenchApi(db, client, controller, () => firstRows) })
  createRoot(root).render(
    <DatabaseProvider db={db}>
      <BenchLibrary client={client} controller={controller} />
    </DatabaseProvider>,
  )
}

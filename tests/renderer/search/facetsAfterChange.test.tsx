import { renderHook, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { addPaper, openDatabase } from '../../../renderer/src/db'
import { startSearchWorker } from '../../../renderer/src/search/startSearchWorker'
import { useFacets, type Schedule } from '../../../renderer/src/search/useFacets'

// The sidebar's counts used to wait 150 ms after every change of the library before being
// asked for, as typing does: more than the 100 ms an edit's counts may take in all. Only
// typing waits now; after a change the counts are asked for at once.

const PATIENT = { timeout: 20_000 }

describe('the sidebar counts after a change of the library', () => {
  it('are asked for at once after an edit, while a new query still waits for typing to pause', async () => {
    const delays: number[] = []
    const schedule: Schedule = (run, ms) => {
      delays.push(ms)
      const timer = setTimeout(run, ms)
      return () => clearTimeout(timer)
    }
    const db = openDatabase('facets-after-change')
    await addPaper(db, { csl: { id: 'a', type: 'article-journal', title: 'The gut-brain barrier in major depression' }, citationKey: 'maes2008', tags: ['to-read'] })
    const client = startSearchWorker(db.name, 'en')
    const { result, rerender } = renderHook(({ query }) => useFacets(client, query, {}, schedule), { initialProps: { query: '' } })
    await waitFor(() => expect(result.current.counts?.total).toBe(1), PATIENT)
    expect(delays[0]).toBe(150)

    delays.length = 0
    await addPaper(db, { csl: { id: 'b', type: 'article-journal', title: 'Microglia in depression' }, citationKey: 'wohleb2016', tags: ['chapter-3'] })
    await waitFor(() => expect(result.current.counts?.tags).toContainEqual(['chapter-3', 1]), PATIENT)
    expect(delays.length).toBeGreaterThan(0)
    expect(delays.every((ms) => ms === 0)).toBe(true)

    const typed = delays.length
    rerender({ query: 'microglia' })
    await waitFor(() => expect(result.current.counts?.total).toBe(1), PATIENT)
    expect(delays[typed]).toBe(150)
    client.dispose()
    db.close()
  }, 60_000)
})

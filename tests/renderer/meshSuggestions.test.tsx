import { renderHook, waitFor } from '@testing-library/react'
import type { ReactNode } from 'react'
import { describe, expect, it } from 'vitest'
import { suggestAxis } from '../../shared/axis'
import { addPaper, DatabaseProvider, enqueueLookups, openDatabase, type AxisRefDatabase, type PaperRecord } from '../../renderer/src/db'
import { useSuggestionRefresh } from '../../renderer/src/features/axis'
import { refreshSuggestions } from '../../renderer/src/features/axis/suggestions'
import { HAS_ONLINE, pubmedArticle } from './pubmedRecords'

let count = 0
const inline = async (inputs: readonly Parameters<typeof suggestAxis>[0][]) => inputs.map((input) => suggestAxis(input))

/** A paper as a PDF import leaves it (title and abstract, nothing from PubMed yet). */
async function paperFromText(db: AxisRefDatabase, pmid: string): Promise<PaperRecord> {
  const { item } = pubmedArticle(pmid)
  return addPaper(db, { csl: { id: 'x', type: 'article-journal', title: item.title, abstract: item.abstract }, citationKey: `p${pmid}` })
}

/** What a completed lookup writes: PubMed's MeSH headings, publication types and keywords. */
async function lookupBringsMesh(db: AxisRefDatabase, paperId: string, pmid: string): Promise<void> {
  const { mesh, publicationTypes, keywords } = pubmedArticle(pmid)
  await db.papers.update(paperId, { extension: { mesh, publicationTypes, keywords } })
}

describe.skipIf(!HAS_ONLINE)('axis suggestions when PubMed MeSH arrives', () => {
  it('suggests again for the paper whose MeSH arrived, with MeSH as evidence, and takes PubMed\'s study type as accepted', async () => {
    const db = openDatabase(`mesh-suggestions-${++count}`)
    const food = await paperFromText(db, '37905428')
    await paperFromText(db, '23121403')
    expect(await refreshSuggestions(db, inline)).toBe(2)
    expect((await db.papers.get(food.id))?.axisSuggested ?? []).not.toContain('gut.food-antigens')

    await lookupBringsMesh(db, food.id, '37905428')
    expect(await refreshSuggestions(db, inline)).toBe(1)
    const stored = await db.papers.get(food.id)
    expect(stored?.axisSuggested).toContain('gut.food-antigens')
    expect(stored?.axisSuggestions?.nodes.find((node) => node.id === 'gut.food-antigens')?.evidence).toContainEqual({ term: 'Diet', field: 'mesh' })
    // "Systematic Review" is PubMed's: accepted, no Accept step
    expect(stored?.studyType).toBe('systematic-review')
    expect(await refreshSuggestions(db, inline)).toBe(0)
  })

  it('never replaces a study type the user chose, nor sets one the user rejected', async () => {
    const db = openDatabase(`mesh-suggestions-${++count}`)
    const chosen = await paperFromText(db, '23121403')
    const rejected = await paperFromText(db, '37905428')
    await db.papers.update(chosen.id, { studyType: 'cohort' })
    await db.papers.update(rejected.id, { axisRejected: { nodes: [], pathways: [], studyTypes: ['systematic-review'] } })
    await lookupBringsMesh(db, chosen.id, '23121403')
    await lookupBringsMesh(db, rejected.id, '37905428')
    await refreshSuggestions(db, inline)
    expect((await db.papers.get(chosen.id))?.studyType).toBe('cohort')
    expect((await db.papers.get(rejected.id))?.studyType).toBeUndefined()
  })

  it('the workspace refreshes suggestions by itself when a lookup is done', async () => {
    const db = openDatabase(`mesh-suggestions-${++count}`)
    const food = await paperFromText(db, '37905428')
    const errors: string[] = []
    // stable, as the workspace's setMessage is: a new callback each render would refresh on every render
    const onError = (message: string) => void errors.push(message)
    const wrapper = ({ children }: { children: ReactNode }) => <DatabaseProvider db={db}>{children}</DatabaseProvider>
    renderHook(() => useSuggestionRefresh(onError), { wrapper })
    await waitFor(async () => expect((await db.papers.get(food.id))?.axisSuggestions).toBeDefined(), { timeout: 10_000 })

    const [lookupId = ''] = await enqueueLookups(db, [{ purpose: 'complete', input: '37905428', identifier: { kind: 'pmid', value: '37905428' }, paperId: food.id }])
    await lookupBringsMesh(db, food.id, '37905428')
    await db.lookups.update(lookupId, { state: 'done', outcome: 'Completed 3 fields' })
    await waitFor(async () => expect((await db.papers.get(food.id))?.axisSuggested).toContain('gut.food-antigens'), { timeout: 10_000 })
    expect(errors).toEqual([])
  })
})

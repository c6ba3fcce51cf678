import { describe, expect, it } from 'vitest'
import { generateLibrary } from '../../../bench/fixtures/generateLibrary'
import { openDatabase } from '../../../renderer/src/db'
import { emptyOwners } from '../../../renderer/src/search/sources'
import { papersChangedSince } from '../../../renderer/src/search/sync'

const POOL = { titles: ['A corpus title about stress'], sentences: ['Real abstracts mention cortisol.'], familyNames: ['Corpusson'], journals: ['Corpus Journal'] }

describe('catching the index up after a bulk write', () => {
  it('reads only the papers not indexed as they are now, though an import gave them all the watermark\'s time', async () => {
    const db = openDatabase(`catch-up-${Date.now()}`)
    const time = 1_700_000_000_000
    const { papers } = generateLibrary(POOL, { count: 200, seed: 7 })
    await db.papers.bulkAdd(papers.map((paper) => ({ ...paper, modifiedAt: time })))
    const known = new Map(papers.slice(0, 150).map((paper) => [paper.id, { modifiedAt: time }]))
    const [kept, edited] = papers
    if (!kept || !edited) throw new Error('no papers generated')
    await db.papers.update(edited.id, { modifiedAt: time + 5 })
    const changed = await papersChangedSince(db, known, emptyOwners(), time)
    // the 50 not indexed yet, and the one edited since; not the 149 indexed as they are
    expect(changed.size).toBe(51)
    expect(changed.has(edited.id)).toBe(true)
    expect(changed.has(kept.id)).toBe(false)
    expect([...changed].every((id) => id === edited.id || !known.has(id))).toBe(true)
    db.close()
  })
})

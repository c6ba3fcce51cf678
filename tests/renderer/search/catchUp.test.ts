import { describe, expect, it } from 'vitest'
import { generateLibrary } from '../../../bench/fixtures/generateLibrary'
import { openDatabase } from '../../../renderer/src/db'
import { emptyOwners } from '../../../renderer/src/search/sources'
import { papersChangedSince, reindexPapers } from '../../../renderer/src/search/sync'
import { SearchEngine } from '../../../renderer/src/search/engine'

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

  it('reads the notes, full texts and PDFs of a large catch-up\'s papers, looking up only papers that have some', async () => {
    const db = openDatabase(`catch-up-related-${Date.now()}`)
    const library = generateLibrary(POOL, { count: 700, seed: 11 })
    await db.transaction('rw', [db.papers, db.attachments, db.fullTexts, db.notes], async () => {
      await db.papers.bulkAdd(library.papers)
      await db.attachments.bulkAdd(library.attachments)
      await db.fullTexts.bulkAdd(library.fullTexts)
      await db.notes.bulkAdd(library.notes)
    })
    expect(library.notes.length).toBeGreaterThan(0)
    expect(library.fullTexts.length).toBeGreaterThan(0)
    const engine = new SearchEngine()
    const owners = emptyOwners()
    await reindexPapers(db, engine, owners, new Set(library.papers.map((paper) => paper.id)), 0)
    expect(engine.summaries.size).toBe(700)
    expect(owners.notes.size).toBe(library.notes.length)
    expect(owners.fullTexts.size).toBe(library.fullTexts.length)
    expect(owners.attachments.size).toBe(library.attachments.length)
    const withNotes = new Set(library.notes.map((note) => note.paperId))
    expect([...engine.summaries.values()].filter((summary) => summary.hasNotes).map((summary) => summary.id).sort()).toEqual([...withNotes].sort())
    const pdfs = new Set(library.attachments.map((attachment) => attachment.paperId))
    expect([...engine.summaries.values()].filter((summary) => summary.hasPdf).map((summary) => summary.id).sort()).toEqual([...pdfs].sort())
    db.close()
  })
})

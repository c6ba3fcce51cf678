import { describe, expect, it } from 'vitest'
import { generateLibrary } from '../../../bench/fixtures/generateLibrary'
import { summarisePaper } from '../../../shared/search'
import { summariesJson } from '../../../renderer/src/search/snapshotStore'

const POOL = { titles: ['A corpus title about stress'], sentences: ['Real abstracts mention cortisol.'], familyNames: ['Corpusson'], journals: ['Corpus Journal'] }

describe('the saved search index', () => {
  it('serialises the summaries a slice at a time, pausing between, into the one array a load reads', async () => {
    for (const count of [0, 1, 10_000, 23_456]) {
      const summaries = generateLibrary(POOL, { count: Math.min(count, 500), seed: 3 }).papers.map((paper) => summarisePaper(paper, { hasPdf: false, hasFullText: false, hasNotes: false }))
      // as many as asked, ids unique, without generating 23,456 papers
      const many = Array.from({ length: count }).flatMap((_, index) => {
        const base = summaries[index % summaries.length]
        return base ? [{ ...base, id: `p${index}` }] : []
      })
      let pauses = 0
      const json = await summariesJson(many, async () => void pauses++)
      const parsed = JSON.parse(json) as { id: string; title: string; folded?: unknown; foldedAuthors: string }[]
      expect(parsed.map((summary) => summary.id)).toEqual(many.map((summary) => summary.id))
      expect(parsed.every((summary, index) => summary.title === many[index]?.title && summary.foldedAuthors === many[index]?.folded.authors && summary.folded === undefined)).toBe(true)
      expect(pauses).toBe(Math.ceil(count / 10_000))
    }
  })
})

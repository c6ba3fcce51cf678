import { describe, expect, it } from 'vitest'
import { ONTOLOGY_VERSION } from '../../shared/axis'
import { addPaper, openDatabase } from '../../renderer/src/db'
import * as tags from '../../renderer/src/db/axisTags'
import type { AxisFields } from '../../renderer/src/db/axisTags'
import { listLibraryPapers } from '../../renderer/src/db/papers'
import { suggesterService } from '../../renderer/src/features/axis/suggesterService'
import { refreshSuggestions } from '../../renderer/src/features/axis/suggestions'
import { suggestAxis } from '../../shared/axis'

const suggested: AxisFields = tags.applySuggestions(
  { axisNodes: [] },
  {
    ontologyVersion: ONTOLOGY_VERSION,
    withFullText: false,
    nodes: [
      { id: 'glia.microglia', score: 0.8, evidence: [{ term: 'microglia', field: 'title' }] },
      { id: 'depression', score: 0.6, evidence: [{ term: 'depression', field: 'title' }] },
      { id: 'gut', score: 0.3, evidence: [{ term: 'gut', field: 'fullText' }] },
    ],
    pathways: [{ id: 'cytokines-microglia', score: 0.7, evidence: [] }],
    studyType: { id: 'rct', evidence: [{ term: 'randomized controlled trial', field: 'title' }] },
  },
)

describe('axis tagging', () => {
  it('keeps accepted tags apart from pending suggestions', () => {
    expect(suggested.axisSuggested).toEqual(['glia.microglia', 'depression', 'gut'])
    const accepted = tags.acceptNode(suggested, 'glia.microglia')
    expect(accepted.axisNodes).toEqual(['glia.microglia'])
    expect(accepted.axisSuggested).toEqual(['depression', 'gut'])
  })

  it('never offers a rejected suggestion again, even after the suggester runs again', () => {
    const rejected = tags.rejectNode(suggested, 'gut')
    expect(rejected.axisSuggested).not.toContain('gut')
    const rerun = tags.applySuggestions(rejected, suggested.axisSuggestions!)
    expect(rerun.axisSuggested).toEqual(['glia.microglia', 'depression'])
  })

  it('brings a suggestion back as pending when its accepted tag is removed', () => {
    const removed = tags.removeNode(tags.acceptNode(suggested, 'depression'), 'depression')
    expect(removed.axisNodes).toEqual([])
    expect(removed.axisSuggested).toContain('depression')
  })

  it('accepts everything at or above a score in one step', () => {
    const bulk = tags.acceptAllAbove(suggested, 0.5)
    expect(bulk.axisNodes).toEqual(['glia.microglia', 'depression'])
    expect(bulk.axisPathways).toEqual(['cytokines-microglia'])
    expect(bulk.axisSuggested).toEqual(['gut'])
  })

  it('rejects a study type and clears it if it was set', () => {
    const accepted = tags.acceptStudyType(suggested, 'rct')
    expect(accepted.studyType).toBe('rct')
    expect(tags.rejectStudyType(accepted, 'rct')).toMatchObject({ studyType: undefined, axisRejected: { studyTypes: ['rct'] } })
  })
})

describe('suggestions and the axis filter in IndexedDB', () => {
  it('suggests for new papers once, and filters by a node with its children', async () => {
    const db = openDatabase('axis-refresh')
    const microglia = await addPaper(db, { csl: { id: 'a', type: 'article-journal', title: 'Microglial activation in major depression' }, citationKey: 'a' })
    await addPaper(db, { csl: { id: 'b', type: 'article-journal', title: 'Tax law in the nineteenth century' }, citationKey: 'b' })
    const inline = async (inputs: readonly Parameters<typeof suggestAxis>[0][]) => inputs.map((input) => suggestAxis(input))
    expect(await refreshSuggestions(db, inline)).toBe(2)
    expect(await refreshSuggestions(db, inline)).toBe(0)
    const stored = await db.papers.get(microglia.id)
    expect(stored?.axisSuggested).toEqual(expect.arrayContaining(['glia.microglia', 'depression']))
    expect(await db.papers.where('axisSuggested').equals('glia.microglia').count()).toBe(1)

    await db.papers.update(microglia.id, tags.acceptNode(stored!, 'glia.microglia'))
    expect((await listLibraryPapers(db, { axis: ['glia'] })).map((paper) => paper.id)).toEqual([microglia.id])
    expect(await listLibraryPapers(db, { axis: ['glia', 'gut'] })).toEqual([])

    await db.papers.update(microglia.id, { studyType: 'rct' })
    expect((await listLibraryPapers(db, { studyType: 'rct' })).map((paper) => paper.id)).toEqual([microglia.id])
    expect(await listLibraryPapers(db, { studyType: 'cohort', axis: ['glia'] })).toEqual([])
  })

  it("the suggester's refresh reads and writes the named library itself: the page sends only its name", async () => {
    const db = openDatabase('axis-refresh-in-worker')
    const paper = await addPaper(db, { csl: { id: 'a', type: 'article-journal', title: 'Microglial activation in major depression' }, citationKey: 'a' })
    // the suggester emits no events of its own
    const service = suggesterService(() => undefined)
    try {
      expect(await service.handlers.refresh({ dbName: db.name }, new AbortController().signal)).toBe(1)
      expect((await db.papers.get(paper.id))?.axisSuggested).toEqual(expect.arrayContaining(['glia.microglia', 'depression']))
      // its write is the refresh's own: the paper is not queued for suggestions again
      expect(await db.suggestionQueue.count()).toBe(0)
      expect(await service.handlers.refresh({ dbName: db.name }, new AbortController().signal)).toBe(0)
    } finally {
      service.close?.()
    }
  })
})

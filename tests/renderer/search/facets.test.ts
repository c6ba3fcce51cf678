import { describe, expect, it } from 'vitest'
import type { PaperRecord } from '../../../renderer/src/db'
import { toIndexDocument, toSummary, type PaperSource } from '../../../renderer/src/search/documents'
import { SearchEngine } from '../../../renderer/src/search/engine'
import { countFacets } from '../../../renderer/src/search/facets'
import { TextIndex } from '../../../renderer/src/search/textIndex'

function source(id: string, csl: Partial<PaperRecord['csl']>, extra: Partial<PaperRecord> = {}, attachmentIds: string[] = []): PaperSource {
  const paper = { id, citationKey: id, csl: { id, type: 'article-journal', ...csl }, addedAt: 1, modifiedAt: 1, revision: 1, axisNodes: [], tags: [], collections: [], ...extra }
  return { paper, notes: [], fullTexts: [], attachmentIds }
}

const LIBRARY = [
  source('a', { title: 'Leaky gut in depression', issued: { 'date-parts': [[2015]] }, 'container-title': 'Brain Behav Immun' }, { axisNodes: ['gut.barrier', 'gut.translocation'], tags: ['to-read', 'ch2'], studyType: 'rct', axisPathways: ['permeability-translocation'] }, ['pdf-a']),
  source('b', { title: 'Microglia and depression', issued: { 'date-parts': [[2015]] }, 'container-title': 'Brain Behav Immun' }, { axisNodes: ['glia.microglia'], tags: ['to-read'], studyType: 'review' }),
  source('c', { title: 'Butyrate and the barrier', issued: { 'date-parts': [[2020]] }, 'container-title': 'Gut Microbes' }, { axisNodes: ['gut.barrier'], studyType: 'rct' }, ['pdf-c']),
  source('t', { title: 'Trashed depression paper', issued: { 'date-parts': [[2020]] } }, { axisNodes: ['gut'], tags: ['to-read'], trashedAt: 9 }),
]

function engine(): SearchEngine {
  return new SearchEngine(TextIndex.build(LIBRARY.map(toIndexDocument)), LIBRARY.map(toSummary))
}

describe('facet counts', () => {
  it('count each paper once per node, its parents included, and tags, years, journals, study types and PDFs', () => {
    const facets = countFacets(LIBRARY.slice(0, 3).map(toSummary))
    expect(facets.total).toBe(3)
    expect(facets.nodes).toMatchObject({ gut: 2, 'gut.barrier': 2, 'gut.translocation': 1, glia: 1, 'glia.microglia': 1 })
    expect(facets.pathways).toEqual({ 'permeability-translocation': 1 })
    expect(facets.tags).toEqual([['to-read', 2], ['ch2', 1]])
    expect(facets.years).toEqual([[2020, 1], [2015, 2]])
    expect(facets.journals).toEqual([['Brain Behav Immun', 2], ['Gut Microbes', 1]])
    expect(facets.studyTypes).toEqual({ rct: 2, review: 1 })
    expect(facets.hasPdf).toBe(2)
  })

  it('count a pending suggestion apart, and only where the paper is not tagged already', () => {
    const facets = countFacets([
      source('s1', { title: 'Barrier tagged, microglia suggested' }, { axisNodes: ['gut.barrier'], axisSuggested: ['glia.microglia', 'gut.translocation'] }),
      source('s2', { title: 'Only suggested' }, { axisNodes: [], axisSuggested: ['glia.microglia'] }),
    ].map(toSummary))
    expect(facets.nodes).toEqual({ gut: 1, 'gut.barrier': 1 })
    // s1 is on gut already (through gut.barrier): its gut.translocation suggestion adds to gut.translocation only
    expect(facets.suggestedNodes).toEqual({ glia: 2, 'glia.microglia': 2, 'gut.translocation': 1 })
  })

  it('are counted over what the query finds, the trash kept apart', () => {
    const found = engine().facets({ query: 'depression' })
    expect(found.total).toBe(2)
    expect(found.nodes.gut).toBe(1)
    expect(found.tags).toEqual([['to-read', 2], ['ch2', 1]])
    const trash = engine().facets({ query: '', trash: true })
    expect(trash.total).toBe(1)
    expect(trash.nodes.gut).toBe(1)
  })

  it('narrow with the filters a facet click adds', () => {
    const search = engine()
    expect(search.search({ query: 'node:gut.barrier type:rct has:pdf year:2020', sort: 'relevance' }).ids).toEqual(['c'])
    expect(search.search({ query: 'tag:to-read tag:ch2', sort: 'relevance' }).ids).toEqual(['a'])
    expect(search.search({ query: 'journal:"Brain Behav Immun" -type:rct', sort: 'relevance' }).ids).toEqual(['b'])
    expect(search.search({ query: 'pathway:permeability-translocation', sort: 'relevance' }).ids).toEqual(['a'])
  })
})

describe('phrase runs', () => {
  it('are found only inside the document range asked about', async () => {
    const { containsRun } = await import('../../../renderer/src/search/analyse')
    const buffer = Uint32Array.from([1, 2, 3, 9, 9, 4, 5, 6])
    expect(containsRun(buffer, [2, 3], 0, 3)).toBe(true)
    expect(containsRun(buffer, [4, 5], 0, 5)).toBe(false)
    expect(containsRun(buffer, [4, 5], 5, 8)).toBe(true)
    expect(containsRun(buffer, [3, 9], 0, 3)).toBe(false)
    expect(containsRun(buffer, [], 0, 0)).toBe(true)
  })
})

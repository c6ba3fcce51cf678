import { describe, expect, it } from 'vitest'
import type { PaperRecord } from '../../../renderer/src/db'
import { toIndexDocument, toSummary, type PaperSource } from '../../../renderer/src/search/documents'
import { SearchEngine, type SearchRequest } from '../../../renderer/src/search/engine'
import { TextIndex } from '../../../renderer/src/search/textIndex'

let added = 0
function source(id: string, csl: Partial<PaperRecord['csl']>, extra: Partial<PaperRecord & { studyType: string }> = {}, related: Partial<PaperSource> = {}): PaperSource {
  added += 1000
  const paper = { id, citationKey: id, csl: { id, type: 'article-journal', ...csl }, addedAt: added, modifiedAt: added, revision: 1, axisNodes: [], tags: [], collections: [], ...extra }
  return { paper, notes: [], fullTexts: [], attachmentIds: [], ...related }
}

const LIBRARY: PaperSource[] = [
  source('maes', { title: 'The gut-brain barrier in major depression', author: [{ family: 'Maes', given: 'Michael' }], abstract: 'Increased IL-6 and leaky gut in depressed patients.', issued: { 'date-parts': [[2008]] } }, { axisNodes: ['gut.barrier'], studyType: 'case-control' }),
  source('cryan', { title: 'Mind-altering microorganisms', author: [{ family: 'Cryan', given: 'John' }, { family: 'Dinan', given: 'Ted' }], abstract: 'The microbiota influences brain and behaviour through the vagus nerve.', issued: { 'date-parts': [[2012]] } }, { axisNodes: ['microbiota', 'brain.vagus'], studyType: 'review' }),
  source('raison', { title: 'Inflammation and depression: a randomized trial of infliximab', author: [{ family: 'Raison', given: 'Charles' }], abstract: 'Infliximab did not improve depressive symptoms overall; patients with high CRP responded.', issued: { 'date-parts': [[2013]] } }, { studyType: 'rct', tags: ['important'] }),
  source('muller', { title: 'Microglia in major depressive disorder', author: [{ family: 'Müller', given: 'Norbert' }], abstract: 'Microglial activation measured with TSPO PET.', issued: { 'date-parts': [[2019]] } }, { axisNodes: ['glia.microglia'] }),
  source('felger', { title: 'Inflammation effects on motivation', author: [{ family: 'Felger', given: 'Jennifer' }], abstract: 'Inflammatory cytokines such as TNF-α reduce dopamine.', issued: { 'date-parts': [[2016]] } }, {}, { notes: [{ id: 'n1', paperId: 'felger', markdown: 'Key paper for chapter 3 on anhedonia', createdAt: 1, modifiedAt: 1, revision: 1 }] }),
  source('pdf', { title: 'A paper with a PDF', abstract: 'Short abstract about stress.' }, { trashedAt: undefined }, { fullTexts: [{ id: 'a1', modifiedAt: 1, revision: 1, attachmentId: 'a1', paperId: 'pdf', text: 'Methods: the kynurenine pathway was measured in plasma.', truncated: false }], attachmentIds: ['a1'] }),
  source('trashed', { title: 'Microglia in the trash', abstract: 'Microglia.' }, { trashedAt: 5 }),
]

function engineOf(sources: readonly PaperSource[] = LIBRARY): SearchEngine {
  return new SearchEngine(TextIndex.build(sources.map(toIndexDocument)), sources.map(toSummary))
}

async function ids(engine: SearchEngine, query: string, request: Partial<SearchRequest> = {}): Promise<string[]> {
  return [...engine.search({ query, sort: 'relevance', ...request }).ids]
}

describe('searching words', () => {
  const engine = engineOf()

  it('requires every word, across fields, accents and case folded', async () => {
    expect(await ids(engine, 'microglia muller')).toEqual(['muller'])
    expect(await ids(engine, 'MICROGLIA Müller')).toEqual(['muller'])
    expect(await ids(engine, 'depression cryan')).toEqual([])
  })

  it('ranks a title hit above an abstract hit', async () => {
    const found = await ids(engine, 'inflammation')
    expect(found.slice(0, 2).sort()).toEqual(['felger', 'raison'])
    expect(await ids(engine, 'depressive ')).toEqual(['muller', 'raison'])
    // while typed, "depressive" also reaches "depression" (two edits away), ranked below exact hits
    expect(await ids(engine, 'depressive')).toEqual(['muller', 'raison', 'maes'])
  })

  it('matches the word being typed as a prefix, and forgives a typo in it', async () => {
    expect(await ids(engine, 'microorg')).toEqual(['cryan'])
    expect(await ids(engine, 'microorg ')).toEqual([])
    expect(await ids(engine, 'infliximb')).toEqual(['raison'])
  })

  it('keeps hyphenated terms whole but also finds their parts, and reads Greek letters', async () => {
    expect(await ids(engine, 'il-6 ')).toEqual(['maes'])
    expect(await ids(engine, 'gut brain barrier ')).toEqual(['maes'])
    expect(await ids(engine, 'tnf-alpha ')).toEqual(['felger'])
    expect(await ids(engine, 'TNF-α ')).toEqual(['felger'])
  })

  it('searches notes and PDF full text, and leaves out the trash unless asked', async () => {
    expect(await ids(engine, 'anhedonia')).toEqual(['felger'])
    expect(await ids(engine, 'kynurenine')).toEqual(['pdf'])
    expect(await ids(engine, 'microglia ')).toEqual(['muller'])
    expect(await ids(engine, 'microglia ', { trash: true })).toEqual(['trashed'])
  })

  it('excludes words and phrases', async () => {
    expect(await ids(engine, 'depression -infliximab')).toEqual(['maes'])
    expect(await ids(engine, 'depression -"major depression"')).toEqual(['raison'])
  })

  it('matches phrases word for word, and in PDF text (kept without positions) when all their words occur', async () => {
    expect(await ids(engine, '"major depressive disorder"')).toEqual(['muller'])
    expect(await ids(engine, '"depressive major"')).toEqual([])
    expect(await ids(engine, '"kynurenine pathway"')).toEqual(['pdf'])
    expect(await ids(engine, '"plasma kynurenine"')).toEqual(['pdf'])
    expect(await ids(engine, '"kynurenine microglia"')).toEqual([])
    expect(await ids(engine, 'stress -"kynurenine pathway"')).toEqual(['pdf'])
  })
})

describe('structured conditions and sorting', () => {
  const engine = engineOf()

  it('applies fielded terms with or without words, and reports a malformed term without failing', async () => {
    expect(await ids(engine, 'node:gut')).toEqual(['maes'])
    expect(await ids(engine, 'type:rct inflammation')).toEqual(['raison'])
    expect(await ids(engine, 'has:notes')).toEqual(['felger'])
    expect(await ids(engine, 'has:fulltext has:pdf')).toEqual(['pdf'])
    const answer = engine.search({ query: 'depression year:abc', sort: 'relevance' })
    expect(answer.error?.code).toBe('INVALID_YEAR')
    expect([...answer.ids].sort()).toEqual(['maes', 'raison'])
  })

  it('sorts results by any column instead of relevance', async () => {
    expect(await ids(engine, 'year:2000-2020', { sort: { column: 'year', direction: 'asc' } })).toEqual(['maes', 'cryan', 'raison', 'felger', 'muller'])
    expect(await ids(engine, '', { sort: { column: 'firstAuthor', direction: 'asc' } })).toEqual(['cryan', 'felger', 'maes', 'muller', 'raison', 'pdf'])
    expect(await ids(engine, '')).toEqual(['pdf', 'felger', 'muller', 'raison', 'cryan', 'maes'])
  })
})

describe('keeping the index in step', () => {
  it('finds edits, additions and removals, and answers the same after compaction and a snapshot round trip', async () => {
    const engine = engineOf()
    const edited = source('cryan', { title: 'Psychobiotics revisited', author: [{ family: 'Cryan', given: 'John' }] })
    engine.upsert(toSummary(edited), toIndexDocument(edited))
    const fresh = source('new', { title: 'Butyrate and microglia', abstract: 'Short-chain fatty acids.' })
    engine.upsert(toSummary(fresh), toIndexDocument(fresh))
    engine.remove('maes')
    const queries = ['microorganisms', 'psychobiotics', 'microglia', 'butyrate', 'gut barrier', '"short-chain fatty"', 'depression', 'micro']
    const before = await Promise.all(queries.map((query) => ids(engine, query)))
    expect(before.slice(0, 5)).toEqual([[], ['cryan'], ['muller', 'new'], ['new'], []])
    engine.text.compact()
    expect(await Promise.all(queries.map((query) => ids(engine, query)))).toEqual(before)
    const restored = new SearchEngine(new TextIndex(structuredClone(engine.text.snapshot())), [...engine.summaries.values()])
    expect(await Promise.all(queries.map((query) => ids(restored, query)))).toEqual(before)
  })
})

describe('writes that change no indexed word', () => {
  it('leave the text index as it was (a suggestion refresh after a large import re-analysed every paper), and the summary still changes', async () => {
    const engine = engineOf()
    const raison = LIBRARY.find((entry) => entry.paper.id === 'raison')
    if (!raison) throw new Error('no raison in the test library')
    const suggested: PaperSource = { ...raison, paper: { ...raison.paper, axisSuggested: ['cytokines.il6'] } }
    expect(engine.text.upsert(toIndexDocument(raison))).toBe(false)
    engine.upsert(toSummary(suggested), toIndexDocument(suggested))
    expect(engine.text.churn).toBe(0)
    expect(engine.summaries.get('raison')?.axisSuggested).toEqual(['cytokines.il6'])
    expect(await ids(engine, 'infliximab')).toEqual(['raison'])
    // a tag is indexed text: adding one is a change
    const tagged: PaperSource = { ...suggested, paper: { ...suggested.paper, tags: ['important', 'screened'] } }
    engine.upsert(toSummary(tagged), toIndexDocument(tagged))
    expect(engine.text.churn).toBeGreaterThan(0)
    // so is a word moved from one field into the next
    const moved = source('raison', { title: 'Inflammation and depression: a randomized trial', abstract: 'infliximab Infliximab did not improve depressive symptoms overall; patients with high CRP responded.' })
    expect(engine.text.upsert(toIndexDocument(moved))).toBe(true)
  })

  it('are recognised after compaction and after the index is saved and loaded', () => {
    const engine = engineOf()
    engine.remove('maes')
    const edited = source('cryan', { title: 'Psychobiotics revisited' })
    engine.upsert(toSummary(edited), toIndexDocument(edited))
    engine.text.compact()
    const restored = new TextIndex(structuredClone(engine.text.snapshot()))
    for (const index of [engine.text, restored]) {
      expect(index.upsert(toIndexDocument(edited))).toBe(false)
      for (const entry of LIBRARY.filter((candidate) => !['maes', 'cryan'].includes(candidate.paper.id))) expect(index.upsert(toIndexDocument(entry))).toBe(false)
      expect(index.churn).toBe(0)
    }
  })

  it('are indexed again when the saved index predates fingerprints (no fingerprint known)', () => {
    const { fingerprints, ...older } = structuredClone(engineOf().text.snapshot())
    expect(fingerprints?.length).toBe(LIBRARY.length)
    const index = new TextIndex(older)
    expect(index.upsert(toIndexDocument(LIBRARY[2] ?? source('none', {})))).toBe(true)
  })
})

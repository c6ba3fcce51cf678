import { describe, expect, it } from 'vitest'
import { matchesFilters, parseQuery, type PaperSummary } from '../../../shared/search'
import { generateLibrary } from '../../../bench/fixtures/generateLibrary'
import { FAMILY_NAMES, PNI_JOURNALS, TAGS } from '../../../bench/fixtures/vocabulary'
import { benchQueries } from '../../../bench/library/queries'
import { sourcesOf, toIndexDocument, toSummary } from '../../../bench/searchIndex/documents'
import { DEFAULT_SORT, SearchEngine, type SearchRequest } from '../../../renderer/src/search/engine'
import { ALL_SORTS } from '../../../renderer/src/search/listViews'
import { rankByScore } from '../../../renderer/src/search/rank'
import { TextIndex } from '../../../renderer/src/search/textIndex'
import { searchText } from '../../../renderer/src/search/textSearch'
import { phraseTokens } from '../../../renderer/src/search/analyse'
import { filterByRun } from '../../../renderer/src/search/phraseFilter'
import { corpusPool } from './corpusPool'

const library = generateLibrary(corpusPool(), { count: 3000, seed: 18 })
const sources = sourcesOf(library)
const summaries = sources.map(toSummary)
const index = TextIndex.build(sources.map(toIndexDocument))
index.vocabulary.prepare()
const engine = new SearchEngine(index, summaries)
const byId = new Map(summaries.map((summary) => [summary.id, summary]))

/**
 * The engine's answer worked out the plain way: every paper tested with `matchesFilters`,
 * no first cut of candidates, the list's own order or the text index's ranking.
 */
function reference(request: SearchRequest): string[] {
  const query = parseQuery(request.query)
  const keep = (paper: PaperSummary | undefined): boolean => paper !== undefined && !paper.trashed && matchesFilters(paper, query)
  const order = engine.list.order(request.sort === 'relevance' ? DEFAULT_SORT : request.sort)
  const text = query.words.length + query.phrases.length + query.excludedWords.length + query.excludedPhrases.length > 0
  if (!text) return order.filter((id) => keep(byId.get(id)))
  const matches = searchText(index, query, (doc) => keep(byId.get(index.docIds[doc] ?? '')))
  if (request.sort === 'relevance' && query.words.length + query.phrases.length > 0) return Array.from(rankByScore(matches.docs, matches.scores), (doc) => index.docIds[doc] ?? '')
  const found = new Set(matches.docs.map((doc) => index.docIds[doc]))
  return order.filter((id) => found.has(id))
}

const FIELDED = [
  ...FAMILY_NAMES.slice(0, 12).map((name) => `author:"${name}"`),
  'author:mul', 'author:van', 'author:"de la"', 'author:zz', '-author:smith', 'author:a', 'author:Müller depression',
  ...TAGS.map((tag) => `tag:"${tag}"`),
  'tag:to', '-tag:to-read', 'tag:important tag:teaching', 'tag:"ch2: introduction" microglia',
  ...PNI_JOURNALS.slice(0, 6).map((journal) => `journal:"${journal}"`),
  'journal:brain', 'title:gut', 'title:"gut microbiota"', 'title:depress year:2010-2020', 'doi:10.1', 'author:"\u0001"',
]

describe('the engine against a plain reference', { timeout: 60_000 }, () => {
  it('answers every bench query and fielded condition as testing each paper would, sorted by relevance', () => {
    for (const query of [...benchQueries(200), ...FIELDED]) expect(engine.search({ query, sort: 'relevance' }).ids, query).toEqual(reference({ query, sort: 'relevance' }))
  })

  it('answers the whole library and fielded conditions the same in every sort order, and after papers change', () => {
    for (const sort of ALL_SORTS) for (const query of ['', ...FIELDED]) expect(engine.search({ query, sort }).ids, `${query} ${sort.column} ${sort.direction}`).toEqual(reference({ query, sort }))
    const [first, second] = summaries
    if (!first || !second) throw new Error('the generated library is empty')
    const renamed: PaperSummary = { ...first, folded: { ...first.folded, authors: 'zzyzx renamed', tags: ['teaching'] }, tags: ['teaching'] }
    engine.upsertMany([{ summary: renamed }])
    byId.set(renamed.id, renamed)
    engine.remove(second.id)
    byId.delete(second.id)
    for (const sort of ALL_SORTS) expect(engine.search({ query: '', sort }).ids, `after changes, ${sort.column} ${sort.direction}`).toEqual(reference({ query: '', sort }))
    expect(engine.search({ query: '', sort: DEFAULT_SORT }).ids).not.toContain(second.id)
    expect(engine.search({ query: 'year:abc', sort: DEFAULT_SORT }).error?.code).toBe('INVALID_YEAR')
    for (const query of ['author:zzyzx', 'tag:teaching', ...FIELDED]) expect(engine.search({ query, sort: 'relevance' }).ids, query).toEqual(reference({ query, sort: 'relevance' }))
    expect(engine.search({ query: 'author:zzyzx', sort: 'relevance' }).ids).toEqual([first.id])
  })
})

/** Phrases the bench types, and runs cut from the papers' own text (some across a field's end). */
function phrasesToCheck(): string[] {
  const phrases = ['gut microbiota', 'randomized controlled trial', 'case report', 'blood-brain barrier', 'germ-free mice', 'of the', 'the']
  for (const source of sources.slice(0, 40)) {
    const words = `${source.paper.csl.title ?? ''} ${source.paper.csl.abstract ?? ''}`.split(/\s+/).filter(Boolean)
    phrases.push(words.slice(0, 2).join(' '), words.slice(-3).join(' '), words.slice(5, 9).join(' '))
  }
  return phrases
}

describe('the phrase check against testing each paper', { timeout: 60_000 }, () => {
  it('keeps (or drops) the papers holding each phrase word for word, before and after papers change and the index is compacted', () => {
    const check = (target: TextIndex): void => {
      const all = Array.from(target.docIds.keys()).filter((doc) => target.alive[doc] === 1)
      for (const phrase of phrasesToCheck()) {
        const tokens = phraseTokens(phrase, target.vocabulary)
        if (!tokens) continue
        for (const want of [true, false]) {
          const expected = all.filter((doc) => (want && target.hasFullText[doc] === 1) || target.hasRun(doc, tokens) === want)
          expect(filterByRun(target, all, tokens, want), `${phrase} ${want}`).toEqual(expected)
        }
      }
    }
    const own = TextIndex.build(sources.map(toIndexDocument))
    check(own)
    for (const source of sources.slice(100, 140)) own.upsert(toIndexDocument({ ...source, paper: { ...source.paper, csl: { ...source.paper.csl, title: `gut microbiota of the ${source.paper.csl.title ?? ''}` } } }))
    check(own)
    own.compact()
    check(own)
    expect(filterByRun(own, Array.from(own.docIds.keys()), phraseTokens('gut microbiota', own.vocabulary) ?? [], true).length).toBeGreaterThanOrEqual(40)
  })
})

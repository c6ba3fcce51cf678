import MiniSearch, { type Options, type Query } from 'minisearch'
import { STOP_WORDS, indexTerms, searchWords } from '../../shared/search'
import type { IndexDocument } from '../../renderer/src/search/analyse'
import { FIELD_BOOSTS, FIELD_NAMES } from '../../renderer/src/search/segment'
import type { TextQuery } from '../../renderer/src/search/textSearch'
import { liveBytes, timed } from './memory'
import type { IndexFigures } from './ours'

const FIELDS: string[] = [...FIELD_NAMES]
const BOOST = Object.fromEntries(FIELDS.map((field, index) => [field, FIELD_BOOSTS[index] ?? 1]))

/** Our tokenisation (folded words, hyphenated words and their parts) so both index the same terms. */
function tokenize(text: string): string[] {
  return searchWords(text).flatMap((word) => (word.includes('-') ? indexTerms(word) : [word]))
}

/** Same fields, field boosts and terms as ours; ids only, no stored fields. */
export const MINISEARCH_OPTIONS: Options<IndexDocument> = {
  idField: 'id',
  fields: FIELDS,
  extractField: (document, field) => (field === 'id' ? document.id : document.fields[FIELD_NAMES.indexOf(field as (typeof FIELD_NAMES)[number])]),
  tokenize,
  processTerm: (term) => (term.length < 2 || STOP_WORDS.has(term) ? null : term),
  searchOptions: { boost: BOOST },
}

/** Our edit distances: none under 4 letters, 1 up to 7, 2 beyond. */
function fuzziness(term: string): number | false {
  if (term.length < 4) return false
  return term.length > 7 ? 2 : 1
}

function meaningful(word: string): boolean {
  return searchWords(word).some((token) => indexTerms(token).length > 0)
}

/**
 * The free-text part of a parsed query as a MiniSearch query tree: every word required,
 * the last one as a prefix (and fuzzy) while typed, phrases as all their words (MiniSearch
 * has no positions), exclusions by AND_NOT. `fuzzyAll` is the retry when nothing matched,
 * standing in for ours, which goes fuzzy only for a word the library does not hold.
 */
export function miniSearchQuery(query: TextQuery, fuzzyAll: boolean): Query | undefined {
  const words = query.words.filter(meaningful)
  const typed = query.lastWordPartial ? query.words.at(-1) : undefined
  const required: Query[] = [
    ...words.map((word) => ({ queries: [word], combineWith: 'AND' as const, prefix: word === typed, fuzzy: fuzzyAll || word === typed ? fuzziness : false })),
    ...query.phrases.filter(meaningful).map((phrase) => ({ queries: [phrase], combineWith: 'AND' as const })),
  ]
  if (required.length === 0) return undefined
  const excluded = [...query.excludedWords, ...query.excludedPhrases].filter(meaningful)
  const all: Query = { queries: required, combineWith: 'AND' }
  if (excluded.length === 0) return all
  return { queries: [all, ...excluded.map((text) => ({ queries: [text], combineWith: 'AND' as const }))], combineWith: 'AND_NOT' }
}

function searchMini(index: MiniSearch<IndexDocument>, query: TextQuery): string[] {
  const tree = miniSearchQuery(query, false)
  if (!tree) return []
  let results = index.search(tree)
  if (results.length === 0 && query.words.length > 0) results = index.search(miniSearchQuery(query, true) ?? tree)
  return results.map((result) => String(result.id))
}

/** MiniSearch over the same documents: built with addAll, saved as JSON, loaded with loadJSON. */
export function measureMiniSearch(documents: readonly IndexDocument[], queries: readonly TextQuery[]): IndexFigures {
  const before = liveBytes()
  const build = timed(() => {
    const index = new MiniSearch<IndexDocument>(MINISEARCH_OPTIONS)
    index.addAll(documents)
    return index
  })
  const index = build.result
  const heapBytes = liveBytes() - before
  const json = JSON.stringify(index)
  const load = timed(() => MiniSearch.loadJSON<IndexDocument>(json, MINISEARCH_OPTIONS))
  if (load.result.documentCount !== index.documentCount) throw new Error(`MiniSearch loaded ${load.result.documentCount} of ${index.documentCount} papers from JSON`)
  for (const query of queries.slice(0, 20)) searchMini(index, query)
  const runs = queries.map((query) => timed(() => searchMini(index, query)))
  return { buildMs: build.ms, heapBytes, snapshotBytes: Buffer.byteLength(json), loadMs: load.ms, queryMs: runs.map((run) => run.ms), found: runs.map((run) => run.result) }
}

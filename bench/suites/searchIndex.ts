import { parseQuery, type ParsedQuery } from '../../shared/search'
import type { IndexDocument } from '../../renderer/src/search/analyse'
import { loadCorpusPool } from '../fixtures/corpusPool'
import { generateLibrary } from '../fixtures/generateLibrary'
import { median, percentile, round, type BenchSuite, type Metrics } from '../metrics'
import { benchQueries } from '../library/queries'
import { sourcesOf, toIndexDocument, toSummary } from '../searchIndex/documents'
import { forcedGc, megabytes } from '../searchIndex/memory'
import { measureMiniSearch } from '../searchIndex/miniSearch'
import { measureEngine, measureOurs, type IndexFigures } from '../searchIndex/ours'

// AXISREF_BENCH_PAPERS: a smaller library for a quick check of the suite itself
const PAPERS = Number(process.env.AXISREF_BENCH_PAPERS ?? 50_000)

/** Mean Jaccard similarity of the two indexes' answers (all matches, and the first ten). */
function agreement(ours: readonly string[][], theirs: readonly string[][], top?: number): number {
  const similarities = ours.map((mine, index) => {
    const a = new Set(mine.slice(0, top))
    const b = new Set((theirs[index] ?? []).slice(0, top))
    if (a.size + b.size === 0) return 1
    let both = 0
    for (const id of a) if (b.has(id)) both++
    return both / (a.size + b.size - both)
  })
  return similarities.reduce((sum, value) => sum + value, 0) / (similarities.length || 1)
}

/** The six figures of one index as `searchIndex.<name>_*`, with the other index's as baseline if given. */
function metricsOf(name: string, figures: IndexFigures, baseline?: IndexFigures): Metrics {
  const pick = (read: (of: IndexFigures) => number, digits: number, unit: string) => ({
    value: round(read(figures), digits),
    unit,
    ...(baseline ? { baseline: round(read(baseline), digits) } : {}),
  })
  return {
    [`searchIndex.${name}_build_s`]: pick((of) => of.buildMs / 1000, 2, 's'),
    [`searchIndex.${name}_heap_mb`]: pick((of) => megabytes(of.heapBytes), 1, 'MB'),
    [`searchIndex.${name}_snapshot_mb`]: pick((of) => megabytes(of.snapshotBytes), 1, 'MB'),
    [`searchIndex.${name}_load_ms`]: pick((of) => of.loadMs, 1, 'ms'),
    [`searchIndex.${name}_query_p50_ms`]: pick((of) => median(of.queryMs), 3, 'ms'),
    [`searchIndex.${name}_query_p95_ms`]: pick((of) => percentile(of.queryMs, 95), 3, 'ms'),
  }
}

/**
 * p95 over the queries without a phrase: MiniSearch has no positions, so its answer to a
 * phrase is every paper holding the words (20 times as many for "gut microbiota"), which
 * costs it time ours spends on a smaller, exact answer.
 */
function wordsOnly(ours: IndexFigures, theirs: IndexFigures, queries: readonly ParsedQuery[]): Metrics {
  const keep = (times: readonly number[]) => times.filter((_, index) => (queries[index]?.phrases.length ?? 0) === 0)
  const value = percentile(keep(ours.queryMs), 95)
  return { 'searchIndex.ours_words_query_p95_ms': { value: round(value, 3), unit: 'ms', baseline: round(percentile(keep(theirs.queryMs), 95), 3) } }
}

/** The slowest queries of one index, for the log. */
function slowest(figures: IndexFigures, queries: readonly ParsedQuery[]): string {
  return figures.queryMs
    .map((ms, index) => ({ ms, index }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 5)
    .map(({ ms, index }) => `${round(ms, 1)} ms ${figures.found[index]?.length ?? 0} found: ${queries[index]?.words.join(' ') ?? ''} ${JSON.stringify(queries[index]?.phrases ?? [])}`)
    .join('; ')
}

function note(text: string): void {
  console.error(`[bench] searchIndex: ${text}`)
}

/**
 * Our compact index against MiniSearch 7 in plain Node, over the library bench's generated
 * papers (abstracts, notes, full texts) and the free-text part of its 200 queries.
 */
export const searchIndexSuite: BenchSuite = {
  name: 'searchIndex',
  summary: `our text index against MiniSearch over ${PAPERS.toLocaleString('en')} generated papers: build, memory, snapshot, load, queries (Node)`,
  async run() {
    const library = generateLibrary(loadCorpusPool(), { count: PAPERS })
    const sources = sourcesOf(library)
    const documents: IndexDocument[] = sources.map(toIndexDocument)
    const queries = benchQueries(200)
    const textQueries = queries.map(parseQuery).filter((query) => query.words.length + query.phrases.length > 0)
    note(`${documents.length} papers, ${library.fullTexts.length} full texts, ${library.notes.length} notes; ${textQueries.length} of ${queries.length} queries have free text${forcedGc ? '' : '; NO forced gc: heap figures are noisy'}`)

    const ours = measureOurs(documents, textQueries)
    note(`ours built in ${round(ours.figures.buildMs / 1000)} s`)
    const engineMs = measureEngine(ours.index, sources.map(toSummary), queries)
    const theirs = measureMiniSearch(documents, textQueries)
    note(`MiniSearch built in ${round(theirs.buildMs / 1000)} s`)
    const empty = ours.figures.found.filter((ids) => ids.length === 0).length
    if (empty > textQueries.length / 2) throw new Error(`our index found nothing for ${empty} of ${textQueries.length} queries: the library or the index is broken`)
    note(`slowest, ours: ${slowest(ours.figures, textQueries)}`)
    note(`slowest, MiniSearch: ${slowest(theirs, textQueries)}`)
    note('queries: only the free-text part (words, phrases, exclusions) goes to both; fielded terms (author:, year:, node:, has: …) are filters ours applies from summaries, measured separately as ours_engine_query_*')
    note('MiniSearch: last word prefix + fuzzy while typed, phrases as all their words (no positions), fuzzy retry of all words when nothing matched')
    note('heap: heapUsed + arrayBuffers growth after a forced gc; snapshot: ours = v8 structured clone of TextIndexSnapshot (what IndexedDB stores), MiniSearch = JSON.stringify bytes; load: ours = deserialize + new TextIndex, MiniSearch = loadJSON; ours_phrase_sequences_mb is the part of our snapshot and heap that keeps word order for exact phrases, which MiniSearch does not store')
    return {
      ...metricsOf('ours', ours.figures, theirs),
      ...metricsOf('minisearch', theirs),
      ...wordsOnly(ours.figures, theirs, textQueries),
      'searchIndex.ours_phrase_sequences_mb': { value: round(megabytes(ours.sequenceBytes), 1), unit: 'MB' },
      'searchIndex.ours_engine_query_p50_ms': { value: round(median(engineMs), 3), unit: 'ms' },
      'searchIndex.ours_engine_query_p95_ms': { value: round(percentile(engineMs, 95), 3), unit: 'ms' },
      'searchIndex.answer_jaccard': { value: round(agreement(ours.figures.found, theirs.found), 3), unit: 'ratio' },
      'searchIndex.top10_jaccard': { value: round(agreement(ours.figures.found, theirs.found, 10), 3), unit: 'ratio' },
      'searchIndex.papers': { value: documents.length, unit: 'papers' },
      'searchIndex.text_queries': { value: textQueries.length, unit: 'queries' },
    }
  },
}

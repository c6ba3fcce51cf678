import { isDeepStrictEqual } from 'node:util'
import type { PaperSummary } from '../../shared/search'
import { DEFAULT_SORT, SearchEngine } from '../../renderer/src/search/engine'
import { countFacets, type FacetCounts } from '../../renderer/src/search/facets'
import { loadCorpusPool } from '../fixtures/corpusPool'
import { generateLibrary } from '../fixtures/generateLibrary'
import { median, percentile, round, type BenchSuite } from '../metrics'
import { sourcesOf, toSummary } from '../searchIndex/documents'

// AXISREF_BENCH_PAPERS: a smaller library for a quick check of the suite itself
const PAPERS = Number(process.env.AXISREF_BENCH_PAPERS ?? 100_000)
const EDITS = 40
const NODES = ['gut.barrier', 'glia.microglia', 'immune.cytokines', 'hpa']

/** One edit as a user makes them: a tag added, axis nodes changed, a paper trashed, a year corrected. */
function edited(paper: PaperSummary, step: number): PaperSummary {
  if (step % 4 === 0) return { ...paper, tags: [...paper.tags, `bench-${step}`] }
  if (step % 4 === 1) return { ...paper, axisNodes: [NODES[step % NODES.length] ?? 'gut'] }
  if (step % 4 === 2) return { ...paper, trashed: !paper.trashed }
  return { ...paper, year: (paper.year ?? 2000) + 1 }
}

/** The old way: what the query finds (the whole library), every paper counted afresh. */
function countedAfresh(engine: SearchEngine): FacetCounts {
  const { ids } = engine.search({ query: '', sort: DEFAULT_SORT })
  return countFacets(ids.flatMap((id) => engine.summaries.get(id) ?? []))
}

function timed<T>(run: () => T): { value: T; ms: number } {
  const started = performance.now()
  const value = run()
  return { value, ms: performance.now() - started }
}

/**
 * The sidebar's counts after an edit, in the search worker's engine over 100,000 generated
 * papers (Node): the paper taken in and the counts answered (structured-cloned, as they are
 * posted to the page), against counting the whole library afresh after each same edit.
 */
export const facetsSuite: BenchSuite = {
  name: 'facets',
  summary: `sidebar counts after an edit over ${PAPERS.toLocaleString('en')} generated papers: running counts against a fresh count (Node)`,
  async run() {
    const summaries = sourcesOf(generateLibrary(loadCorpusPool(), { count: PAPERS })).map(toSummary)
    const engine = new SearchEngine(undefined, summaries)
    const first = timed(() => engine.facets({ query: '' }))
    countedAfresh(engine)
    const running: number[] = []
    const afresh: number[] = []
    for (let step = 0; step < EDITS; step++) {
      const paper = summaries[(step * 2_477) % summaries.length]
      if (!paper) continue
      const next = edited(engine.summaries.get(paper.id) ?? paper, step)
      // the paper taken in is the same work either way; then each way answers the counts
      const upsert = timed(() => engine.upsert(next, undefined))
      const ours = timed(() => structuredClone(engine.facets({ query: '', trash: false })))
      const theirs = timed(() => structuredClone(countedAfresh(engine)))
      if (!isDeepStrictEqual(ours.value, theirs.value)) throw new Error(`facets bench: the running counts differ from a fresh count after edit ${step}`)
      running.push(upsert.ms + ours.ms)
      afresh.push(upsert.ms + theirs.ms)
    }
    console.error(`[bench] facets: ${PAPERS} papers; first count (made once, then kept) ${round(first.ms)} ms; the page no longer waits 150 ms after a change before asking`)
    return {
      'facets.after_edit_ms': { value: round(median(running), 3), unit: 'ms', baseline: round(median(afresh)), target: 100 },
      'facets.after_edit_p95_ms': { value: round(percentile(running, 95), 3), unit: 'ms', baseline: round(percentile(afresh, 95)), target: 100 },
      'facets.first_count_ms': { value: round(first.ms), unit: 'ms' },
    }
  },
}

import { deserialize, serialize } from 'node:v8'
import type { PaperSummary } from '../../shared/search'
import type { IndexDocument } from '../../renderer/src/search/analyse'
import { SearchEngine } from '../../renderer/src/search/engine'
import { rankByScore } from '../../renderer/src/search/rank'
import { TextIndex, createIndexBuilder, type TextIndexSnapshot } from '../../renderer/src/search/textIndex'
import { searchText, type TextQuery } from '../../renderer/src/search/textSearch'
import { liveBytes, timed } from './memory'

/** What the suite measures of one index, the same figures for each. */
export interface IndexFigures {
  buildMs: number
  /** Live bytes (heap and ArrayBuffers) the built index holds. */
  heapBytes: number
  snapshotBytes: number
  loadMs: number
  queryMs: number[]
  /** The ids each query found, best first, to compare the two answers. */
  found: string[][]
}

/** Built as the worker's rebuild builds it: one builder fed paper by paper, then the sorted vocabulary. */
function buildOurs(documents: readonly IndexDocument[]): TextIndex {
  const builder = createIndexBuilder()
  for (const document of documents) builder.add(document)
  const index = builder.finish()
  index.vocabulary.prepare()
  return index
}

/** The free-text part of a query, ranked as the engine ranks a 'relevance' search. */
function searchOurs(index: TextIndex, query: TextQuery): string[] {
  const matches = searchText(index, query)
  return Array.from(rankByScore(matches.docs, matches.scores), (doc) => index.docIds[doc] ?? '')
}

/**
 * Our index over `documents`. The snapshot is measured as IndexedDB stores it: the
 * structured clone of TextIndexSnapshot (v8.serialize is that format), and loading is
 * deserialising it plus `new TextIndex(snapshot)`, what the worker does at start.
 */
export function measureOurs(documents: readonly IndexDocument[], queries: readonly TextQuery[]): { figures: IndexFigures; index: TextIndex; sequenceBytes: number } {
  const before = liveBytes()
  const build = timed(() => buildOurs(documents))
  const index = build.result
  const heapBytes = liveBytes() - before
  const snapshot = index.snapshot()
  const sequenceBytes = snapshot.segment.seqTokens.byteLength + snapshot.segment.seqStart.byteLength
  const packed = serialize(snapshot)
  const load = timed(() => new TextIndex(deserialize(packed) as TextIndexSnapshot))
  if (load.result.size !== index.size) throw new Error(`our index loaded ${load.result.size} of ${index.size} papers from its snapshot`)
  for (const query of queries.slice(0, 20)) searchOurs(index, query)
  const runs = queries.map((query) => timed(() => searchOurs(index, query)))
  return {
    sequenceBytes,
    figures: { buildMs: build.ms, heapBytes, snapshotBytes: packed.byteLength, loadMs: load.ms, queryMs: runs.map((run) => run.ms), found: runs.map((run) => run.result) },
    index,
  }
}

/** Whole queries (fielded filters included) through the worker's SearchEngine, ranked by relevance. */
export function measureEngine(index: TextIndex, summaries: readonly PaperSummary[], queries: readonly string[]): number[] {
  const engine = new SearchEngine(index, summaries)
  for (const query of queries.slice(0, 20)) engine.search({ query, sort: 'relevance' })
  return queries.map((query) => timed(() => engine.search({ query, sort: 'relevance' })).ms)
}

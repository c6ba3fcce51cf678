import { serialize } from 'node:v8'
import { dedupKeyOf, findDuplicateSetsByKey, type DedupRecord } from '../../shared/dedup'
import { loadCorpusPool } from '../fixtures/corpusPool'
import { generateLibrary } from '../fixtures/generateLibrary'
import { round, type BenchSuite } from '../metrics'
import { megabytes } from '../searchIndex/memory'

// AXISREF_BENCH_PAPERS: a smaller library for a quick check of the suite itself
const PAPERS = Number(process.env.AXISREF_BENCH_PAPERS ?? 100_000)
/** One paper in this many has a re-typed copy: by DOI, by title, or by title without a year. */
const COPY_EVERY = 200

/** The generated library's papers as records, with planted copies of a few so there are sets to find. */
function libraryWithCopies(): { records: DedupRecord[]; planted: number } {
  const papers = generateLibrary(loadCorpusPool(), { count: PAPERS }).papers
  const records: DedupRecord[] = papers.map((paper) => ({ id: paper.id, item: paper.csl, citationKey: paper.citationKey }))
  const copies = records.filter((_, index) => index % COPY_EVERY === 7).map((record, index) => {
    const item = { ...record.item, id: `copy-${record.id}`, title: `${record.item.title ?? ''}.` }
    if (index % 3 > 0) delete item.DOI
    if (index % 3 === 2) delete item.issued
    return { id: `copy-${record.id}`, item, citationKey: `copy-${record.id}` }
  })
  return { records: [...records, ...copies], planted: copies.length }
}

/**
 * The duplicates worker's work over 100,000 generated papers with planted copies (Node):
 * how much crosses into it (compact keys) against the whole records the page used to hold,
 * and how long making the keys and finding the sets take, off the page's thread.
 */
export const duplicatesSuite: BenchSuite = {
  name: 'duplicates',
  summary: `duplicate sets over ${PAPERS.toLocaleString('en')} generated papers: compact keys against whole records, and the search (Node)`,
  async run() {
    const { records, planted } = libraryWithCopies()
    let started = performance.now()
    const keys = records.map(dedupKeyOf)
    const keysMs = performance.now() - started
    started = performance.now()
    const sets = findDuplicateSetsByKey(keys)
    const findMs = performance.now() - started
    const found = sets.filter((set) => set.ids.some((id) => id.startsWith('copy-'))).length
    console.error(`[bench] duplicates: ${records.length} records, ${planted} planted copies, ${sets.length} sets (${found} with a planted copy)`)
    return {
      'duplicates.keys_mb': { value: round(megabytes(serialize(keys).length), 1), unit: 'MB', baseline: round(megabytes(serialize(records).length), 1) },
      'duplicates.keys_s': { value: round(keysMs / 1000), unit: 's' },
      'duplicates.find_s': { value: round(findMs / 1000), unit: 's' },
      'duplicates.planted_found': { value: round(found / planted, 3), unit: 'ratio' },
    }
  },
}

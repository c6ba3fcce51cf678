import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { startBrowserHost } from '../../electron/browser-host/server'
import type { LibraryBenchApi, SeedChunk, TimedAnswer } from '../library/page/benchContract'
import { SORT_COLUMNS, type SortSpec } from '../../renderer/src/search/listModel'
import { loadCorpusPool } from '../fixtures/corpusPool'
import { generateLibrary, type GeneratedLibrary } from '../fixtures/generateLibrary'
import { median, percentile, round, type BenchSuite, type Metrics } from '../metrics'
import { launchWithProfile } from '../library/browser'
import { watchHeap } from '../library/heap'
import { benchQueries } from '../library/queries'
import { buildBenchSite } from '../library/site'

// AXISREF_BENCH_PAPERS: a smaller library for a quick check of the suite itself
const PAPERS = Number(process.env.AXISREF_BENCH_PAPERS ?? 50_000)
const SEED_CHUNK = 2_500
const RELOADS = 5
const NAIVE_EVERY = 10
const NEWEST_FIRST: SortSpec = { column: 'addedAt', direction: 'desc' }

type Method = keyof LibraryBenchApi
type BenchCall = <M extends Method>(method: M, ...args: Parameters<LibraryBenchApi[M]>) => Promise<Awaited<ReturnType<LibraryBenchApi[M]>>>

const CALL_TIMEOUT_MS = 300_000

/**
 * Calls one of the page's `axisrefBench` hooks (through CDP, so the page's CSP allows it),
 * failing with the hook's name rather than hanging if the page never answers.
 */
function benchIn(page: Page): BenchCall {
  return (method, ...args) => {
    const call = page.evaluate(
      ({ name, values }) => {
        const api = (globalThis as unknown as { axisrefBench: Record<string, (...parameters: unknown[]) => unknown> }).axisrefBench
        return api[name]?.(...values)
      },
      { name: method as string, values: args as unknown[] },
    )
    let timer: ReturnType<typeof setTimeout> | undefined
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`bench page: ${method} did not answer in ${CALL_TIMEOUT_MS / 1000} s`)), CALL_TIMEOUT_MS)
    })
    return Promise.race([call, timeout]).finally(() => clearTimeout(timer)) as never
  }
}

function chunksOf(library: GeneratedLibrary): SeedChunk[] {
  const chunks: SeedChunk[] = []
  for (let start = 0; start < library.papers.length; start += SEED_CHUNK) {
    const papers = library.papers.slice(start, start + SEED_CHUNK)
    const ids = new Set(papers.map((paper) => paper.id))
    const mine = <T extends { paperId: string }>(rows: T[]): T[] => rows.filter((row) => ids.has(row.paperId))
    chunks.push({ papers, attachments: mine(library.attachments), fullTexts: mine(library.fullTexts), notes: mine(library.notes) })
  }
  return chunks
}

async function coldStarts(page: Page, bench: BenchCall): Promise<{ firstRows: number[]; searchReady: number[] }> {
  const firstRows: number[] = []
  const searchReady: number[] = []
  for (let run = 0; run < RELOADS; run++) {
    await page.reload()
    await page.waitForFunction(() => (globalThis as unknown as { axisrefBench?: LibraryBenchApi }).axisrefBench?.firstRowsAt() !== undefined, undefined, { timeout: 60_000 })
    firstRows.push((await bench('firstRowsAt')) ?? Number.NaN)
    searchReady.push((await bench('waitReady')).at)
  }
  return { firstRows, searchReady }
}

async function measureSearch(bench: BenchCall, queries: readonly string[]): Promise<{ times: number[]; errors: number; slowest: string[] }> {
  for (const query of queries.slice(0, 20)) await bench('search', query)
  const answers: TimedAnswer[] = []
  for (const query of queries) answers.push(await bench('search', query))
  const slowest = answers
    .map((answer, index) => ({ ...answer, query: queries[index] ?? '' }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 8)
    .map((answer) => `${round(answer.ms, 1)} ms ${answer.total} found: ${answer.query}`)
  return { times: answers.map((answer) => answer.ms), errors: answers.filter((answer) => answer.error).length, slowest }
}

/**
 * The naive reference on every tenth query (each reads all 50,000 records: seconds apiece).
 * Run last: its gigabytes of garbage would otherwise land in the other measurements.
 */
async function measureNaive(bench: BenchCall, queries: readonly string[]): Promise<number[]> {
  const naive: number[] = []
  for (let index = 0; index < queries.length; index += NAIVE_EVERY) naive.push((await bench('naiveSearch', queries[index] ?? '')).ms)
  return naive
}

async function measureSorts(bench: BenchCall): Promise<{ roundTrip: number[]; painted: number[] }> {
  const roundTrip: number[] = []
  const painted: number[] = []
  for (const column of SORT_COLUMNS) {
    for (const direction of ['asc', 'desc'] as const) {
      const sort: SortSpec = { column, direction }
      if (column === 'addedAt' && direction === 'desc') continue
      painted.push((await bench('show', '', sort)).ms)
      roundTrip.push((await bench('search', '', sort)).ms)
      console.error(`[bench] library: sort ${column} ${direction}: painted ${round(painted.at(-1) ?? 0, 1)} ms, round trip ${round(roundTrip.at(-1) ?? 0, 1)} ms`)
    }
  }
  return { roundTrip, painted }
}

/**
 * The naive list (the app's list before the search worker: the 500 newest papers read
 * from IndexedDB, all rendered) after a reload, to the first row painted: the reference
 * for the cold start of the virtualised list.
 */
async function appColdStart(page: Page, url: string): Promise<number> {
  // a string, as the DOM types are not part of the bench's (Node) compilation
  await page.addInitScript({
    content: `new MutationObserver((_, observer) => {
      if (!document.querySelector('table.paper-list tbody tr')) return
      observer.disconnect()
      requestAnimationFrame(() => requestAnimationFrame(() => { globalThis.axisrefFirstRow = performance.now() }))
    }).observe(document, { childList: true, subtree: true })`,
  })
  const times: number[] = []
  await page.goto(`${url}library.html?mode=naive`)
  for (let run = 0; run < RELOADS; run++) {
    await page.reload()
    await page.waitForFunction(() => 'axisrefFirstRow' in globalThis, undefined, { timeout: 60_000 })
    times.push(await page.evaluate(() => Number((globalThis as unknown as { axisrefFirstRow: number }).axisrefFirstRow)))
  }
  return median(times)
}

/**
 * With AXISREF_BENCH_PROFILE_DIR=<folder>, the page and its search worker are profiled
 * during the first index build (one .cpuprofile each, for DevTools or /work-style summaries).
 */
async function profileFirstBuild(page: Page, heap: Awaited<ReturnType<typeof watchHeap>>): Promise<() => Promise<void>> {
  const folder = process.env.AXISREF_BENCH_PROFILE_DIR
  if (!folder) return async () => undefined
  for (let waited = 0; heap.workerCount === 0 && waited < 10_000; waited += 20) await page.waitForTimeout(20)
  const stop = await heap.profileWorkers()
  return async () => {
    const profiles = await stop()
    await mkdir(folder, { recursive: true })
    for (const [index, profile] of profiles.entries()) await writeFile(join(folder, `${index === 0 ? 'page' : `worker${index}`}.cpuprofile`), JSON.stringify(profile))
  }
}

function newPaper(id: string, title: string): GeneratedLibrary['papers'][number] {
  const now = Date.now()
  return { id, citationKey: id, csl: { id, type: 'article-journal', title, author: [{ family: 'Newman', given: 'Ada' }] }, addedAt: now, modifiedAt: now, revision: 1, axisNodes: [], tags: [], collections: [], studyType: 'rct' }
}

/**
 * 50,000 generated papers in the built renderer's IndexedDB, in real Chromium against the
 * browser host: cold start to first rows, search latency over 200 queries against a naive
 * Dexie scan, every sort, scrolling 10,000 rows, one insertion, and the JS heap.
 */
export const librarySuite: BenchSuite = {
  name: 'library',
  summary: '50,000-paper library: cold start, search, sort, scroll, insert and heap in Chromium',
  async run() {
    const started = performance.now()
    const log = (step: string): void => console.error(`[bench] library: ${step} (${round((performance.now() - started) / 1000, 1)} s)`)
    const temp = await mkdtemp(join(tmpdir(), 'axisref-library-bench-'))
    const site = join(temp, 'site')
    await buildBenchSite(site)
    const library = generateLibrary(loadCorpusPool(), { count: PAPERS })
    const host = await startBrowserHost({ rendererDir: site, userDataDir: join(temp, 'data'), appVersion: 'bench' })
    const browser = await launchWithProfile(join(temp, 'profile'))
    try {
      const page = browser.pages()[0] ?? (await browser.newPage())
      page.on('pageerror', (error) => console.error(`[bench] library page: ${error.message}`))
      const bench = benchIn(page)
      await page.goto(`${host.origin}/library.html?mode=seed`)
      let seedMs = performance.now()
      for (const chunk of chunksOf(library)) await bench('seed', chunk)
      seedMs = performance.now() - seedMs
      log(`seeded ${library.papers.length} papers`)

      const heap = await watchHeap(page)
      await page.goto(`${host.origin}/library.html`)
      const stopProfiles = await profileFirstBuild(page, heap)
      const built = await bench('waitReady')
      const indexingAt = (await bench('indexingAt')) ?? Number.NaN
      log(`index built: ${built.state}; the worker started building ${round(indexingAt / 1000, 1)} s after the page opened`)
      await stopProfiles()
      const saveMs = await bench('flush')
      log('index saved')
      const { firstRows, searchReady } = await coldStarts(page, bench)
      log('cold starts measured')

      const queries = benchQueries(200)
      const search = await measureSearch(bench, queries)
      log(`searches measured; slowest:\n  ${search.slowest.join('\n  ')}`)
      const sorts = await measureSorts(bench)
      log('sorts measured')
      await bench('show', '', NEWEST_FIRST)
      const scroll = await bench('scroll', 10_000, 25)
      const insertNewest = await bench('insert', newPaper('bench-new-1', 'Zebrafish gut motility after a single paper is added'))
      await bench('show', '', { column: 'title', direction: 'asc' })
      const insertByTitle = await bench('insert', newPaper('bench-new-2', 'Mid-alphabet insertion into a title-sorted list'))
      const memory = await heap.measure()
      log('heap measured')
      const naive = await measureNaive(bench, queries)
      log('naive scans measured')
      const appList = await appColdStart(await browser.newPage(), `${host.origin}/`).catch((error: unknown) => {
        console.error(`[bench] library: the naive list did not paint: ${String(error)}`)
        return Number.NaN
      })

      const metrics: Metrics = {
        'library.cold_start_ms': { value: round(median(firstRows)), unit: 'ms', baseline: round(appList), target: 1000 },
        'library.cold_start_max_ms': { value: round(Math.max(...firstRows)), unit: 'ms', target: 1000 },
        'search.ready_ms': { value: round(median(searchReady)), unit: 'ms' },
        'search.p50_ms': { value: round(median(search.times)), unit: 'ms', baseline: round(median(naive)) },
        'search.p95_ms': { value: round(percentile(search.times, 95)), unit: 'ms', baseline: round(percentile(naive, 95)), target: 50 },
        'sort.max_ms': { value: round(Math.max(...sorts.painted)), unit: 'ms', target: 200 },
        'sort.round_trip_max_ms': { value: round(Math.max(...sorts.roundTrip)), unit: 'ms' },
        'scroll.max_frame_ms': { value: round(scroll.maxFrameMs), unit: 'ms', target: 50 },
        'scroll.p95_frame_ms': { value: round(scroll.p95FrameMs), unit: 'ms' },
        'insert.newest_first_ms': { value: round(insertNewest.ms), unit: 'ms' },
        'insert.title_sorted_ms': { value: round(insertByTitle.ms), unit: 'ms' },
        'heap.mb': { value: round(memory.pageMb + memory.workersMb, 1), unit: 'MB', target: 400 },
        'heap.worker_mb': { value: round(memory.workersMb, 1), unit: 'MB' },
        'index.first_build_ms': { value: round(built.at), unit: 'ms' },
        // from the worker's first 'indexing' status to 'ready': the build alone, without the page's load and the worker's start
        'index.first_build_indexing_ms': { value: round(built.at - indexingAt), unit: 'ms' },
        'index.save_ms': { value: round(saveMs), unit: 'ms' },
        'library.seed_ms': { value: round(seedMs), unit: 'ms' },
      }
      console.error(`[bench] library: ${search.errors} queries reported a malformed term; scroll ${scroll.frames} frames, ${scroll.blankFrames} with rows still loading; ${round((performance.now() - started) / 1000, 1)} s`)
      return metrics
    } finally {
      await browser.close()
      await host.close()
      await rm(temp, { recursive: true, force: true })
    }
  },
}

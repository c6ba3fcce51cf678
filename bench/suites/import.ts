import { execFile } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { realFileSystem } from '../../electron/main/services/fileSystem'
import { createPdfParser, type PdfParser } from '../../electron/main/services/pdf/parser'
import { BUILT_WORKER_FILE, type PdfWorkerEntry } from '../../electron/main/services/pdf/workerEntry'
import { createPdfStore } from '../../electron/main/services/pdfStore'
import { launchChromium } from '../../tests/support/chromium'
import { measureAppImport, type AppImportRuns } from '../import/appImport'
import { median, round, type BenchSuite, type Metrics } from '../metrics'

const run = promisify(execFile)
const ROOT = join(import.meta.dirname, '../..')
const CORPUS = process.env.AXISREF_CORPUS ?? join(ROOT, '../shared/corpus')
const PASSES = 3

/** Runs `task` over the files with at most `limit` at a time; resolves to the wall time in ms. */
async function timed(files: readonly string[], limit: number, task: (file: string) => Promise<unknown>): Promise<number> {
  const started = performance.now()
  const queue = [...files]
  await Promise.all(
    Array.from({ length: limit }, async () => {
      for (let file = queue.shift(); file !== undefined; file = queue.shift()) await task(file)
    }),
  )
  return performance.now() - started
}

/** Median wall time of several passes, after one untimed pass that warms caches and JITs. */
async function medianOfPasses(pass: () => Promise<number>): Promise<number> {
  await pass()
  const times: number[] = []
  for (let index = 0; index < PASSES; index++) times.push(await pass())
  return median(times)
}

async function popplerAvailable(): Promise<boolean> {
  try {
    await run('pdfinfo', ['-v'])
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ENOENT'
  }
}

/** `pdfinfo` + `pdftotext -l 2` per file, and `pdftotext` of all pages, with the same concurrency as ours. */
async function measurePoppler(files: readonly string[], workers: number): Promise<{ metadata: number; fullText: number }> {
  const text = (args: string[]): Promise<unknown> => run('pdftotext', args, { maxBuffer: 64 * 1024 * 1024 })
  const metadata = await medianOfPasses(() =>
    timed(files, workers, async (file) => {
      await run('pdfinfo', [file])
      await text(['-l', '2', file, '-'])
    }),
  )
  const fullText = await medianOfPasses(() => timed(files, workers, (file) => text([file, '-'])))
  return { metadata, fullText }
}

/**
 * The worker as the app ships it (`npm run bench` builds first); from source through tsx only
 * when there is no build, which is several times slower and says so.
 */
function shippedWorker(): PdfWorkerEntry | undefined {
  const built = join(ROOT, 'out/main', BUILT_WORKER_FILE)
  if (existsSync(built)) return { script: built }
  console.error(`[bench] import: no ${built}; measuring the worker from source through tsx (slower than the app).`)
  return undefined
}

/** Our metadata phase: hash and copy into a fresh temp library, then parse the pages needed. */
async function metadataPass(files: readonly string[], parser: PdfParser, concurrency: number): Promise<number> {
  const library = await mkdtemp(join(tmpdir(), 'axisref-bench-library-'))
  try {
    const store = createPdfStore({ fs: realFileSystem, root: library })
    // Enough files in flight that a slow fsync never leaves a worker idle.
    return await timed(files, concurrency * 4, async (file) => {
      const stored = await store.store(file)
      await parser.extract(stored.path)
    })
  } finally {
    await rm(library, { recursive: true, force: true })
  }
}

/** The app's own import in Chromium, or undefined (said why) where it cannot run. */
async function measureInApp(files: readonly string[]): Promise<AppImportRuns | undefined> {
  const rendererDir = join(ROOT, 'out/renderer')
  const mainDir = join(ROOT, 'out/main')
  if (!existsSync(join(rendererDir, 'index.html')) || !existsSync(join(mainDir, BUILT_WORKER_FILE))) {
    console.error('[bench] import: the app is not built (npm run bench builds it); the in-app figures are omitted.')
    return undefined
  }
  const browser = await launchChromium().catch((error: unknown) => {
    console.error(`[bench] import: ${error instanceof Error ? error.message : String(error)}; the in-app figures are omitted.`)
    return undefined
  })
  if (!browser) return undefined
  const dataDir = await mkdtemp(join(tmpdir(), 'axisref-bench-app-'))
  try {
    return await measureAppImport(browser, { dataDir, files, passes: PASSES })
  } finally {
    await browser.close()
    await rm(dataDir, { recursive: true, force: true })
  }
}

/**
 * PDF import speed over the corpus's real articles, each beside poppler measured on the same
 * files in the same run with the same concurrency (`pdfinfo` + `pdftotext -l 2`, and
 * `pdftotext` of all pages):
 * - in the app: the files dropped on the built renderer in Chromium, timed from the drop to
 *   every paper written and counted in the painted list (`import.pdfs_per_s`), and then to
 *   every full text in IndexedDB (`import.fulltext_pdfs_per_s`);
 * - in main alone: hash, store and parse (`import.main_*`), which shows how much of the
 *   app's time is the page's.
 * Poppler is measured before and after the app's passes and the two averaged, so that a change
 * of load while the app runs weighs on both sides of `import.ratio_vs_poppler`.
 */
export const importSuite: BenchSuite = {
  name: 'import',
  summary: 'PDF import: metadata phase and full text over the corpus, beside poppler',
  async run(): Promise<Metrics> {
    const dir = join(CORPUS, 'pdf/metadata')
    if (!existsSync(dir)) {
      console.error(`[bench] import: no PDF corpus at ${dir} (set AXISREF_CORPUS); suite skipped.`)
      return {}
    }
    const files = readdirSync(dir).filter((name) => name.endsWith('.pdf')).map((name) => join(dir, name))
    const workers = Math.min(4, availableParallelism())
    const parser = createPdfParser({ workers, entry: shippedWorker(), onWorkerOutput: () => undefined })
    let ours: number
    let oursFull: number
    try {
      ours = await medianOfPasses(() => metadataPass(files, parser, workers))
      oursFull = await medianOfPasses(() => timed(files, workers * 2, (file) => parser.fullText(file)))
    } finally {
      await parser.close()
    }
    // poppler before and after the app, averaged: on a shared machine the load drifts over the
    // minutes the app's passes take, and one side measured only after would carry the drift
    const hasPoppler = await popplerAvailable()
    const popplerBefore = hasPoppler ? await measurePoppler(files, workers) : undefined
    const app = await measureInApp(files)
    const popplerAfter = hasPoppler ? await measurePoppler(files, workers) : undefined
    const baseline = popplerBefore && popplerAfter && { metadata: (popplerBefore.metadata + popplerAfter.metadata) / 2, fullText: (popplerBefore.fullText + popplerAfter.fullText) / 2 }
    if (!baseline) console.error('[bench] import: poppler (pdfinfo, pdftotext) not found; baselines omitted. Install poppler-utils to compare.')
    const perSecond = (ms: number): number => round(files.length / (ms / 1000), 1)
    const poppler = (phase: 'metadata' | 'fullText') => baseline && { baseline: perSecond(baseline[phase]) }
    const inMain: Metrics = {
      'import.main_pdfs_per_s': { value: perSecond(ours), unit: 'PDFs/s', ...poppler('metadata') },
      'import.main_fulltext_pdfs_per_s': { value: perSecond(oursFull), unit: 'PDFs/s', ...poppler('fullText') },
    }
    if (!app) return inMain
    const visible = median(app.warm.map((pass) => pass.visibleMs))
    console.error(`[bench] import: in the app, drop to all ${files.length} papers visible: ${app.warm.map((pass) => round(pass.visibleMs)).join(', ')} ms (first drop ${round(app.first.visibleMs)} ms); full text after: ${app.warm.map((pass) => round(pass.fullTextMs)).join(', ')} ms`)
    return {
      'import.pdfs_per_s': { value: perSecond(visible), unit: 'PDFs/s', target: 20, ...poppler('metadata') },
      'import.first_drop_pdfs_per_s': { value: perSecond(app.first.visibleMs), unit: 'PDFs/s' },
      'import.fulltext_pdfs_per_s': { value: perSecond(median(app.warm.map((pass) => pass.fullTextMs))), unit: 'PDFs/s', target: 10, ...poppler('fullText') },
      ...(baseline && { 'import.ratio_vs_poppler': { value: round(visible / baseline.metadata, 2), unit: '× poppler time', baseline: 1, target: 2 } }),
      ...inMain,
    }
  },
}

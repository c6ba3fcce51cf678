import { plugins } from '@citation-js/core'
import '@citation-js/plugin-csl'
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { startBrowserHost } from '../../electron/browser-host/server'
import { assignCitationKeys } from '../../shared/citekeys'
import { formatBibliography, importBibliography, type ExportRecord } from '../../shared/formats'
import { recordItems } from '../../shared/formats/processor'
import type { FormatBenchApi } from '../csl/page/formatContract'
import { buildFormattingSite } from '../csl/site'
import { loadCorpusPool } from '../fixtures/corpusPool'
import { generateLibrary } from '../fixtures/generateLibrary'
import { launchWithProfile } from '../library/browser'
import { median, round, type BenchSuite, type Metrics } from '../metrics'
import { corpus, corpusBibtexFile } from './bibtex'

const RUNS = 3
// citeproc's code keeps getting faster over the first several 100-reference lists (JIT): the
// app's and plain citation-js's lists alternate, so neither is measured warmer than the other
const HUNDRED_RUNS = 7
const LIST_SIZE = 1_000

interface Timing {
  /** Wall-clock seconds. */
  wall: number
  /** Seconds of this process's CPU: on a shared, loaded machine wall time is several times this. */
  cpu: number
}

function timed(run: () => void): Timing {
  const started = performance.now()
  const cpu = process.cpuUsage()
  run()
  const used = process.cpuUsage(cpu)
  return { wall: (performance.now() - started) / 1000, cpu: (used.user + used.system) / 1e6 }
}

function seconds(run: () => void): number {
  return timed(run).wall
}

/** `ours` and `reference` run in turn, `runs` times each. */
function alternating(runs: number, ours: () => void, reference: () => void): { ours: Timing[]; reference: Timing[] } {
  const timings: { ours: Timing[]; reference: Timing[] } = { ours: [], reference: [] }
  for (let run = 0; run < runs; run++) {
    timings.ours.push(timed(ours))
    timings.reference.push(timed(reference))
  }
  return timings
}

function medianOf(timings: readonly Timing[], part: keyof Timing): number {
  return round(median(timings.map((timing) => timing[part])), 3)
}

function load(): string {
  return loadavg()
    .map((value) => value.toFixed(2))
    .join(' ')
}

/** 100 distinct references of the corpus's BibTeX files, as bench/suites/bibtex.ts chose them. */
function hundredCorpusReferences(): ExportRecord[] {
  const imported = importBibliography(corpusBibtexFile({ entries: 2_000 }))
  const keys = assignCitationKeys(imported.entries)
  const seen = new Set<string>()
  return imported.entries
    .map((entry, index) => ({ item: entry.item, extension: entry.extension, citationKey: keys[index]?.key ?? `k${index}` }))
    .filter(({ item }) => item.title && !seen.has(item.title) && seen.add(item.title))
    .slice(0, 100)
}

/** Plain citation-js on the same items in this process: the reference measured beside each figure. */
function plainCitationJs(records: readonly ExportRecord[]): void {
  plugins.output.format('bibliography', recordItems(records), { template: 'apa', format: 'text' })
}

function formatIn(page: Page): FormatBenchApi['format'] {
  return (records, style, format) =>
    page.evaluate(({ records, style, format }) => (globalThis as unknown as { axisrefFormatBench: FormatBenchApi }).axisrefFormatBench.format(records, style, format), { records, style, format })
}

/** A 1,000-paper APA reference list through the app's formatter worker in Chromium: the first call (fresh worker), then warm calls. */
async function workerTimes(records: ExportRecord[]): Promise<{ first: number; warm: number[]; text: string }> {
  const temp = await mkdtemp(join(tmpdir(), 'axisref-csl-bench-'))
  const host = await startBrowserHost({ rendererDir: join(temp, 'site'), userDataDir: join(temp, 'data'), appVersion: 'bench' })
  const browser = await launchWithProfile(join(temp, 'profile'))
  try {
    await buildFormattingSite(join(temp, 'site'))
    const page = browser.pages()[0] ?? (await browser.newPage())
    page.on('pageerror', (error) => console.error(`[bench] csl page: ${error.message}`))
    await page.goto(`${host.origin}/formatting.html`)
    await page.waitForFunction(() => 'axisrefFormatBench' in globalThis)
    const format = formatIn(page)
    const answers = []
    for (let run = 0; run <= RUNS; run++) answers.push(await format(records, 'apa', 'text'))
    const failed = answers.find((answer) => !answer.ok)
    if (failed && !failed.ok) throw new Error(`the formatter worker failed: ${failed.message}`)
    const [first, ...warm] = answers.map((answer) => answer.ms / 1000)
    const last = answers.at(-1)
    return { first: first ?? Number.NaN, warm, text: last?.ok ? last.text : '' }
  } finally {
    await browser.close()
    await host.close()
    await rm(temp, { recursive: true, force: true })
  }
}

/**
 * APA formatting of 100 distinct corpus references in this process, and of a 1,000-paper
 * library's reference list through the app's formatter worker in Chromium; plain
 * citation-js on the same references in this process is the reference beside each.
 */
export const cslSuite: BenchSuite = {
  name: 'csl',
  summary: 'APA reference lists: 100 corpus references in process, 1,000 papers through the formatter worker in Chromium',
  async run(): Promise<Metrics> {
    if (!existsSync(corpus)) {
      console.error(`[bench] csl: corpus not found at ${corpus} (set AXISREF_CORPUS); suite skipped.`)
      return {}
    }
    console.error(`[bench] csl: load average ${load()} at start`)
    const hundred = hundredCorpusReferences()
    const apaFirst = seconds(() => formatBibliography(hundred, { style: 'apa', format: 'text' }))
    plainCitationJs(hundred)
    const apa = alternating(HUNDRED_RUNS, () => formatBibliography(hundred, { style: 'apa', format: 'text' }), () => plainCitationJs(hundred))
    // as the app's toExportRecord makes them from stored papers
    const library = generateLibrary(loadCorpusPool(), { count: LIST_SIZE }).papers.map((paper): ExportRecord => ({ item: paper.csl, citationKey: paper.citationKey, extension: paper.extension }))
    const worker = await workerTimes(library)
    const inProcess = formatBibliography(library, { style: 'apa', format: 'text' })
    if (!inProcess.ok || inProcess.value !== worker.text) console.error('[bench] csl: the worker\'s reference list differs from formatBibliography\'s in this process')
    plainCitationJs(library)
    const list = alternating(RUNS, () => formatBibliography(library, { style: 'apa', format: 'text' }), () => plainCitationJs(library))
    console.error(`[bench] csl: load average ${load()} at end`)
    return {
      'csl.apa_100_s': { value: medianOf(apa.ours, 'wall'), unit: 's', baseline: medianOf(apa.reference, 'wall'), target: 0.5 },
      'csl.apa_100_cpu_s': { value: medianOf(apa.ours, 'cpu'), unit: 's', baseline: medianOf(apa.reference, 'cpu') },
      'csl.apa_100_first_call_s': { value: round(apaFirst, 3), unit: 's' },
      'csl.bibliography_1000_worker_s': { value: round(median(worker.warm), 3), unit: 's', baseline: medianOf(list.reference, 'wall'), target: 2 },
      'csl.bibliography_1000_worker_first_call_s': { value: round(worker.first, 3), unit: 's' },
      // the worker's list in this process, beside plain citation-js's: CPU time, which load inflates far less than wall time
      'csl.bibliography_1000_in_process_cpu_s': { value: medianOf(list.ours, 'cpu'), unit: 's', baseline: medianOf(list.reference, 'cpu') },
    }
  },
}

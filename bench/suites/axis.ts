import { Worker } from 'node:worker_threads'
import { AXIS_NODES, type PaperInput } from '../../shared/axis'
import { round, type BenchSuite } from '../metrics'
import { generatePapers } from './axisCorpus'
import type { AxisBatch, AxisBatchResult } from './axisWorker'

const PAPERS = 50_000
const WORKERS = 2
const BATCH = 500
const SEED = 20_240_611
/** The naive baseline is slow, so it runs on a sample and is scaled to the full set. */
const BASELINE_SAMPLE = 2_000

/**
 * Starts a worker from a .ts module. A worker does not inherit tsx's loader, and on
 * Node 20 `execArgv: ['--import', 'tsx']` still fails ("Unknown file extension .ts"),
 * so a small bootstrap registers tsx inside the worker before importing the module.
 * Works the same under tsx, under vitest and under plain node.
 */
export function startTsWorker(module: URL): Worker {
  const tsxApi = import.meta.resolve('tsx/esm/api')
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then(({ register }) => { register(); return import(${JSON.stringify(module.href)}) })`
  return new Worker(bootstrap, { eval: true })
}

/** Suggests for every paper across a pool of worker threads; node ids per paper, in input order. */
export async function suggestInPool(papers: readonly PaperInput[], workers: number): Promise<string[][]> {
  const results: string[][] = new Array<string[]>(papers.length)
  const batches: AxisBatch[] = []
  for (let start = 0; start < papers.length; start += BATCH) {
    batches.push({ batch: start / BATCH, papers: papers.slice(start, start + BATCH) })
  }
  const pool = Array.from({ length: workers }, () => startTsWorker(new URL('./axisWorker.ts', import.meta.url)))
  try {
    await Promise.all(
      pool.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const sendNext = () => {
              const next = batches.shift()
              if (next) worker.postMessage(next)
              else resolve()
            }
            worker.on('message', (message: AxisBatchResult) => {
              message.nodeIds.forEach((ids, offset) => (results[message.batch * BATCH + offset] = ids))
              sendNext()
            })
            worker.on('error', reject)
            worker.on('exit', (code) => code !== 0 && reject(new Error(`axis worker exited with code ${code}`)))
            sendNext()
          }),
      ),
    )
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()))
  }
  return results
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** The approach this replaces: one case-insensitive regex per spelling, tried on every paper. */
function naiveSuggest(papers: readonly PaperInput[]): string[][] {
  const matchers = AXIS_NODES.flatMap((node) =>
    node.terms.flatMap((spec) =>
      spec.split('|').map((spelling) => {
        const stem = spelling.endsWith('*')
        const body = escapeRegExp(stem ? spelling.slice(0, -1) : spelling)
        return { id: node.id, pattern: new RegExp(`\\b${body}${stem ? '\\w*' : 's?'}\\b`, 'i') }
      }),
    ),
  )
  return papers.map((paper) => {
    const text = `${paper.title}\n${paper.abstract ?? ''}\n${(paper.keywords ?? []).join('\n')}`
    return [...new Set(matchers.filter((matcher) => matcher.pattern.test(text)).map((matcher) => matcher.id))]
  })
}

export const axisSuite: BenchSuite = {
  name: 'axis',
  summary: `MGIG axis suggestions for ${PAPERS.toLocaleString('en')} generated papers with abstracts, ${WORKERS} worker threads`,
  async run() {
    const papers = generatePapers(PAPERS, SEED)

    const started = performance.now()
    const results = await suggestInPool(papers, WORKERS)
    const seconds = (performance.now() - started) / 1000
    const tagged = results.filter((ids) => ids.length > 0).length
    if (tagged < PAPERS * 0.9) throw new Error(`only ${tagged} of ${PAPERS} papers got a suggestion: the pool or the corpus is broken`)

    const sample = papers.slice(0, BASELINE_SAMPLE)
    const baselineStarted = performance.now()
    naiveSuggest(sample)
    const baselineSeconds = ((performance.now() - baselineStarted) / 1000) * (PAPERS / BASELINE_SAMPLE)

    console.error(`[bench] axis: ${tagged} of ${PAPERS} papers tagged; naive baseline measured on ${BASELINE_SAMPLE} papers, one thread, scaled`)
    return {
      'axis.suggest_50k_s': { value: round(seconds), unit: 's', baseline: round(baselineSeconds), target: 30 },
      'axis.papers_per_s': { value: Math.round(PAPERS / seconds), unit: 'papers/s', baseline: Math.round(PAPERS / baselineSeconds) },
    }
  },
}

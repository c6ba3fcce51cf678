import { availableParallelism } from 'node:os'
import { AppError } from '../../../../shared/ipc/result'
import type { PdfExtractResult, PdfFullTextOptions, PdfFullTextResult, PdfReadOptions } from './types'
import { forkReader, type LaunchReader } from './readerProcess'
import { resolvePdfWorkerEntry, type PdfWorkerEntry } from './workerEntry'
import { PdfWorkerSlot, type SlotJob } from './workerSlot'

/**
 * Parses PDFs off the main thread. The one interface the app uses, so that Electron can later
 * put the same work in a utility process without touching callers.
 */
export interface PdfParser {
  /** Metadata phase for one file; resolves (never rejects) with a result or a per-file failure. */
  extract(path: string, options?: PdfReadOptions): Promise<PdfExtractResult>
  /** Text of all pages, capped, for the search index. */
  fullText(path: string, options?: PdfFullTextOptions): Promise<PdfFullTextResult>
  /** Stops the workers; calls still waiting reject with UNAVAILABLE. */
  close(): Promise<void>
}

export interface PdfParserOptions {
  /** Reader processes, each reading one file at a time (default: the cores, at most 4). */
  workers?: number
  /** Per-file limit for `extract`; a reader that exceeds it is killed and replaced (default 20 s). */
  timeoutMs?: number
  /** Per-file limit for `fullText`, which reads every page (default 60 s). */
  fullTextTimeoutMs?: number
  /** A reader whose heap grows past this is stopped by V8 and reported as out of memory (default 1024 MB). */
  maxMemoryMb?: number
  entry?: PdfWorkerEntry
  /** How a reader process is started (default: Node's fork; Electron passes its utilityProcess). */
  launch?: LaunchReader
  /** Where the readers' console output goes (default: stderr, so CLI stdout stays JSON). */
  onWorkerOutput?: (chunk: string) => void
}

/** Starts a pool of PDF reader processes (lazily: a process starts when the first file needs it). */
export function createPdfParser(options: PdfParserOptions = {}): PdfParser {
  const size = Math.max(1, options.workers ?? Math.min(4, availableParallelism()))
  const timeoutMs = options.timeoutMs ?? 20_000
  const fullTextTimeoutMs = options.fullTextTimeoutMs ?? 60_000
  const slotOptions = {
    entry: options.entry ?? resolvePdfWorkerEntry(),
    launch: options.launch ?? forkReader,
    maxMemoryMb: options.maxMemoryMb ?? 1024,
    output: options.onWorkerOutput ?? ((chunk: string) => void process.stderr.write(chunk)),
    onIdle: () => dispatch(),
  }
  const slots = Array.from({ length: size }, () => new PdfWorkerSlot(slotOptions))
  // metadata first: a paper waiting to appear goes before the full text of one already shown
  const queues: Record<SlotJob['request']['kind'], SlotJob[]> = { extract: [], fullText: [] }
  let nextId = 1
  let closed = false

  function dispatch(): void {
    if (closed) return
    for (const slot of slots) {
      const job = slot.busy ? undefined : (queues.extract.shift() ?? queues.fullText.shift())
      if (job) slot.run(job)
    }
  }

  /** Queues the job `makeJob` builds around the promise's settle functions. */
  function submit<R>(makeJob: (resolve: (result: R) => void, reject: (error: Error) => void) => SlotJob): Promise<R> {
    if (closed) return Promise.reject(new AppError('UNAVAILABLE', 'The PDF reader has been closed.'))
    return new Promise((resolve, reject) => {
      const job = makeJob(resolve, reject)
      queues[job.request.kind].push(job)
      dispatch()
    })
  }

  function extract(path: string, readOptions: PdfReadOptions = {}): Promise<PdfExtractResult> {
    return submit((resolve, reject) => ({ request: { id: nextId++, kind: 'extract', path, options: readOptions }, timeoutMs, resolve, reject }))
  }

  function fullText(path: string, readOptions: PdfFullTextOptions = {}): Promise<PdfFullTextResult> {
    return submit((resolve, reject) => ({ request: { id: nextId++, kind: 'fullText', path, options: readOptions }, timeoutMs: fullTextTimeoutMs, resolve, reject }))
  }

  async function close(): Promise<void> {
    closed = true
    const stopped = new AppError('UNAVAILABLE', 'The PDF reader was closed before this file was read.')
    for (const job of [...queues.extract.splice(0), ...queues.fullText.splice(0)]) job.reject(stopped)
    await Promise.all(slots.map((slot) => slot.stop(stopped)))
  }

  return { extract, fullText, close }
}

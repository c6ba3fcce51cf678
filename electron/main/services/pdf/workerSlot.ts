import { Worker } from 'node:worker_threads'
import { isPdfWorkerReady, isPdfWorkerResponse, type PdfWorkerRequest } from './protocol'
import type { PdfError, PdfExtractResult, PdfFullTextResult } from './types'
import type { PdfWorkerEntry } from './workerEntry'

export type AnyPdfResult = PdfExtractResult | PdfFullTextResult

export interface SlotJob {
  request: PdfWorkerRequest
  timeoutMs: number
  resolve: (result: AnyPdfResult) => void
  reject: (error: Error) => void
}

export interface SlotOptions {
  entry: PdfWorkerEntry
  maxMemoryMb: number
  output: (chunk: string) => void
  /** Called whenever the slot can take the next job. */
  onIdle: () => void
}

/** A worker that has not loaded its modules by then is broken, not slow. */
const STARTUP_LIMIT_MS = 60_000

/**
 * One worker thread reading one file at a time. A worker that hangs past the job's limit, dies
 * or runs out of memory is killed; the job resolves as a per-file failure and the next job gets
 * a fresh thread. Threads start lazily, and an idle thread does not keep the process alive.
 */
export class PdfWorkerSlot {
  private worker: Worker | undefined
  /** The worker has loaded pdfjs; until then a file's clock does not run. */
  private ready = false
  private job: SlotJob | undefined
  private timer: NodeJS.Timeout | undefined

  constructor(private readonly options: SlotOptions) {}

  get busy(): boolean {
    return this.job !== undefined
  }

  run(job: SlotJob): void {
    const worker = this.worker ?? this.spawn()
    this.job = job
    worker.ref()
    if (this.ready) this.send(worker, job)
    else this.timer = setTimeout(() => this.fail(crashError(new Error('it did not start'))), STARTUP_LIMIT_MS)
  }

  /** Stops the thread; a job in progress rejects with `reason`. */
  async stop(reason: Error): Promise<void> {
    const { worker, job } = this
    this.release()
    this.worker = undefined
    this.ready = false
    job?.reject(reason)
    await worker?.terminate()
  }

  private spawn(): Worker {
    const { entry, maxMemoryMb, output } = this.options
    const worker = new Worker(entry.script, {
      eval: entry.eval,
      workerData: entry.workerData,
      stdout: true,
      stderr: true,
      // Not the parent's flags: a dev parent runs under tsx, whose hooks would slow the worker down.
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: maxMemoryMb },
    })
    worker.stdout.on('data', (chunk: Buffer) => output(chunk.toString()))
    worker.stderr.on('data', (chunk: Buffer) => output(chunk.toString()))
    worker.on('message', (message: unknown) => this.worker === worker && this.onMessage(worker, message))
    worker.on('error', (error) => this.worker === worker && this.fail(crashError(error)))
    worker.on('exit', (code) => this.worker === worker && this.fail(crashError(code)))
    this.worker = worker
    return worker
  }

  private send(worker: Worker, job: SlotJob): void {
    clearTimeout(this.timer)
    this.timer = setTimeout(() => this.fail(timeoutError(job.timeoutMs)), job.timeoutMs)
    worker.postMessage(job.request)
  }

  private onMessage(worker: Worker, message: unknown): void {
    if (isPdfWorkerReady(message)) {
      this.ready = true
      if (this.job) this.send(worker, this.job)
      return
    }
    const job = this.job
    if (!job || !isPdfWorkerResponse(message) || message.id !== job.request.id) return
    this.release()
    worker.unref()
    job.resolve(message.result)
    this.options.onIdle()
  }

  /** The worker hung or died: kill it, report this file as failed, and let the next job start. */
  private fail(error: PdfError): void {
    const { worker, job } = this
    this.release()
    this.worker = undefined
    this.ready = false
    void worker?.terminate()
    job?.resolve({ file: job.request.path, ok: false, error })
    this.options.onIdle()
  }

  private release(): void {
    clearTimeout(this.timer)
    this.timer = undefined
    this.job = undefined
  }
}

function timeoutError(limitMs: number): PdfError {
  const seconds = Math.round(limitMs / 1000)
  return {
    code: 'TIMEOUT',
    message: `Reading this PDF took longer than ${seconds} s, so it was stopped and skipped; the file may be damaged or unusually complex.`,
  }
}

function crashError(cause: Error | number): PdfError {
  const outOfMemory = typeof cause !== 'number' && (cause as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY'
  const detail = typeof cause === 'number' ? `exit code ${cause}` : outOfMemory ? 'it ran out of memory' : cause.message
  return { code: 'PARSER_CRASHED', message: `The PDF reader stopped unexpectedly while reading this file (${detail}); the file was skipped.` }
}

import { isPdfWorkerReady, isPdfWorkerResponse, type PdfWorkerRequest, type PdfWorkerResponse } from './protocol'
import type { PdfError, PdfExtractResult, PdfFullTextResult } from './types'
import type { LaunchReader, ReaderProcess } from './readerProcess'
import type { PdfWorkerEntry } from './workerEntry'

interface JobBase {
  timeoutMs: number
  reject: (error: Error) => void
}

/** One file to read; the job's `resolve` takes the result of its request's kind. */
export type SlotJob =
  | (JobBase & { request: Extract<PdfWorkerRequest, { kind: 'extract' }>; resolve: (result: PdfExtractResult) => void })
  | (JobBase & { request: Extract<PdfWorkerRequest, { kind: 'fullText' }>; resolve: (result: PdfFullTextResult) => void })

export interface SlotOptions {
  entry: PdfWorkerEntry
  launch: LaunchReader
  maxMemoryMb: number
  output: (chunk: string) => void
  /** Called whenever the slot can take the next job. */
  onIdle: () => void
}

/** A worker that has not loaded its modules by then is broken, not slow. */
const STARTUP_LIMIT_MS = 60_000

/**
 * V8 flags of a reader process. pdf.js makes a great deal of short-lived garbage per page:
 * larger semi-spaces (V8's default is a few MB) halve the scavenges, and garbage collected on
 * the reader's own thread, not by helper threads in parallel, leaves the other cores to the
 * other readers and the window; with two readers on two cores that took a fifth off the
 * CPU time of an import. Flags like these are per process, which is one reason the readers
 * are processes and not threads (the other: a reader that crashes cannot take main with it).
 */
const READER_V8_FLAGS = ['--max-semi-space-size=32', '--single-threaded-gc']

/**
 * One reader process reading one file at a time. A reader that hangs past the job's limit, dies
 * or runs out of memory is killed; the job resolves as a per-file failure and the next job gets
 * a fresh process. Readers start lazily, and an idle reader does not keep main alive.
 */
export class PdfWorkerSlot {
  private worker: ReaderProcess | undefined
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
    worker.hold(true)
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
    await worker?.kill()
  }

  private spawn(): ReaderProcess {
    const { entry, launch, maxMemoryMb, output } = this.options
    const worker: ReaderProcess = launch(entry, [`--max-old-space-size=${maxMemoryMb}`, ...READER_V8_FLAGS], {
      output,
      message: (message) => this.worker === worker && this.onMessage(worker, message),
      error: (error) => this.worker === worker && this.fail(crashError(error)),
      exit: (cause) => this.worker === worker && this.fail(crashError(cause)),
    })
    this.worker = worker
    return worker
  }

  private send(worker: ReaderProcess, job: SlotJob): void {
    clearTimeout(this.timer)
    this.timer = setTimeout(() => this.fail(timeoutError(job.timeoutMs)), job.timeoutMs)
    worker.send(job.request)
  }

  private onMessage(worker: ReaderProcess, message: unknown): void {
    if (isPdfWorkerReady(message)) {
      this.ready = true
      if (this.job) this.send(worker, this.job)
      return
    }
    const job = this.job
    if (!job || !isPdfWorkerResponse(message) || message.id !== job.request.id) return
    this.release()
    worker.hold(false)
    deliver(job, message)
    this.options.onIdle()
  }

  /** The worker hung or died: kill it, report this file as failed, and let the next job start. */
  private fail(error: PdfError): void {
    const { worker, job } = this
    this.release()
    this.worker = undefined
    this.ready = false
    void worker?.kill()
    job?.resolve({ file: job.request.path, ok: false, error })
    this.options.onIdle()
  }

  private release(): void {
    clearTimeout(this.timer)
    this.timer = undefined
    this.job = undefined
  }
}

/** Gives a job its reader's answer; an answer of the other kind (a reader's bug) fails the file, saying so. */
function deliver(job: SlotJob, response: PdfWorkerResponse): void {
  if (isExtractJob(job) && response.kind === 'extract') job.resolve(response.result)
  else if (!isExtractJob(job) && response.kind === 'fullText') job.resolve(response.result)
  else job.resolve({ file: job.request.path, ok: false, error: crashError(new Error(`it answered a request of kind ${job.request.kind} with a result of kind ${response.kind}`)) })
}

function isExtractJob(job: SlotJob): job is Extract<SlotJob, { request: { kind: 'extract' } }> {
  return job.request.kind === 'extract'
}

function timeoutError(limitMs: number): PdfError {
  const seconds = Math.round(limitMs / 1000)
  return {
    code: 'TIMEOUT',
    message: `Reading this PDF took longer than ${seconds} s, so it was stopped and skipped; the file may be damaged or unusually complex.`,
  }
}

/** `cause`: the error, or how the process ended (an exit code, or a signal's name). */
function crashError(cause: Error | number | string): PdfError {
  return { code: 'PARSER_CRASHED', message: `The PDF reader stopped unexpectedly while reading this file (${crashDetail(cause)}); the file was skipped.` }
}

function crashDetail(cause: Error | number | string): string {
  // V8 aborts a process that reaches its heap limit (SIGABRT, or 134 through a shell)
  if (cause === 'SIGABRT' || cause === 134) return 'it ran out of memory'
  if (typeof cause === 'number') return `exit code ${cause}`
  if (typeof cause === 'string') return `signal ${cause}`
  return cause.message
}

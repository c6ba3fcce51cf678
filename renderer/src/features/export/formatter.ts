import type { ExportFormat, ExportRecord, ReferenceFormat, StyleChoice } from '../../../../shared/formats'
import { workerOrInThread } from '../../workers/inThread'
import type { WorkerPort } from '../../workers/protocol'
import { createWorkerClient } from '../../workers/workerClient'
import type { CitationsRequest, CitationsResult, FormatResult, FormatterProtocol } from './formatterProtocol'

export type { CitationsRequest, CitationsResult, FormatResult } from './formatterProtocol'

export interface Formatter {
  exportFile(records: ExportRecord[], format: ExportFormat): Promise<FormatResult>
  formatReferences(records: ExportRecord[], style: StyleChoice, format: ReferenceFormat, locale?: string): Promise<FormatResult>
  /** A document's in-text citations ("(Maes et al., 2008)", "[1]"), numbered and disambiguated across them. */
  formatCitations(request: CitationsRequest): Promise<CitationsResult>
}

let shared: Formatter | undefined

/** One formatter worker for the window (in-thread where there are no workers, as in unit tests). */
export function getFormatter(): Formatter {
  shared ??= workerFormatter(
    workerOrInThread(
      () => new Worker(new URL('./formatter.worker.ts', import.meta.url), { type: 'module' }),
      () => import('./formatterService').then((module) => module.formatterService),
    ),
  )
  return shared
}

/**
 * The formatter over a worker started by `start`. A worker that crashes (citeproc out of
 * memory on a huge library) answers every waiting request with why, in words, and the next
 * request starts a fresh worker.
 */
export function workerFormatter(start: () => WorkerPort): Formatter {
  const client = createWorkerClient<FormatterProtocol>({
    start,
    crashMessage: (reason) => `The citation formatter stopped (${reason}). Try again: a fresh one starts with the next request.`,
    closedMessage: 'The citation formatter was closed before it answered.',
  })
  async function send<K extends keyof FormatterProtocol>(type: K, request: FormatterProtocol[K]['request']): Promise<FormatterProtocol[K]['response']> {
    try {
      return await client.call(type, request)
    } catch (error) {
      return { ok: false, message: error instanceof Error ? error.message : String(error) }
    }
  }
  return {
    exportFile: (records, format) => send('export', { records, format }),
    formatReferences: (records, style, format, locale) => send('format', { records, style, format, locale }),
    formatCitations: (request) => send('cite', request),
  }
}

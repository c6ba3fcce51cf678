import { exportBibliography, formatBibliography, formatCitation, type ExportFormat, type ExportRecord, type ReferenceFormat, type StyleChoice } from '../../../../shared/formats'
import { createWorkerCalls, type WorkerLike } from '../../workers/workerCalls'
import type { FormatterRequest, FormatterResponse } from './formatterProtocol'

export type FormatResult = { ok: true; text: string } | { ok: false; message: string }

export interface Formatter {
  exportFile(records: ExportRecord[], format: ExportFormat): Promise<FormatResult>
  formatReferences(records: ExportRecord[], style: StyleChoice, format: ReferenceFormat): Promise<FormatResult>
  formatCitation(records: ExportRecord[], style: StyleChoice): Promise<FormatResult>
}

/** A request before it is numbered (Omit over each member of the union). */
type Request = FormatterRequest extends infer R ? (R extends unknown ? Omit<R, 'id'> : never) : never

let shared: Formatter | undefined

/** One formatter worker for the window (inline where there are no workers, as in unit tests). */
export function getFormatter(): Formatter {
  shared ??= typeof Worker === 'undefined' ? inlineFormatter() : workerFormatter(() => new Worker(new URL('./formatter.worker.ts', import.meta.url), { type: 'module' }))
  return shared
}

/**
 * The formatter over a worker started by `start`. A worker that crashes (citeproc out of
 * memory on a huge library) answers every waiting request with why, in words, and the next
 * request starts a fresh worker.
 */
export function workerFormatter(start: () => WorkerLike): Formatter {
  const calls = createWorkerCalls<FormatterResponse>('The citation formatter', start)
  const send = async (request: Request): Promise<FormatResult> => {
    try {
      const answer = await calls.call((id) => ({ ...request, id }))
      return answer.ok ? { ok: true, text: answer.text } : { ok: false, message: answer.message }
    } catch (error) {
      return { ok: false, message: error instanceof Error ? error.message : String(error) }
    }
  }
  return {
    exportFile: (records, format) => send({ kind: 'export', records, format }),
    formatReferences: (records, style, format) => send({ kind: 'format', records, style, format }),
    formatCitation: (records, style) => send({ kind: 'cite', records, style }),
  }
}

function inlineFormatter(): Formatter {
  return {
    exportFile: async (records, format) => ({ ok: true, text: exportBibliography(records, format) }),
    formatReferences: async (records, style, format) => {
      const result = formatBibliography(records, { style, format })
      return result.ok ? { ok: true, text: result.value } : { ok: false, message: result.error.message }
    },
    formatCitation: async (records, style) => {
      const result = formatCitation(records, { style })
      return result.ok ? { ok: true, text: result.value } : { ok: false, message: result.error.message }
    },
  }
}

import { exportBibliography, formatBibliography, formatCitation, type ExportFormat, type ExportRecord, type ReferenceFormat, type StyleChoice } from '../../../../shared/formats'
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
  shared ??= typeof Worker === 'undefined' ? inlineFormatter() : workerFormatter()
  return shared
}

function workerFormatter(): Formatter {
  const worker = new Worker(new URL('./formatter.worker.ts', import.meta.url), { type: 'module' })
  const waiting = new Map<number, (result: FormatResult) => void>()
  let next = 1
  worker.onmessage = (event: MessageEvent<FormatterResponse>) => {
    const { id, ...result } = event.data
    waiting.get(id)?.(result)
    waiting.delete(id)
  }
  const send = (request: Request) =>
    new Promise<FormatResult>((resolve) => {
      const id = next++
      waiting.set(id, resolve)
      worker.postMessage({ ...request, id })
    })
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

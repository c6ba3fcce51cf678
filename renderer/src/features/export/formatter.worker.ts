import { exportBibliography, formatBibliography, formatCitation, type ExportRecord } from '../../../../shared/formats'
import type { FormatterRequest, FormatterResponse } from './formatterProtocol'

// citeproc takes seconds for a few thousand APA entries: it runs here, never on the UI thread.
self.onmessage = (event: MessageEvent<FormatterRequest>) => {
  self.postMessage(answer(event.data) satisfies FormatterResponse)
}

function answer(request: FormatterRequest): FormatterResponse {
  const records: ExportRecord[] = request.records
  try {
    if (request.kind === 'export') return { id: request.id, ok: true, text: exportBibliography(records, request.format) }
    const result = request.kind === 'cite' ? formatCitation(records, { style: request.style }) : formatBibliography(records, { style: request.style, format: request.format })
    return result.ok ? { id: request.id, ok: true, text: result.value } : { id: request.id, ok: false, message: result.error.message }
  } catch (error) {
    return { id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) }
  }
}

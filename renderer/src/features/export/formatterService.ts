import { exportBibliography, formatBibliography, formatCitations } from '../../../../shared/formats'
import type { ServiceFactory } from '../../workers/protocol'
import type { FormatResult, FormatterProtocol } from './formatterProtocol'

/** What the formatter worker runs (and the page itself where there are no workers). */
export const formatterService: ServiceFactory<FormatterProtocol> = () => ({
  handlers: {
    export: ({ records, format }) => ({ ok: true, text: exportBibliography(records, format) }),
    format: ({ records, style, format, locale }) => formatted(formatBibliography(records, { style, format, locale })),
    // the document's citations together, so numbering, disambiguation and ibid hold across them
    cite: ({ records, style, locale, format, citations }) => {
      const result = formatCitations(records, { style, locale, format, citations })
      return result.ok ? { ok: true, citations: result.value } : { ok: false, message: result.error.message }
    },
  },
})

function formatted(result: { ok: true; value: string } | { ok: false; error: { message: string } }): FormatResult {
  return result.ok ? { ok: true, text: result.value } : { ok: false, message: result.error.message }
}

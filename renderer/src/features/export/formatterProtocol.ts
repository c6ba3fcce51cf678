import type { ExportFormat, ExportRecord, ReferenceFormat, StyleChoice } from '../../../../shared/formats'

/** A formatted text, or why citeproc could not make it, in words. */
export type FormatResult = { ok: true; text: string } | { ok: false; message: string }

/** The formatter worker's requests and answers. */
export type FormatterProtocol = {
  export: { request: { records: ExportRecord[]; format: ExportFormat }; response: FormatResult }
  format: { request: { records: ExportRecord[]; style: StyleChoice; format: ReferenceFormat }; response: FormatResult }
  cite: { request: { records: ExportRecord[]; style: StyleChoice }; response: FormatResult }
}

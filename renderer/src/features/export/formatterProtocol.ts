import type { CiteItem } from '../../../../shared/cite/request'
import type { ExportFormat, ExportRecord, ReferenceFormat, StyleChoice } from '../../../../shared/formats'

/** A formatted text, or why citeproc could not make it, in words. */
export type FormatResult = { ok: true; text: string } | { ok: false; message: string }

/** A document's in-text citations, one per citation asked for, in order; or why not, in words. */
export type CitationsResult = { ok: true; citations: string[] } | { ok: false; message: string }

export interface CitationsRequest {
  records: ExportRecord[]
  style: StyleChoice
  /** A bundled CSL locale (en-US, de-DE…); absent: the style's default-locale, else en-US. */
  locale?: string
  format: 'text' | 'html'
  /** The document's citations by citation key, in order; absent: all records cited together in one. */
  citations?: CiteItem[][]
}

/** The formatter worker's requests and answers. */
export type FormatterProtocol = {
  export: { request: { records: ExportRecord[]; format: ExportFormat }; response: FormatResult }
  format: { request: { records: ExportRecord[]; style: StyleChoice; format: ReferenceFormat; locale?: string }; response: FormatResult }
  cite: { request: CitationsRequest; response: CitationsResult }
}

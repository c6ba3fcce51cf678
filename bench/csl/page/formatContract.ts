import type { ExportRecord, ReferenceFormat } from '../../../shared/formats'

/** What the formatting bench page offers the suite, as `globalThis.axisrefFormatBench`. */
export interface FormatBenchApi {
  /** One reference list through the formatter worker, timed on the page from request to answer. */
  format(records: ExportRecord[], style: string, format: ReferenceFormat): Promise<{ ms: number; ok: true; text: string } | { ms: number; ok: false; message: string }>
}

import { exportBibtex } from './bibtex/write'
import { exportCslJson } from './cslJson/write'
import { exportEndnoteTagged } from './endnote/tagged'
import { exportEndnoteXml } from './endnote/write'
import type { ExportRecord } from './item'
import { exportMedline } from './medline/write'
import { exportRis } from './ris/write'

/** Every file format AxisRef writes. */
export const EXPORT_FORMATS = ['bibtex', 'biblatex', 'ris', 'csl-json', 'medline', 'endnote-xml', 'endnote-tagged'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

/** Narrows user input (a CLI option, an IPC payload) to a format AxisRef writes. */
export function isExportFormat(value: string): value is ExportFormat {
  return EXPORT_FORMATS.some((format) => format === value)
}

const WRITERS: Record<ExportFormat, (records: readonly ExportRecord[]) => string> = {
  bibtex: (records) => exportBibtex(records, 'bibtex'),
  biblatex: (records) => exportBibtex(records, 'biblatex'),
  ris: exportRis,
  'csl-json': exportCslJson,
  medline: exportMedline,
  'endnote-xml': exportEndnoteXml,
  'endnote-tagged': exportEndnoteTagged,
}

/**
 * Writes records (CSL-JSON items with their final citation keys) in a file format. Keys
 * are written as given: make them unique first (`assignCitationKeys`).
 */
export function exportBibliography(records: readonly ExportRecord[], format: ExportFormat): string {
  return WRITERS[format](records)
}

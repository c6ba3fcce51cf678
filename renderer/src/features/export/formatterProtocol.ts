import type { ExportFormat, ExportRecord, ReferenceFormat, StyleChoice } from '../../../../shared/formats'

export type FormatterRequest =
  | { id: number; kind: 'export'; records: ExportRecord[]; format: ExportFormat }
  | { id: number; kind: 'format'; records: ExportRecord[]; style: StyleChoice; format: ReferenceFormat }
  | { id: number; kind: 'cite'; records: ExportRecord[]; style: StyleChoice }

export type FormatterResponse = { id: number; ok: true; text: string } | { id: number; ok: false; message: string }

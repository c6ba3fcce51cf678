import type { ExportFormat, ExportRecord, ReferenceFormat } from '../../../../shared/formats'

export type FormatterRequest =
  | { id: number; kind: 'export'; records: ExportRecord[]; format: ExportFormat }
  | { id: number; kind: 'format'; records: ExportRecord[]; style: string; format: ReferenceFormat }

export type FormatterResponse = { id: number; ok: true; text: string } | { id: number; ok: false; message: string }

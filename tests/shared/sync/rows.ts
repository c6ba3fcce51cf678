import type { ChangedBy } from '../../../shared/sync/documents'
import { ROW_SCHEMAS } from '../../../shared/sync/documents'
import type { AnnotationRow, NoteRow, PaperRow } from '../../../shared/domain/rows'
import type { SyncVersion } from '../../../shared/sync/merge'

/** Rows as the database stores them, checked by the schemas, for the merge tests. */

export function paperRow(fields: Partial<PaperRow> = {}): PaperRow {
  return ROW_SCHEMAS.papers.parse({
    id: 'p1',
    citationKey: 'maes2008gut',
    csl: { id: 'p1', type: 'article-journal', title: 'The gut-brain barrier', volume: '29', author: [{ family: 'Maes', given: 'M' }] },
    addedAt: 100,
    modifiedAt: 100,
    revision: 1,
    axisNodes: ['node:gut'],
    tags: ['depression', 'inflammation'],
    collections: [],
    fieldSources: { title: { source: 'layout', confidence: 0.8 } },
    ...fields,
  })
}

export function noteRow(fields: Partial<NoteRow> = {}): NoteRow {
  return ROW_SCHEMAS.notes.parse({ id: 'n1', paperId: 'p1', markdown: 'IL-6 is raised.', createdAt: 50, modifiedAt: 50, revision: 1, ...fields })
}

export function annotationRow(fields: Partial<AnnotationRow> = {}): AnnotationRow {
  return ROW_SCHEMAS.annotations.parse({
    id: 'h1',
    paperId: 'p1',
    attachmentId: 'a1',
    page: 2,
    kind: 'highlight',
    rects: [{ x: 10, y: 20, width: 100, height: 12 }],
    quote: 'leaky gut',
    createdAt: 60,
    modifiedAt: 60,
    revision: 1,
    ...fields,
  })
}

export function by(device: string, at: number): ChangedBy {
  return { device, deviceName: `${device}'s laptop`, user: `${device}-user`, at }
}

/** A version edited on `device` at `at`: the row with one more revision and that time stamped. */
export function edited<T extends PaperRow | NoteRow | AnnotationRow>(row: T, device: string, at: number, change: Partial<T>): SyncVersion {
  return { row: { ...row, ...change, revision: row.revision + 1, modifiedAt: at }, changedBy: by(device, at) }
}

export function deleted(device: string, at: number): SyncVersion {
  return { row: null, changedBy: by(device, at) }
}

import { indexedFieldTexts, summarisePaper, type PaperSummary } from '../../../shared/search'
import type { FullTextRecord, NoteRecord, PaperRecord } from '../db'
import type { IndexDocument } from './analyse'

/**
 * A paper with what other tables hold about it: everything the index and the summary are
 * built from.
 */
export interface PaperSource {
  paper: PaperRecord & { studyType?: string }
  notes: readonly NoteRecord[]
  fullTexts: readonly FullTextRecord[]
  attachmentIds: readonly string[]
}

/** The text of each indexed field, in FIELD_NAMES order (title, authors, keywords, abstract, notes, fullText). */
export function toIndexDocument({ paper, notes, fullTexts }: PaperSource): IndexDocument {
  return { id: paper.id, fields: indexedFieldTexts(paper, notes.map((note) => note.markdown), fullTexts.map((text) => text.text)) }
}

/** The paper's summary for lists and structured conditions (what it has in other tables included). */
export function toSummary(source: PaperSource): PaperSummary {
  return summarisePaper(source.paper, {
    hasPdf: source.attachmentIds.length > 0,
    hasFullText: source.fullTexts.some((text) => text.text.trim().length > 0),
    hasNotes: source.notes.some((note) => note.markdown.trim().length > 0),
  })
}

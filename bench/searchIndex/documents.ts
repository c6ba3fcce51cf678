import { indexedFieldTexts, summarisePaper, type PaperSummary } from '../../shared/search'
import type { IndexDocument } from '../../renderer/src/search/analyse'
import type { GeneratedLibrary, GeneratedPaper } from '../fixtures/generateLibrary'

/**
 * A paper with its notes, full texts and attachments, as renderer/src/search/documents.ts
 * reads them from IndexedDB; that module imports the renderer's db layer (React context
 * included), which the bench's Node compilation cannot type-check, so the generated library's
 * shape is read here and the fields come from the same shared indexedFieldTexts.
 */
interface Source {
  paper: GeneratedPaper
  notes: readonly string[]
  fullTexts: readonly string[]
  attachments: number
}

function byPaper<T extends { paperId: string }>(rows: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>()
  for (const row of rows) {
    const list = map.get(row.paperId)
    if (list) list.push(row)
    else map.set(row.paperId, [row])
  }
  return map
}

/** Every paper with what other tables hold about it, as the worker reads them from IndexedDB. */
export function sourcesOf(library: GeneratedLibrary): Source[] {
  const notes = byPaper(library.notes)
  const fullTexts = byPaper(library.fullTexts)
  const attachments = byPaper(library.attachments)
  return library.papers.map((paper) => ({
    paper,
    notes: (notes.get(paper.id) ?? []).map((note) => note.markdown),
    fullTexts: (fullTexts.get(paper.id) ?? []).map((text) => text.text),
    attachments: attachments.get(paper.id)?.length ?? 0,
  }))
}

/** As toIndexDocument: the fields through the app's own indexedFieldTexts. */
export function toIndexDocument({ paper, notes, fullTexts }: Source): IndexDocument {
  return { id: paper.id, fields: indexedFieldTexts(paper, notes, fullTexts) }
}

/** As toSummary: the paper's summary for lists and fielded conditions. */
export function toSummary(source: Source): PaperSummary {
  return summarisePaper(source.paper, {
    hasPdf: source.attachments > 0,
    hasFullText: source.fullTexts.some((text) => text.trim().length > 0),
    hasNotes: source.notes.some((note) => note.trim().length > 0),
  })
}

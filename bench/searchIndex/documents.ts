import { authorText, summarisePaper, type PaperSummary } from '../../shared/search'
import type { IndexDocument } from '../../renderer/src/features/search/analyse'
import type { GeneratedLibrary, GeneratedPaper } from '../fixtures/generateLibrary'

/**
 * A paper with its notes, full texts and attachments. This mirrors
 * renderer/src/features/search/documents.ts line for line: that module imports types from
 * the renderer's db layer (React context included), which the bench's Node compilation
 * cannot type-check. Keep the two in step when the indexed fields change.
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

/** As toIndexDocument: title, authors, keywords, abstract, notes, fullText (FIELD_NAMES order). */
export function toIndexDocument({ paper, notes, fullTexts }: Source): IndexDocument {
  const { csl } = paper
  const names = [...(csl.author ?? []), ...(csl.editor ?? [])].map(authorText).join('; ')
  const keywords = [csl.keyword ?? '', ...paper.tags].join('; ')
  return { id: paper.id, fields: [csl.title ?? '', names, keywords, csl.abstract ?? '', notes.join('\n'), fullTexts.join('\n')] }
}

/** As toSummary: the paper's summary for lists and fielded conditions. */
export function toSummary(source: Source): PaperSummary {
  return summarisePaper(source.paper, {
    hasPdf: source.attachments > 0,
    hasFullText: source.fullTexts.some((text) => text.trim().length > 0),
    hasNotes: source.notes.some((note) => note.trim().length > 0),
  })
}

import { ONTOLOGY_VERSION, type AxisSuggestion, type PaperInput } from '../../../../shared/axis'
import type { AxisRefDatabase, PaperRecord } from '../../db'
import { applySuggestions } from '../../db/axisTags'
import { axisFieldsOf } from '../../db/axis'
import type { StoredAxisSuggestions } from '../../db/schema'

/** Runs the suggester over many papers at once (in a worker in the app, inline in tests). */
export type Suggest = (inputs: readonly PaperInput[]) => Promise<AxisSuggestion[]>

const BATCH = 250

/** What the suggester reads of a paper: its record, the extras beside it, and the PDF's text. */
export function paperInput(paper: PaperRecord, fullText?: string): PaperInput {
  const { csl, extension } = paper
  const keywords = [...(extension?.keywords ?? []), ...(csl.keyword ? csl.keyword.split(/[;,]\s*/) : [])]
  return {
    title: csl.title ?? '',
    abstract: csl.abstract,
    keywords: keywords.length > 0 ? keywords : undefined,
    mesh: extension?.mesh?.map((heading) => heading.descriptor),
    publicationTypes: extension?.publicationTypes,
    fullText,
  }
}

export function toStored(suggestion: AxisSuggestion, withFullText: boolean): StoredAxisSuggestions {
  return {
    ontologyVersion: ONTOLOGY_VERSION,
    withFullText,
    nodes: suggestion.nodes.map(({ id, score, evidence }) => ({ id, score, evidence })),
    pathways: suggestion.pathways.map(({ id, score, evidence }) => ({ id, score, evidence })),
    studyType: suggestion.studyType,
  }
}

/**
 * Suggests for every paper that has no suggestions from the current ontology yet, or whose
 * PDF text arrived since. Batches keep the UI thread free between them; returns how many
 * papers were (re)suggested.
 */
export async function refreshSuggestions(db: AxisRefDatabase, suggest: Suggest, signal?: AbortSignal): Promise<number> {
  const withText = new Set((await db.fullTexts.orderBy('paperId').uniqueKeys()).map(String))
  const stale = await db.papers
    .filter((paper) => paper.axisSuggestions?.ontologyVersion !== ONTOLOGY_VERSION || (!paper.axisSuggestions.withFullText && withText.has(paper.id)))
    .primaryKeys()
  let done = 0
  for (let start = 0; start < stale.length && !signal?.aborted; start += BATCH) {
    const papers = (await db.papers.bulkGet(stale.slice(start, start + BATCH))).filter((paper): paper is PaperRecord => Boolean(paper))
    const texts = new Map((await db.fullTexts.where('paperId').anyOf(papers.map((paper) => paper.id)).toArray()).map((text) => [text.paperId, text.text]))
    const results = await suggest(papers.map((paper) => paperInput(paper, texts.get(paper.id))))
    await db.transaction('rw', db.papers, async () => {
      for (const [index, paper] of papers.entries()) {
        const result = results[index]
        if (!result) continue
        await db.papers.update(paper.id, applySuggestions(axisFieldsOf(paper), toStored(result, texts.has(paper.id))))
      }
    })
    done += papers.length
  }
  return done
}

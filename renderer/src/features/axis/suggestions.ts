import { ONTOLOGY_VERSION, type AxisSuggestion, type PaperInput } from '../../../../shared/axis'
import { isMajorTopic } from '../../../../shared/search'
import type { AxisRefDatabase, PaperRecord } from '../../db'
import { applySuggestions, withRegistryStudyType } from '../../db/axisTags'
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
    // starred as MEDLINE writes a major topic: the suggester weighs it more
    mesh: extension?.mesh?.map((heading) => (isMajorTopic(heading) ? `*${heading.descriptor}` : heading.descriptor)),
    publicationTypes: extension?.publicationTypes,
    fullText,
  }
}

/**
 * A short fingerprint (FNV-1a) of the paper's MeSH headings and publication types, '' when
 * it has none: suggestions made from other headings are stale.
 */
export function registryKey(paper: Pick<PaperRecord, 'extension'>): string {
  const { mesh = [], publicationTypes = [] } = paper.extension ?? {}
  if (mesh.length === 0 && publicationTypes.length === 0) return ''
  const text = [...mesh.map((heading) => `${isMajorTopic(heading) ? '*' : ''}${heading.descriptor}`), '|', ...publicationTypes].join('\n')
  let hash = 0x811c9dc5
  for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193)
  return (hash >>> 0).toString(36)
}

/** Whether a paper's stored suggestions were made from what it holds now. */
export function suggestionsAreStale(paper: PaperRecord, hasFullText: boolean): boolean {
  const stored = paper.axisSuggestions
  if (stored?.ontologyVersion !== ONTOLOGY_VERSION) return true
  if (!stored.withFullText && hasFullText) return true
  return (stored.registryKey ?? '') !== registryKey(paper)
}

export function toStored(suggestion: AxisSuggestion, withFullText: boolean, registry = ''): StoredAxisSuggestions {
  return {
    ontologyVersion: ONTOLOGY_VERSION,
    withFullText,
    ...(registry && { registryKey: registry }),
    nodes: suggestion.nodes.map(({ id, score, evidence }) => ({ id, score, evidence })),
    pathways: suggestion.pathways.map(({ id, score, evidence }) => ({ id, score, evidence })),
    studyType: suggestion.studyType,
  }
}

/**
 * Suggests for every paper that has no suggestions from the current ontology yet, or whose
 * PDF text, MeSH headings or publication types arrived or changed since; takes the study
 * type PubMed's publication types give as accepted. Batches keep the UI thread free between
 * them; returns how many papers were (re)suggested.
 */
export async function refreshSuggestions(db: AxisRefDatabase, suggest: Suggest, signal?: AbortSignal): Promise<number> {
  const withText = new Set((await db.fullTexts.orderBy('paperId').uniqueKeys()).map(String))
  const stale = await db.papers
    .filter((paper) => suggestionsAreStale(paper, withText.has(paper.id)))
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
        await db.papers.update(paper.id, withRegistryStudyType(applySuggestions(axisFieldsOf(paper), toStored(result, texts.has(paper.id), registryKey(paper))), paper))
      }
    })
    done += papers.length
  }
  return done
}

import { ONTOLOGY_VERSION, suggestAxis, type AxisSuggestion, type PaperInput } from '../../../../shared/axis'
import { isMajorTopic } from '../../../../shared/search'
import { axisFieldsOf } from '../../db/axis'
import { applySuggestions, withRegistryStudyType, type AxisFields } from '../../db/axisTags'
import type { PaperRecord, StoredAxisSuggestions } from '../../db/schema'

// What a paper's stored suggestions are made from and how they are kept, apart from the
// database: the bibliography reader's worker suggests for a file's records with it, before
// they are written, and the refresh (`suggestions.ts`) for papers already in the library.

/** What the suggester reads of a paper: its record, the extras beside it, and the PDF's text. */
export function paperInput(paper: Pick<PaperRecord, 'csl' | 'extension'>, fullText?: string): PaperInput {
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
 * The suggestions for a record not yet in the library (a file's entry), as the refresh would
 * store them for it: made without full text, from its MeSH headings and publication types.
 */
export function suggestRecord(record: Pick<PaperRecord, 'csl' | 'extension'>): StoredAxisSuggestions {
  return toStored(suggestAxis(paperInput(record)), false, registryKey(record))
}

/**
 * The paper with these suggestions stored: pending ones listed, and the study type PubMed's
 * publication types give taken as accepted (unless the user chose or rejected one).
 */
export function withSuggestions(paper: PaperRecord, stored: StoredAxisSuggestions): PaperRecord {
  return withFields(paper, withRegistryStudyType(applySuggestions(axisFieldsOf(paper), stored), paper))
}

/** The row with these fields changed, as `Table.update` writes them: a field given as undefined is removed. */
function withFields(paper: PaperRecord, fields: AxisFields): PaperRecord {
  const next: PaperRecord = { ...paper, ...fields }
  for (const [key, value] of Object.entries(fields)) if (value === undefined) Reflect.deleteProperty(next, key)
  return next
}

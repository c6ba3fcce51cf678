import { studyTypeFromPublicationTypes } from '../../../shared/lookup/studyType'
import type { PaperRecord, StoredAxisSuggestions } from './schema'

/** The axis part of a paper that tagging changes. */
export type AxisFields = Pick<PaperRecord, 'axisNodes' | 'axisPathways' | 'axisSuggestions' | 'axisRejected' | 'axisSuggested' | 'studyType'>

const NO_REJECTIONS = { nodes: [], pathways: [], studyTypes: [] }

/**
 * Tagging as pure functions of the paper's axis fields: each returns the fields to write.
 * `axisSuggested` (the indexed list of pending suggestions) is always recomputed here, so
 * it can never drift from what the panel shows.
 */
export function withPending(fields: AxisFields): AxisFields {
  const accepted = new Set(fields.axisNodes)
  const rejected = new Set(fields.axisRejected?.nodes ?? [])
  const pending = (fields.axisSuggestions?.nodes ?? []).map((node) => node.id).filter((id) => !accepted.has(id) && !rejected.has(id))
  return { ...fields, axisSuggested: pending }
}

export function applySuggestions(fields: AxisFields, suggestions: StoredAxisSuggestions): AxisFields {
  return withPending({ ...fields, axisSuggestions: suggestions })
}

export function acceptNode(fields: AxisFields, id: string): AxisFields {
  if (fields.axisNodes.includes(id)) return fields
  const rejected = fields.axisRejected ?? NO_REJECTIONS
  return withPending({ ...fields, axisNodes: [...fields.axisNodes, id], axisRejected: { ...rejected, nodes: rejected.nodes.filter((node) => node !== id) } })
}

/** Removes an accepted node; a suggestion for it comes back as pending. */
export function removeNode(fields: AxisFields, id: string): AxisFields {
  return withPending({ ...fields, axisNodes: fields.axisNodes.filter((node) => node !== id) })
}

export function rejectNode(fields: AxisFields, id: string): AxisFields {
  const rejected = fields.axisRejected ?? NO_REJECTIONS
  if (rejected.nodes.includes(id)) return fields
  return withPending({ ...fields, axisRejected: { ...rejected, nodes: [...rejected.nodes, id] } })
}

export function acceptPathway(fields: AxisFields, id: string): AxisFields {
  const pathways = fields.axisPathways ?? []
  return pathways.includes(id) ? fields : { ...fields, axisPathways: [...pathways, id] }
}

export function removePathway(fields: AxisFields, id: string): AxisFields {
  return { ...fields, axisPathways: (fields.axisPathways ?? []).filter((pathway) => pathway !== id) }
}

export function rejectPathway(fields: AxisFields, id: string): AxisFields {
  const rejected = fields.axisRejected ?? NO_REJECTIONS
  return rejected.pathways.includes(id) ? fields : { ...fields, axisRejected: { ...rejected, pathways: [...rejected.pathways, id] } }
}

export function acceptStudyType(fields: AxisFields, id: string): AxisFields {
  return { ...fields, studyType: id }
}

export function rejectStudyType(fields: AxisFields, id: string): AxisFields {
  const rejected = fields.axisRejected ?? NO_REJECTIONS
  return { ...fields, axisRejected: { ...rejected, studyTypes: [...rejected.studyTypes, id] }, studyType: fields.studyType === id ? undefined : fields.studyType }
}

/** Accepts every pending node and pathway suggestion scoring at least `minScore`. */
export function acceptAllAbove(fields: AxisFields, minScore: number): AxisFields {
  let next = fields
  const rejected = fields.axisRejected ?? NO_REJECTIONS
  for (const node of fields.axisSuggestions?.nodes ?? []) {
    if (node.score >= minScore && !rejected.nodes.includes(node.id)) next = acceptNode(next, node.id)
  }
  for (const pathway of fields.axisSuggestions?.pathways ?? []) {
    if (pathway.score >= minScore && !rejected.pathways.includes(pathway.id)) next = acceptPathway(next, pathway.id)
  }
  return next
}

/** Pending pathway suggestions: neither accepted nor rejected. */
export function pendingPathways(fields: AxisFields): StoredAxisSuggestions['pathways'] {
  const accepted = new Set(fields.axisPathways ?? [])
  const rejected = new Set(fields.axisRejected?.pathways ?? [])
  return (fields.axisSuggestions?.pathways ?? []).filter((pathway) => !accepted.has(pathway.id) && !rejected.has(pathway.id))
}

/**
 * The study type PubMed's publication types give (NLM's indexers assigned them, so it needs
 * no Accept), or null when they name none. Guesses from the text stay suggestions.
 */
export function studyTypeFromRegistry(paper: Pick<PaperRecord, 'extension'>): string | null {
  return studyTypeFromPublicationTypes(paper.extension?.publicationTypes ?? [])
}

/**
 * Takes the registry's study type as accepted when the paper has none yet and the user did
 * not reject it; a study type the user chose is never replaced.
 */
export function withRegistryStudyType(fields: AxisFields, paper: Pick<PaperRecord, 'extension'>): AxisFields {
  const registry = studyTypeFromRegistry(paper)
  if (!registry || fields.studyType || fields.axisRejected?.studyTypes.includes(registry)) return fields
  return { ...fields, studyType: registry }
}

import { isAxisNodeId, withAncestors } from '../../../shared/axis'
import type { PaperSummary } from '../../../shared/search'

/** How many of the papers in a view carry each value: the sidebar's facet counts. */
export interface FacetCounts {
  total: number
  /** Node id → papers tagged on it or on a node below it. */
  nodes: Record<string, number>
  /** Node id → papers where it (or a node below it) is only suggested: not tagged there yet. */
  suggestedNodes: Record<string, number>
  pathways: Record<string, number>
  /** Most frequent first, at most FACET_LIMIT. */
  tags: [string, number][]
  /** Newest year first. */
  years: [number, number][]
  /** Most frequent first, at most FACET_LIMIT. */
  journals: [string, number][]
  studyTypes: Record<string, number>
  /** PubMed's publication types, most frequent first, at most FACET_LIMIT. */
  publicationTypes: [string, number][]
  /** MeSH descriptors that are a major topic of the paper, most frequent first, at most FACET_LIMIT. */
  meshMajor: [string, number][]
  /** Papers a registry says were retracted, corrected …, by status. */
  retractions: Record<string, number>
  hasPdf: number
}

export const FACET_LIMIT = 30

function increment<K>(counts: Map<K, number>, key: K): void {
  counts.set(key, (counts.get(key) ?? 0) + 1)
}

function mostFrequent<K>(counts: Map<K, number>, limit: number): [K, number][] {
  return [...counts].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0]))).slice(0, limit)
}

/**
 * Counts the facets of a set of papers in one pass. A paper on gut.barrier counts for
 * gut.barrier and for gut, once each, as `node:gut` finds it; a suggestion counts where
 * the paper is not tagged already, as the axis tree shows it (“12 +3”).
 */
export function countFacets(papers: Iterable<PaperSummary>): FacetCounts {
  const nodes = new Map<string, number>()
  const suggestedNodes = new Map<string, number>()
  const pathways = new Map<string, number>()
  const tags = new Map<string, number>()
  const years = new Map<number, number>()
  const journals = new Map<string, number>()
  const studyTypes = new Map<string, number>()
  const publicationTypes = new Map<string, number>()
  const meshMajor = new Map<string, number>()
  const retractions = new Map<string, number>()
  let total = 0
  let hasPdf = 0
  for (const paper of papers) {
    total++
    if (paper.hasPdf) hasPdf++
    if (paper.year !== undefined) increment(years, paper.year)
    if (paper.journal) increment(journals, paper.journal)
    if (paper.studyType) increment(studyTypes, paper.studyType)
    for (const tag of new Set(paper.tags)) increment(tags, tag)
    if (paper.retraction) increment(retractions, paper.retraction)
    for (const type of new Set(paper.publicationTypes)) increment(publicationTypes, type)
    for (const heading of new Set(paper.meshMajor)) increment(meshMajor, heading)
    for (const pathway of new Set(paper.axisPathways ?? [])) increment(pathways, pathway)
    const tagged = paper.axisNodes.length > 0 ? withAncestors(paper.axisNodes.filter(isAxisNodeId)) : []
    for (const node of tagged) increment(nodes, node)
    if (paper.axisSuggested?.length) {
      for (const node of withAncestors(paper.axisSuggested.filter(isAxisNodeId))) if (!tagged.includes(node)) increment(suggestedNodes, node)
    }
  }
  return {
    total,
    nodes: Object.fromEntries(nodes),
    suggestedNodes: Object.fromEntries(suggestedNodes),
    pathways: Object.fromEntries(pathways),
    tags: mostFrequent(tags, FACET_LIMIT),
    years: [...years].sort((a, b) => b[0] - a[0]),
    journals: mostFrequent(journals, FACET_LIMIT),
    studyTypes: Object.fromEntries(studyTypes),
    publicationTypes: mostFrequent(publicationTypes, FACET_LIMIT),
    meshMajor: mostFrequent(meshMajor, FACET_LIMIT),
    retractions: Object.fromEntries(retractions),
    hasPdf,
  }
}

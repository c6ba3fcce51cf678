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

/** The counts being gathered: one map per facet, plus the two plain numbers. */
export interface FacetMaps {
  total: number
  hasPdf: number
  nodes: Map<string, number>
  suggestedNodes: Map<string, number>
  pathways: Map<string, number>
  tags: Map<string, number>
  years: Map<number, number>
  journals: Map<string, number>
  studyTypes: Map<string, number>
  publicationTypes: Map<string, number>
  meshMajor: Map<string, number>
  retractions: Map<string, number>
}

export function emptyFacetMaps(): FacetMaps {
  return { total: 0, hasPdf: 0, nodes: new Map(), suggestedNodes: new Map(), pathways: new Map(), tags: new Map(), years: new Map(), journals: new Map(), studyTypes: new Map(), publicationTypes: new Map(), meshMajor: new Map(), retractions: new Map() }
}

/** Adds `delta` to a count; a count that falls to 0 is gone, as if never counted. */
function adjust<K>(counts: Map<K, number>, key: K, delta: number): void {
  const next = (counts.get(key) ?? 0) + delta
  if (next === 0) counts.delete(key)
  else counts.set(key, next)
}

/**
 * Counts one paper in (`delta` 1) or out (−1). A paper on gut.barrier counts for gut.barrier
 * and for gut, once each, as `node:gut` finds it; a suggestion counts where the paper is not
 * tagged already, as the axis tree shows it (“12 +3”).
 */
export function countPaper(maps: FacetMaps, paper: PaperSummary, delta: 1 | -1): void {
  maps.total += delta
  if (paper.hasPdf) maps.hasPdf += delta
  if (paper.year !== undefined) adjust(maps.years, paper.year, delta)
  if (paper.journal) adjust(maps.journals, paper.journal, delta)
  if (paper.studyType) adjust(maps.studyTypes, paper.studyType, delta)
  for (const tag of new Set(paper.tags)) adjust(maps.tags, tag, delta)
  if (paper.retraction) adjust(maps.retractions, paper.retraction, delta)
  for (const type of new Set(paper.publicationTypes)) adjust(maps.publicationTypes, type, delta)
  for (const heading of new Set(paper.meshMajor)) adjust(maps.meshMajor, heading, delta)
  for (const pathway of new Set(paper.axisPathways ?? [])) adjust(maps.pathways, pathway, delta)
  const tagged = paper.axisNodes.length > 0 ? withAncestors(paper.axisNodes.filter(isAxisNodeId)) : []
  for (const node of tagged) adjust(maps.nodes, node, delta)
  if (paper.axisSuggested?.length) {
    for (const node of withAncestors(paper.axisSuggested.filter(isAxisNodeId))) if (!tagged.includes(node)) adjust(maps.suggestedNodes, node, delta)
  }
}

function mostFrequent<K>(counts: Map<K, number>, limit: number): [K, number][] {
  return [...counts].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0]))).slice(0, limit)
}

/** The counts as the sidebar shows them: lists most frequent (years newest) first. */
export function facetCountsOf(maps: FacetMaps): FacetCounts {
  return {
    total: maps.total,
    nodes: Object.fromEntries(maps.nodes),
    suggestedNodes: Object.fromEntries(maps.suggestedNodes),
    pathways: Object.fromEntries(maps.pathways),
    tags: mostFrequent(maps.tags, FACET_LIMIT),
    years: [...maps.years].sort((a, b) => b[0] - a[0]),
    journals: mostFrequent(maps.journals, FACET_LIMIT),
    studyTypes: Object.fromEntries(maps.studyTypes),
    publicationTypes: mostFrequent(maps.publicationTypes, FACET_LIMIT),
    meshMajor: mostFrequent(maps.meshMajor, FACET_LIMIT),
    retractions: Object.fromEntries(maps.retractions),
    hasPdf: maps.hasPdf,
  }
}

/** Counts the facets of a set of papers in one pass. */
export function countFacets(papers: Iterable<PaperSummary>): FacetCounts {
  const maps = emptyFacetMaps()
  for (const paper of papers) countPaper(maps, paper, 1)
  return facetCountsOf(maps)
}

/**
 * Running counts of the whole library and of the trash, kept in step paper by paper: an edit
 * takes the paper's old values out and puts its new ones in, so the sidebar's counts after an
 * edit cost a few map updates instead of counting 100,000 papers again.
 */
export class FacetTallies {
  private readonly library = emptyFacetMaps()
  private readonly trash = emptyFacetMaps()

  constructor(papers: Iterable<PaperSummary>) {
    for (const paper of papers) this.add(paper)
  }

  add(paper: PaperSummary): void {
    countPaper(this.of(paper.trashed), paper, 1)
  }

  remove(paper: PaperSummary): void {
    countPaper(this.of(paper.trashed), paper, -1)
  }

  counts(trash: boolean): FacetCounts {
    return facetCountsOf(this.of(trash))
  }

  private of(trash: boolean): FacetMaps {
    return trash ? this.trash : this.library
  }
}

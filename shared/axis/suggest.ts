import { detectPopulations, detectStudyType, type FacetSuggestion } from './detectFacets'
import { AXIS_CUE_INFERENCES } from './cues'
import { findPaperHits, type FieldHit } from './matcher'
import { AXIS_INFERENCES, AXIS_NODES, isAxisNodeId, isWithin, type AxisNodeId } from './ontology'
import { AXIS_PATHWAYS, type PathwayId } from './pathways'
import { PAPER_FIELDS, type PaperField, type PaperInput } from './schema'
import type { PopulationId, StudyTypeId } from './facets'

export interface Evidence {
  term: string
  field: PaperField
}

export interface NodeSuggestion {
  id: AxisNodeId
  /** In [0, 1): grows with the weight of the evidence, never reaches certainty. */
  score: number
  evidence: Evidence[]
}

export interface PathwaySuggestion {
  id: PathwayId
  from: AxisNodeId
  to: AxisNodeId
  score: number
  evidence: Evidence[]
}

export interface AxisSuggestion {
  nodes: NodeSuggestion[]
  pathways: PathwaySuggestion[]
  studyType: FacetSuggestion<StudyTypeId> | null
  population: FacetSuggestion<PopulationId>[]
}

/**
 * How much one matched term weighs, by where it was found. A title or a MeSH heading
 * names what the paper is about; a full text mentions everything in passing.
 */
export const FIELD_WEIGHTS: Readonly<Record<PaperField, number>> = {
  title: 3,
  mesh: 3,
  keywords: 2,
  publicationTypes: 0,
  abstract: 1,
  fullText: 0.25,
}

/** A node is suggested from this much weight: one title term, or two abstract terms. */
export const MIN_NODE_WEIGHT = 2
/** A repeated term counts half a new one; no field adds more than MAX_FIELD_WEIGHT. */
const REPEAT_UNIT = 0.5
/** A MeSH heading the indexer marked as a major topic counts half as much again as a minor one. */
const MAJOR_TOPIC_UNIT = 1.5
const MAX_FIELD_WEIGHT = 8
/** A pathway needs both ends in one sentence at least once (in a field that weighs 1+). */
const MIN_PATHWAY_WEIGHT = 1

function toScore(weight: number): number {
  return Math.round((weight / (weight + 3)) * 1000) / 1000
}

function byFieldOrder(a: Evidence, b: Evidence): number {
  return PAPER_FIELDS.indexOf(a.field) - PAPER_FIELDS.indexOf(b.field)
}

function uniqueEvidence(hits: readonly FieldHit[]): Evidence[] {
  const seen = new Set<string>()
  const evidence: Evidence[] = []
  for (const hit of hits) {
    const key = `${hit.field}\u0000${hit.entry.spelling}`
    if (seen.has(key)) continue
    seen.add(key)
    evidence.push({ term: hit.entry.spelling, field: hit.field })
  }
  return evidence.sort(byFieldOrder)
}

/** Distinct terms among hits, a major MeSH topic counting MAJOR_TOPIC_UNIT. */
function distinctUnits(hits: readonly FieldHit[]): { distinct: number; units: number } {
  const major = new Map<string, boolean>()
  for (const hit of hits) major.set(hit.entry.canonical, (major.get(hit.entry.canonical) ?? false) || hit.major === true)
  let units = 0
  for (const isMajor of major.values()) units += isMajor ? MAJOR_TOPIC_UNIT : 1
  return { distinct: major.size, units }
}

/** Weight of a node's hits: per field, distinct terms (major MeSH topics more) plus half for each repeat, capped. */
function nodeWeight(hits: readonly FieldHit[]): number {
  let weight = 0
  for (const field of PAPER_FIELDS) {
    const inField = hits.filter((hit) => hit.field === field)
    if (inField.length === 0) continue
    const { distinct, units: distinctWeight } = distinctUnits(inField)
    const units = distinctWeight + REPEAT_UNIT * (inField.length - distinct)
    weight += Math.min(FIELD_WEIGHTS[field] * units, MAX_FIELD_WEIGHT)
  }
  return weight
}

function suggestNodes(hits: readonly FieldHit[]): NodeSuggestion[] {
  const byNode = new Map<AxisNodeId, FieldHit[]>()
  for (const hit of hits) {
    for (const target of hit.entry.targets) {
      if (!isAxisNodeId(target)) continue
      const list = byNode.get(target) ?? []
      list.push(hit)
      byNode.set(target, list)
    }
  }
  const nodes: NodeSuggestion[] = []
  for (const node of AXIS_NODES) {
    const nodeHits = byNode.get(node.id)
    if (!nodeHits) continue
    if ('requires' in node && !byNode.has(node.requires)) continue
    const weight = nodeWeight(nodeHits)
    if (weight >= MIN_NODE_WEIGHT) nodes.push({ id: node.id, score: toScore(weight), evidence: uniqueEvidence(nodeHits) })
  }
  return nodes.sort((a, b) => b.score - a.score)
}

function groupBySegment(hits: readonly FieldHit[]): Map<string, FieldHit[]> {
  const bySegment = new Map<string, FieldHit[]>()
  for (const hit of hits) {
    const key = `${hit.field}:${hit.segment}`
    const list = bySegment.get(key)
    if (list) list.push(hit)
    else bySegment.set(key, [hit])
  }
  return bySegment
}

const INFERENCES: readonly { when: readonly string[]; infer: AxisNodeId }[] = [...AXIS_INFERENCES, ...AXIS_CUE_INFERENCES]

/** One hit per premise, each found among the segment's hits; null if any premise is missing. */
function premiseHits(when: readonly string[], candidates: readonly FieldHit[]): FieldHit[] | null {
  const found: FieldHit[] = []
  for (const id of when) {
    const hit = candidates.find((candidate) => candidate.entry.targets.includes(id))
    if (!hit) return null
    found.push(hit)
  }
  return found
}

/**
 * Hits for inferred nodes (AXIS_INFERENCES, AXIS_CUE_INFERENCES): one per segment that
 * names every premise of a rule, and only one per node and segment however many rules agree.
 * Axis terms and context terms (facets, cues) come from separate scans of the same segment.
 */
function inferredHits(hits: readonly FieldHit[], contextHits: readonly FieldHit[]): FieldHit[] {
  const inferred: FieldHit[] = []
  const contexts = groupBySegment(contextHits)
  for (const [segment, segmentHits] of groupBySegment(hits)) {
    const candidates = [...segmentHits, ...(contexts.get(segment) ?? [])]
    const done = new Set<AxisNodeId>()
    for (const rule of INFERENCES) {
      if (done.has(rule.infer)) continue
      const premises = premiseHits(rule.when, candidates)
      const first = premises?.[0]
      if (!premises || !first) continue
      const spelling = premises.map((hit) => hit.entry.spelling).join(' + ')
      inferred.push({ entry: { canonical: spelling, spelling, targets: [rule.infer] }, field: first.field, segment: first.segment })
      done.add(rule.infer)
    }
  }
  return inferred
}

function hitsWithin(hits: readonly FieldHit[], ancestor: AxisNodeId): FieldHit[] {
  return hits.filter((hit) => hit.entry.targets.some((target) => isAxisNodeId(target) && isWithin(target, ancestor)))
}

/**
 * A pathway is suggested when both of its ends are suggested (a child counts for its
 * parent) and they are named together in one sentence, title, keyword or heading.
 */
function suggestPathways(hits: readonly FieldHit[], nodes: readonly NodeSuggestion[]): PathwaySuggestion[] {
  const present = (end: AxisNodeId) => nodes.some((node) => isWithin(node.id, end))
  const bySegment = groupBySegment(hits)
  const pathways: PathwaySuggestion[] = []
  for (const pathway of AXIS_PATHWAYS) {
    if (!present(pathway.from) || !present(pathway.to)) continue
    let weight = 0
    const evidence: FieldHit[] = []
    for (const segmentHits of bySegment.values()) {
      const fromHits = hitsWithin(segmentHits, pathway.from)
      const toHits = hitsWithin(segmentHits, pathway.to)
      const field = segmentHits[0]?.field
      if (fromHits.length === 0 || toHits.length === 0 || field === undefined) continue
      weight += FIELD_WEIGHTS[field]
      evidence.push(...fromHits, ...toHits)
    }
    if (weight >= MIN_PATHWAY_WEIGHT) {
      pathways.push({ id: pathway.id, from: pathway.from, to: pathway.to, score: toScore(weight), evidence: uniqueEvidence(evidence) })
    }
  }
  return pathways.sort((a, b) => b.score - a.score)
}

/**
 * Suggests axis nodes, pathways, study type and population for one paper. Pure and
 * deterministic; the term indexes are compiled once per thread on the first call.
 * Only nodes with evidence of their own are listed: a child implies its parent (see
 * `withAncestors`), but the parent is suggested only when its own terms were found.
 */
export function suggestAxis(paper: PaperInput): AxisSuggestion {
  const hits = findPaperHits(paper)
  const nodeHits = [...hits.nodes, ...inferredHits(hits.nodes, hits.facets)]
  const nodes = suggestNodes(nodeHits)
  return {
    nodes,
    pathways: suggestPathways(nodeHits, nodes),
    studyType: detectStudyType(hits.facets),
    population: detectPopulations(hits.facets),
  }
}

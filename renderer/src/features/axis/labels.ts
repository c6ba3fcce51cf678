import { AXIS_NODES, AXIS_PATHWAYS, STUDY_TYPES, axisNode } from '../../../../shared/axis'
import type { StoredEvidence } from '../../db/schema'

/** "Gut › Intestinal barrier": the node with its top-level parent, as users read it. */
export function nodeLabel(id: string): string {
  const node = axisNode(id)
  if (!node) return id
  const parent = node.parent ? axisNode(node.parent) : undefined
  return parent ? `${parent.label} › ${node.label}` : node.label
}

export function pathwayLabel(id: string): string {
  const pathway = AXIS_PATHWAYS.find((candidate) => candidate.id === id)
  return pathway ? `${nodeLabel(pathway.from)} → ${nodeLabel(pathway.to)}` : id
}

export function studyTypeLabel(id: string): string {
  return STUDY_TYPES.find((type) => type.id === id)?.label ?? id
}

const FIELD_NAMES: Record<string, string> = {
  title: 'title',
  abstract: 'abstract',
  keywords: 'keywords',
  mesh: 'MeSH',
  publicationTypes: 'publication type',
  fullText: 'full text',
}

/** "“microglia” in title; “IL-6” in abstract" */
export function evidenceText(evidence: readonly StoredEvidence[]): string {
  return evidence.map((item) => `“${item.term}” in ${FIELD_NAMES[item.field] ?? item.field}`).join('; ')
}

/** Every node as an option for "add a node by typing". */
export const NODE_OPTIONS = AXIS_NODES.map((node) => ({ id: node.id, label: nodeLabel(node.id) }))

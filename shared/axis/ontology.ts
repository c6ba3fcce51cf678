import { GLIA_BRAIN_DEPRESSION_NODES } from './nodesGliaBrainDepression'
import { IMMUNE_NODES } from './nodesImmune'
import { MICROBIOTA_GUT_NODES } from './nodesMicrobiotaGut'

/**
 * The ontology's version. Bump the minor part when nodes, terms or pathways are added,
 * the major part when an id is removed or renamed (and add it to ID_MIGRATIONS).
 */
export const ONTOLOGY_VERSION = '1.1.0'

/** Every node, parents before their children. */
export const AXIS_NODES = [...MICROBIOTA_GUT_NODES, ...IMMUNE_NODES, ...GLIA_BRAIN_DEPRESSION_NODES]

export type AxisNode = (typeof AXIS_NODES)[number]
export type AxisNodeId = AxisNode['id']

/** The six components of the axis, in the order the chain runs. */
export const TOP_LEVEL_NODE_IDS = ['microbiota', 'gut', 'immune', 'glia', 'brain', 'depression'] as const satisfies readonly AxisNodeId[]

/**
 * Phrases that contain an axis term without meaning it: "long-term depression" is synaptic
 * physiology, "ER stress" is not psychological stress. Matching keeps the longest phrase,
 * so listing these hides the shorter term inside them.
 */
export const AXIS_STOP_PHRASES = [
  'long-term depression|long term depression|spreading depression|cortical spreading depression|respiratory depression|synaptic depression',
  'gut feeling|gut feelings|gut instinct',
  'ER stress|endoplasmic reticulum stress|shear stress|heat stress|mechanical stress|thermal stress|replication stress',
  'IRS-1|IRS-2|insulin receptor substrate',
  'nuclear translocation|NF-κB translocation',
]

/**
 * Nodes that follow from two others named together in one sentence (or title, keyword):
 * a probiotic named with depression is a treatment of depression, though neither term
 * alone says so. The evidence shown is the pair of terms.
 */
export const AXIS_INFERENCES: readonly { when: readonly [AxisNodeId, AxisNodeId]; infer: AxisNodeId }[] = [
  { when: ['microbiota.interventions', 'depression'], infer: 'depression.treatment' },
]

const byId = new Map<string, AxisNode>(AXIS_NODES.map((node) => [node.id, node]))

export function isAxisNodeId(value: string): value is AxisNodeId {
  return byId.has(value)
}

/** The node with this id, or undefined for an id that is not (or no longer) current. */
export function axisNode(id: string): AxisNode | undefined {
  return byId.get(id)
}

/** The top-level component a node belongs to (itself for a top-level node). */
export function topLevelOf(id: AxisNodeId): AxisNodeId {
  let current: AxisNode | undefined = byId.get(id)
  while (current?.parent) current = byId.get(current.parent)
  return current?.id ?? id
}

/** The ids plus every ancestor of each, without duplicates, in ontology order. */
export function withAncestors(ids: Iterable<AxisNodeId>): AxisNodeId[] {
  const wanted = new Set<string>()
  for (const id of ids) {
    let current: AxisNode | undefined = byId.get(id)
    while (current) {
      wanted.add(current.id)
      current = current.parent ? byId.get(current.parent) : undefined
    }
  }
  return AXIS_NODES.filter((node) => wanted.has(node.id)).map((node) => node.id)
}

/** True when `id` is `ancestor` itself or lies below it. */
export function isWithin(id: AxisNodeId, ancestor: AxisNodeId): boolean {
  let current: AxisNode | undefined = byId.get(id)
  while (current) {
    if (current.id === ancestor) return true
    current = current.parent ? byId.get(current.parent) : undefined
  }
  return false
}

/** The node and every node below it: what "children included" means in filters and counts. */
export function nodeAndDescendants(id: string): AxisNodeId[] {
  if (!isAxisNodeId(id)) return []
  return AXIS_NODES.filter((node) => isWithin(node.id, id)).map((node) => node.id)
}

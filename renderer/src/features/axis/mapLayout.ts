import { AXIS_NODES, AXIS_PATHWAYS, TOP_LEVEL_NODE_IDS } from '../../../../shared/axis'

export interface MapBox {
  id: string
  label: string
  x: number
  y: number
  width: number
  height: number
  topLevel: boolean
}

export interface MapEdge {
  id: string
  path: string
  labelX: number
  labelY: number
}

const COLUMN = 168
const TOP_WIDTH = 140
const SUB_WIDTH = 148
const TOP_Y = 44
const SUB_Y = 112
const SUB_STEP = 40
const MARGIN = 16

/**
 * The map's geometry, computed once from the ontology: the six components in a row in the
 * order the chain runs, each with its sub-nodes in a column below, and the pathways as
 * curves between them (a pathway that runs back against the chain bends below the columns).
 */
export function layoutAxisMap(): { boxes: MapBox[]; edges: MapEdge[]; chain: MapEdge[]; width: number; height: number } {
  const boxes: MapBox[] = []
  let deepest = 0
  TOP_LEVEL_NODE_IDS.forEach((topId, column) => {
    const x = MARGIN + column * COLUMN
    boxes.push({ id: topId, label: AXIS_NODES.find((node) => node.id === topId)?.label ?? topId, x, y: TOP_Y, width: TOP_WIDTH, height: 40, topLevel: true })
    AXIS_NODES.filter((node) => node.parent === topId).forEach((node, row) => {
      boxes.push({ id: node.id, label: node.label, x: x - 4, y: SUB_Y + row * SUB_STEP, width: SUB_WIDTH, height: 30, topLevel: false })
      deepest = Math.max(deepest, row + 1)
    })
  })
  const bottom = SUB_Y + deepest * SUB_STEP
  const byId = new Map(boxes.map((box) => [box.id, box]))
  const chain = TOP_LEVEL_NODE_IDS.slice(1).map((to, index) => {
    const from = byId.get(TOP_LEVEL_NODE_IDS[index] ?? '') as MapBox
    const target = byId.get(to) as MapBox
    const y = from.y + from.height / 2
    return { id: `${from.id}->${to}`, path: `M ${from.x + from.width} ${y} L ${target.x - 2} ${y}`, labelX: 0, labelY: 0 }
  })
  const edges = AXIS_PATHWAYS.map((pathway, index) => {
    const from = byId.get(pathway.from) as MapBox
    const to = byId.get(pathway.to) as MapBox
    const forward = to.x > from.x
    const start = { x: forward ? from.x + from.width : from.x + from.width / 2, y: forward ? from.y + from.height / 2 : from.y + from.height }
    const end = { x: forward ? to.x : to.x + to.width / 2, y: forward ? to.y + to.height / 2 : to.y + to.height }
    const bend = forward ? { x: (start.x + end.x) / 2, y: Math.min(start.y, end.y) - 18 - (index % 3) * 6 } : { x: (start.x + end.x) / 2, y: bottom + 24 + (index % 2) * 14 }
    return {
      id: pathway.id,
      path: `M ${start.x} ${start.y} Q ${bend.x} ${bend.y} ${end.x} ${end.y}`,
      labelX: (start.x + 2 * bend.x + end.x) / 4,
      labelY: (start.y + 2 * bend.y + end.y) / 4,
    }
  })
  return { boxes, edges, chain, width: MARGIN * 2 + (TOP_LEVEL_NODE_IDS.length - 1) * COLUMN + SUB_WIDTH, height: bottom + 60 }
}

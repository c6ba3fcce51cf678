import { useLiveQuery } from 'dexie-react-hooks'
import { AXIS_NODES, AXIS_PATHWAYS, nodeAndDescendants } from '../../../../shared/axis'
import { useDatabase, type AxisRefDatabase } from '../../db'

export interface AxisCount {
  /** Papers with an accepted tag on this node or a node below it. */
  tagged: number
  /** Papers where it is only suggested (pending), counted apart. */
  suggested: number
}

/** Every node and pathway id → its counts, kept live as papers change. */
export function useAxisCounts(): Map<string, AxisCount> | undefined {
  const db = useDatabase()
  return useLiveQuery(() => countAxis(db), [db])
}

export async function countAxis(db: AxisRefDatabase): Promise<Map<string, AxisCount>> {
  const trashed = new Set(await db.papers.where('trashedAt').above(0).primaryKeys())
  const live = (keys: string[]) => new Set(keys.filter((key) => !trashed.has(key)))
  const counts = new Map<string, AxisCount>()
  for (const node of AXIS_NODES) {
    const ids = nodeAndDescendants(node.id)
    const tagged = live(await db.papers.where('axisNodes').anyOf(ids).primaryKeys())
    const suggested = [...live(await db.papers.where('axisSuggested').anyOf(ids).primaryKeys())].filter((key) => !tagged.has(key))
    counts.set(node.id, { tagged: tagged.size, suggested: suggested.length })
  }
  for (const pathway of AXIS_PATHWAYS) {
    const tagged = live(await db.papers.where('axisPathways').equals(pathway.id).primaryKeys())
    counts.set(`pathway:${pathway.id}`, { tagged: tagged.size, suggested: 0 })
  }
  return counts
}

/** Up to `limit` titles of papers tagged with the node (children included), for the map's hover card. */
export function useTopPapers(id: string | null, limit = 3): string[] | undefined {
  const db = useDatabase()
  return useLiveQuery(async () => {
    if (!id) return []
    const papers = id.startsWith('pathway:')
      ? await db.papers.where('axisPathways').equals(id.slice('pathway:'.length)).limit(limit).toArray()
      : await db.papers.where('axisNodes').anyOf(nodeAndDescendants(id)).distinct().limit(limit).toArray()
    return papers.map((paper) => paper.csl.title ?? '(untitled)')
  }, [db, id, limit])
}

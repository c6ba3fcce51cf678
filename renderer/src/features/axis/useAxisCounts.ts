import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo } from 'react'
import { AXIS_NODES, AXIS_PATHWAYS, nodeAndDescendants } from '../../../../shared/axis'
import { useDatabase } from '../../db'
import type { FacetCounts } from '../../search/facets'
import type { SearchClient } from '../../search/searchClient'
import { useFacets } from '../../search/useFacets'

export interface AxisCount {
  /** Papers with an accepted tag on this node or a node below it. */
  tagged: number
  /** Papers where it is only suggested (pending), counted apart. */
  suggested: number
}

/**
 * Every node and pathway id → its counts in the whole library (the trash left out), from
 * the search worker, which holds every paper's summary in memory: counting 50,000 papers
 * there takes milliseconds, where some fifty index reads of the database took seconds
 * and began again after every write. `counts` is undefined until the worker answers;
 * `failure` says in words why they could not be updated.
 */
export function useAxisCounts(client: SearchClient | undefined): { counts: Map<string, AxisCount> | undefined; failure?: string } {
  const { counts: facets, failure } = useFacets(client, '')
  const counts = useMemo(() => (facets ? axisCountsOf(facets) : undefined), [facets])
  return { counts, failure }
}

/** The axis part of facet counts, keyed as the map and the tree look them up. */
export function axisCountsOf(facets: FacetCounts): Map<string, AxisCount> {
  const counts = new Map<string, AxisCount>()
  for (const node of AXIS_NODES) counts.set(node.id, { tagged: facets.nodes[node.id] ?? 0, suggested: facets.suggestedNodes[node.id] ?? 0 })
  for (const pathway of AXIS_PATHWAYS) counts.set(`pathway:${pathway.id}`, { tagged: facets.pathways[pathway.id] ?? 0, suggested: 0 })
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

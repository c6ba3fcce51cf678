import { useEffect, useState } from 'react'
import type { SearchScope } from './engine'
import type { FacetCounts } from './facets'
import type { SearchClient } from './searchClient'

/** Typing pauses this long before the counts are asked for: they need not follow every key. */
const SETTLE_MS = 150

/**
 * The facet counts of what a query finds, from the search worker; counted again when the
 * library changes. The previous counts stay until new ones arrive.
 */
export function useFacets(client: SearchClient | undefined, query: string, scope: SearchScope = {}): FacetCounts | undefined {
  const [facets, setFacets] = useState<FacetCounts>()
  const [revision, setRevision] = useState(0)
  const { collectionId, trash } = scope
  useEffect(() => client?.subscribe((event) => event.type === 'changed' && setRevision((value) => value + 1)), [client])
  useEffect(() => {
    if (!client) return
    let current = true
    const timer = setTimeout(() => {
      client
        .facets(query, { collectionId, trash })
        .then((counts) => current && setFacets(counts))
        .catch(() => undefined)
    }, SETTLE_MS)
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [client, query, collectionId, trash, revision])
  return facets
}

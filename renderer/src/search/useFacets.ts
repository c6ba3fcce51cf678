import { useEffect, useRef, useState } from 'react'
import type { SearchScope } from './engine'
import type { FacetCounts } from './facets'
import type { SearchClient } from './searchClient'

/** Typing pauses this long before the counts are asked for: they need not follow every key. */
const SETTLE_MS = 150

/** Runs `run` after `ms`; returns the cancel. Injected by tests to see how long a count waits. */
export type Schedule = (run: () => void, ms: number) => () => void

const afterTimeout: Schedule = (run, ms) => {
  const timer = setTimeout(run, ms)
  return () => clearTimeout(timer)
}

export interface FacetState {
  /** The latest counts; the previous ones while new ones are counted or after a failure. */
  counts: FacetCounts | undefined
  /** Why the counts could not be updated, in words; cleared when counting works again. */
  failure?: string
}

/**
 * The facet counts of what a query finds, from the search worker; counted again when the
 * library changes. The previous counts stay until new ones arrive; a count that fails says
 * so, and the next query or change of the library counts again. Only typing waits for a
 * pause: after an edit the counts are asked for at once (the worker keeps them up to date).
 */
export function useFacets(client: SearchClient | undefined, query: string, scope: SearchScope = {}, schedule: Schedule = afterTimeout): FacetState {
  const [state, setState] = useState<FacetState>({ counts: undefined })
  const [revision, setRevision] = useState(0)
  const { collectionId, trash } = scope
  const asked = useRef('')
  useEffect(() => client?.subscribe((event) => event.type === 'changed' && setRevision((value) => value + 1)), [client])
  useEffect(() => {
    if (!client) return
    let current = true
    const what = JSON.stringify([query, collectionId, trash])
    const settle = what === asked.current ? 0 : SETTLE_MS
    asked.current = what
    const cancel = schedule(() => {
      client.facets(query, { collectionId, trash }).then(
        (counts) => current && setState({ counts }),
        (error: unknown) => current && setState((previous) => ({ counts: previous.counts, failure: `Counts could not be updated: ${error instanceof Error ? error.message : String(error)}` })),
      )
    }, settle)
    return () => {
      current = false
      cancel()
    }
  }, [client, query, collectionId, trash, revision, schedule])
  return state
}

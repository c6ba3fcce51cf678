import { useCallback } from 'react'
import { queueRetractionChecks, useDatabase } from '../../db'
import { retractionCheckMessage } from './notice'

/**
 * "Check for retractions": queues a `retraction` lookup for each paper (these, or the whole
 * library) that has a DOI or PMID, and says on the status line what was queued, or why not.
 */
export function useRetractionCheck(setMessage: (message: string) => void): (paperIds?: readonly string[]) => void {
  const db = useDatabase()
  return useCallback(
    (paperIds) => {
      queueRetractionChecks(db, paperIds).then(
        (counts) => setMessage(retractionCheckMessage(counts, paperIds ? 'selection' : 'library')),
        (error: unknown) => setMessage(`Retraction checks were not queued: ${error instanceof Error ? error.message : String(error)}`),
      )
    },
    [db, setMessage],
  )
}

import { useCallback } from 'react'
import { queueCompletionLookups, useDatabase } from '../../db'

/**
 * "Complete from PubMed/Crossref" for the selection: queues each paper's completing lookup
 * (they run when online lookups are on and the network answers) and says what it did.
 */
export function useCompleteSelection(say: (message: string) => void): (paperIds: readonly string[]) => void {
  const db = useDatabase()
  return useCallback(
    (paperIds) => {
      queueCompletionLookups(db, paperIds).then(
        (result) => say(completionMessage(result)),
        (error: unknown) => say(`The lookups could not be queued: ${error instanceof Error ? error.message : String(error)}`),
      )
    },
    [db, say],
  )
}

/** "2 papers queued for completion from PubMed/Crossref; 1 has no identifier or title to look up by." */
export function completionMessage({ queued, nothingToLookUp }: { queued: number; nothingToLookUp: number }): string {
  const papers = (count: number) => `${count} paper${count === 1 ? '' : 's'}`
  const first = queued > 0 ? `${papers(queued)} queued for completion from PubMed/Crossref` : 'Nothing was queued'
  if (nothingToLookUp === 0) return `${first}.`
  return `${first}; ${papers(nothingToLookUp)} ${nothingToLookUp === 1 ? 'has' : 'have'} no identifier or title to look up by.`
}

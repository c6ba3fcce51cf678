import { useLiveQuery } from 'dexie-react-hooks'
import { useCallback, useEffect, useRef } from 'react'
import { useDatabase } from '../../db'
import { useFirstScreenShown } from '../workspace/firstScreen'
import { createSuggester, type Suggester } from './suggester'

/**
 * Keeps suggestions current in the background: at start, whenever a registry lookup is done
 * (it may have brought MeSH headings or publication types), and whenever `refresh` is called
 * (after an import, after full text arrives). Calls while one runs are folded into one more run.
 * A run that fails (the suggester's worker crashed) is told to `onError` in words; the next
 * call runs again on a fresh worker.
 */
export function useSuggestionRefresh(onError: (message: string) => void): () => void {
  const db = useDatabase()
  const suggester = useRef<Suggester | null>(null)
  const running = useRef<Promise<void> | null>(null)
  const again = useRef(false)

  const refresh = useCallback(() => {
    if (running.current) {
      again.current = true
      return
    }
    running.current = (async () => {
      do {
        again.current = false
        // taken afresh each round: a remount (StrictMode) disposes the one a round began with
        const current = (suggester.current ??= createSuggester())
        // read, suggested and written in the worker: the page only waits
        await current.refresh(db.name).catch((error: unknown) => {
          // a suggester disposed on unmount rejects what it was asked: nobody waits for that
          if (suggester.current === current) throw error
        })
      } while (again.current)
    })()
      .catch((error: unknown) => onError(`Axis suggestions were not updated: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        running.current = null
      })
  }, [db, onError])

  // at start, once the first screen is shown: the refresh reads the queue and the papers in it
  const shown = useFirstScreenShown()
  useEffect(() => {
    if (shown) refresh()
  }, [refresh, shown])
  useEffect(
    () => () => {
      suggester.current?.dispose()
      suggester.current = null
    },
    [refresh],
  )

  const lookupsDone = useLiveQuery<number | undefined>(() => (shown ? db.lookups.where('state').equals('done').count() : undefined), [db, shown])
  const seenDone = useRef<number | undefined>(undefined)
  useEffect(() => {
    if (lookupsDone === undefined) return
    // the first count is the start's, which the refresh above covers
    if (seenDone.current !== undefined && lookupsDone !== seenDone.current) refresh()
    seenDone.current = lookupsDone
  }, [lookupsDone, refresh])

  return refresh
}

import { useCallback, useEffect, useRef } from 'react'
import { useDatabase } from '../../db'
import { createSuggester } from './suggester'
import { refreshSuggestions } from './suggestions'

/**
 * Keeps suggestions current in the background: at start, and whenever `refresh` is called
 * (after an import, after full text arrives). Calls while one runs are folded into one more run.
 */
export function useSuggestionRefresh(): () => void {
  const db = useDatabase()
  const suggester = useRef<ReturnType<typeof createSuggester> | null>(null)
  const running = useRef<Promise<void> | null>(null)
  const again = useRef(false)

  const refresh = useCallback(() => {
    if (running.current) {
      again.current = true
      return
    }
    suggester.current ??= createSuggester()
    const { suggest } = suggester.current
    running.current = (async () => {
      do {
        again.current = false
        await refreshSuggestions(db, suggest)
      } while (again.current)
    })().finally(() => {
      running.current = null
    })
  }, [db])

  useEffect(() => {
    refresh()
    return () => {
      suggester.current?.dispose()
      suggester.current = null
    }
  }, [refresh])

  return refresh
}

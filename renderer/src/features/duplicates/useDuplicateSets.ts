import { liveQuery } from 'dexie'
import { useEffect, useState } from 'react'
import type { DuplicateSet } from '../../../../shared/dedup'
import { NOT_DUPLICATES, readSetting, useDatabase } from '../../db'
import { getDuplicateFinder } from './duplicateFinder'

export interface DuplicateSetsState {
  /** The latest sets; the previous ones while new ones are looked for or after a failure. */
  sets?: DuplicateSet[]
  /** Why the sets could not be looked for, in words; cleared when a search works again. */
  failure?: string
}

/**
 * The library's duplicate sets, found by the duplicates worker and found again whenever a
 * paper or a "not duplicates" decision changes. A search overtaken by a newer change is
 * cancelled, so edits in a row cost one search, not one each.
 */
export function useDuplicateSets(): DuplicateSetsState {
  const db = useDatabase()
  const [revision, setRevision] = useState(0)
  const [state, setState] = useState<DuplicateSetsState>({})
  useEffect(() => {
    // Reading the first paper through a query over all keys observes every paper: any write
    // to a paper (an edit, a trash, a merge) or to the decisions emits again, and one record
    // is read. (A count observed the same, but Chromium walks the whole store to count.)
    const subscription = liveQuery(() => Promise.all([db.papers.limit(1).toArray(), readSetting(db, NOT_DUPLICATES)])).subscribe({
      next: () => setRevision((value) => value + 1),
      error: (error: unknown) => setState((previous) => ({ sets: previous.sets, failure: `Changes to the library are not followed: ${messageOf(error)}` })),
    })
    return () => subscription.unsubscribe()
  }, [db])
  useEffect(() => {
    if (revision === 0) return
    const controller = new AbortController()
    getDuplicateFinder()
      .find(db.name, controller.signal)
      .then(
        (sets) => setState({ sets }),
        (error: unknown) => {
          // a search cancelled for a newer one is not a failure: the newer one answers
          if (!controller.signal.aborted) setState((previous) => ({ sets: previous.sets, failure: `Duplicates could not be looked for: ${messageOf(error)}` }))
        },
      )
    return () => controller.abort()
  }, [db, revision])
  return state
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

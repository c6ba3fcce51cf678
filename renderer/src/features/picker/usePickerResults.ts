import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo } from 'react'
import { useDatabase } from '../../db'
import { useSearchResults, type PaperRow, type SearchClient } from '../../search'
import { useListRows } from '../library'

/** How many matches the picker lists: a quick search, not a browser. */
export const PICKER_RESULTS = 8

export interface PickerResults {
  rows: PaperRow[]
  /** The rows answer an older query: the current one is still running. */
  pending: boolean
  /** Why the search or its rows failed, in words. */
  failure?: string
}

/** One word that could begin a citation key ("maes2008", "Kelly_2016"): looked up by key as well. */
const KEY_LIKE = /^[\p{L}\p{N}_:.+-]{2,}$/u

/** Papers whose citation key starts with what is typed, not in the trash: the list's search does not look at keys. */
function useKeyMatches(query: string): string[] | undefined {
  const db = useDatabase()
  const word = query.trim()
  const answer = useLiveQuery(async () => {
    if (!KEY_LIKE.test(word)) return { for: word, ids: [] }
    const papers = await db.papers.where('citationKey').startsWithIgnoreCase(word).limit(PICKER_RESULTS).toArray()
    return { for: word, ids: papers.filter((paper) => paper.trashedAt === undefined).map((paper) => paper.id) }
  }, [db, word])
  // an answer for an earlier word is not one for this word
  return answer?.for === word ? answer.ids : undefined
}

/**
 * The first matches for what is typed, from the same search worker and rows as the paper list
 * (so the picker finds what the list finds, by author, title, year or any field), newest first
 * while nothing is typed; papers whose citation key starts with the word typed come first.
 */
export function usePickerResults(client: SearchClient, query: string): PickerResults {
  const search = useSearchResults(client, query)
  const byKey = useKeyMatches(query)
  const ids = useMemo(() => [...new Set([...(byKey ?? []), ...(search.ids ?? [])])].slice(0, PICKER_RESULTS), [byKey, search.ids])
  const { rows, failure } = useListRows(client, ids)
  const shown = ids.flatMap((id) => rows.get(id) ?? [])
  return { rows: shown, pending: search.pending || byKey === undefined || shown.length < ids.length, failure: search.failure ?? failure }
}

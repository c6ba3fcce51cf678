import { useLiveQuery } from 'dexie-react-hooks'
import { useDatabase } from './DatabaseContext'
import type { NoteRecord } from './schema'

/** A paper's notes, oldest first (the order they were written in). */
export function useNotes(paperId: string | undefined): NoteRecord[] | undefined {
  const db = useDatabase()
  return useLiveQuery(async () => (paperId ? (await db.notes.where('paperId').equals(paperId).toArray()).sort((a, b) => a.createdAt - b.createdAt) : []), [db, paperId])
}

/** Every tag used in the library, sorted, for autocomplete (the tags index holds each once). */
export function useAllTags(): string[] | undefined {
  const db = useDatabase()
  return useLiveQuery(async () => (await db.papers.orderBy('tags').uniqueKeys()).map(String), [db])
}

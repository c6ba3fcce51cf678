import { useLiveQuery } from 'dexie-react-hooks'
import type { CollectionRecord, PaperRecord } from './schema'
import { countLibraryPapers, listLibraryPapers } from './papers'
import { useDatabase } from './DatabaseContext'

/** The papers in the library (not the trash), newest first; undefined while loading. */
export function useLibraryPapers(): PaperRecord[] | undefined {
  const db = useDatabase()
  return useLiveQuery(() => listLibraryPapers(db), [db])
}

export function useLibraryPaperCount(): number | undefined {
  const db = useDatabase()
  return useLiveQuery(() => countLibraryPapers(db), [db])
}

export function usePaper(id: string | undefined): PaperRecord | undefined {
  const db = useDatabase()
  return useLiveQuery(() => (id ? db.papers.get(id) : undefined), [db, id])
}

export function useCollections(): CollectionRecord[] | undefined {
  const db = useDatabase()
  return useLiveQuery(() => db.collections.orderBy('name').toArray(), [db])
}

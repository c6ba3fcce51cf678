import { useLiveQuery } from 'dexie-react-hooks'
import type { AttachmentRecord, CollectionRecord, PaperRecord } from './schema'
import { countLibraryPapers, listLibraryPapers, type PaperFilter } from './papers'
import { useDatabase } from './DatabaseContext'

/** The papers in the library (not the trash), newest first; undefined while loading. */
export function useLibraryPapers(filter: PaperFilter = {}): PaperRecord[] | undefined {
  const db = useDatabase()
  const key = JSON.stringify(filter)
  // `key` stands for the filter's value: a new object with the same terms must not re-query
  return useLiveQuery(() => listLibraryPapers(db, filter), [db, key])
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

export function useAttachments(paperId: string | undefined): AttachmentRecord[] | undefined {
  const db = useDatabase()
  return useLiveQuery(() => (paperId ? db.attachments.where('paperId').equals(paperId).toArray() : []), [db, paperId])
}

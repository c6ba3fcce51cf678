import { useLiveQuery } from 'dexie-react-hooks'
import type { SettingKey, SettingValue } from '../../../shared/domain/settings'
import type { AttachmentRecord, CollectionRecord, PaperRecord, SavedSearchRecord } from './schema'
import { countTrash } from './library'
import { readSetting } from './settings'
import { countLibraryPapers, listLibraryPapers, type PaperFilter } from './papers'
import { useDatabase } from './DatabaseContext'

/** The papers in the library (not the trash), newest first; undefined while loading. */
export function useLibraryPapers(filter: PaperFilter = {}): PaperRecord[] | undefined {
  const db = useDatabase()
  const key = JSON.stringify(filter)
  // `key` stands for the filter's value: a new object with the same terms must not re-query
  return useLiveQuery(() => listLibraryPapers(db, filter), [db, key])
}

/**
 * Papers in the library, the trash left out; undefined while counted, or while `counting`
 * is false. Chromium counts a store by walking it (a third of a second at 20,000 papers,
 * longer at 100,000) and a live count runs again after every write, holding up the reads
 * queued behind it: pass false where the search worker's count can be had instead.
 */
export function useLibraryPaperCount(counting = true): number | undefined {
  const db = useDatabase()
  return useLiveQuery(() => (counting ? countLibraryPapers(db) : undefined), [db, counting])
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

export function useSavedSearches(): SavedSearchRecord[] | undefined {
  const db = useDatabase()
  return useLiveQuery(() => db.savedSearches.orderBy('name').toArray(), [db])
}

export function useTrashCount(): number | undefined {
  const db = useDatabase()
  return useLiveQuery(() => countTrash(db), [db])
}

/** A remembered setting: undefined while it is read, then `{ value }` (the key's default if never set). */
export function useSetting<K extends SettingKey>(key: K): { value: SettingValue<K> } | undefined {
  const db = useDatabase()
  return useLiveQuery(async () => ({ value: await readSetting(db, key) }), [db, key])
}

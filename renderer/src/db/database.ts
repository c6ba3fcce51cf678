import { Dexie, type Table } from 'dexie'
import { syncStampsMiddleware } from './revisions'
import { suggestionQueueMiddleware, type SuggestionQueueEntry } from './suggestionQueue'
import { syncOutboxMiddleware } from './syncOutbox'
import {
  DATABASE_NAME,
  SCHEMA_VERSIONS,
  type AnnotationRecord,
  type AttachmentRecord,
  type CollectionRecord,
  type FullTextRecord,
  type QueuedLookup,
  type MergedPaperRecord,
  type NoteRecord,
  type PaperRecord,
  type SavedSearchRecord,
  type SettingRecord,
  type SyncOutboxEntry,
  type SyncStateRecord,
  type Unstamped,
} from './schema'

export interface DatabaseOptions {
  /** The clock that stamps `modifiedAt` on writes (tests pass their own). */
  now?: () => number
}

/** The library in IndexedDB: the source of truth for everything the renderer shows. */
export class AxisRefDatabase extends Dexie {
  papers!: Table<PaperRecord, string, Unstamped<PaperRecord>>
  attachments!: Table<AttachmentRecord, string, Unstamped<AttachmentRecord>>
  notes!: Table<NoteRecord, string, Unstamped<NoteRecord>>
  collections!: Table<CollectionRecord, string, Unstamped<CollectionRecord>>
  settings!: Table<SettingRecord, string, Unstamped<SettingRecord, 'id'>>
  fullTexts!: Table<FullTextRecord, string, Unstamped<FullTextRecord, 'id'>>
  annotations!: Table<AnnotationRecord, string, Unstamped<AnnotationRecord>>
  savedSearches!: Table<SavedSearchRecord, string, Unstamped<SavedSearchRecord>>
  mergedPapers!: Table<MergedPaperRecord, string, Unstamped<MergedPaperRecord>>
  lookups!: Table<QueuedLookup, string, Unstamped<QueuedLookup>>
  syncOutbox!: Table<SyncOutboxEntry, string>
  syncState!: Table<SyncStateRecord, string>
  suggestionQueue!: Table<SuggestionQueueEntry, string>

  constructor(name: string = DATABASE_NAME, options: DatabaseOptions = {}) {
    super(name)
    for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
      const declared = this.version(version).stores(stores)
      if (upgrade) declared.upgrade(upgrade)
    }
    // first, so below the stamps: the queue's own rows are bookkeeping, not stamped
    this.use(suggestionQueueMiddleware())
    this.use(syncStampsMiddleware(options.now ?? Date.now))
    // after the stamps, so above them: a write is recorded only once it and its stamping succeeded
    this.use(syncOutboxMiddleware())
  }
}

export function openDatabase(name?: string, options?: DatabaseOptions): AxisRefDatabase {
  return new AxisRefDatabase(name, options)
}

/**
 * The libraries a worker opened, by database name, each opened once with the app's schema
 * (and its middlewares) and closed together when the worker ends.
 */
export function libraryOpener(): { library(name: string): AxisRefDatabase; closeAll(): void } {
  const open = new Map<string, AxisRefDatabase>()
  return {
    library: (name) => {
      const db = open.get(name) ?? openDatabase(name)
      open.set(name, db)
      return db
    },
    closeAll: () => {
      for (const db of open.values()) db.close()
      open.clear()
    },
  }
}

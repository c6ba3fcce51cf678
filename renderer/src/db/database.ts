import { Dexie, type EntityTable } from 'dexie'
import {
  DATABASE_NAME,
  SCHEMA_VERSIONS,
  type AnnotationRecord,
  type AttachmentRecord,
  type CollectionRecord,
  type FullTextRecord,
  type MergedPaperRecord,
  type NoteRecord,
  type PaperRecord,
  type SavedSearchRecord,
  type SettingRecord,
} from './schema'

/** The library in IndexedDB: the source of truth for everything the renderer shows. */
export class AxisRefDatabase extends Dexie {
  papers!: EntityTable<PaperRecord, 'id'>
  attachments!: EntityTable<AttachmentRecord, 'id'>
  notes!: EntityTable<NoteRecord, 'id'>
  collections!: EntityTable<CollectionRecord, 'id'>
  settings!: EntityTable<SettingRecord, 'key'>
  fullTexts!: EntityTable<FullTextRecord, 'attachmentId'>
  annotations!: EntityTable<AnnotationRecord, 'id'>
  savedSearches!: EntityTable<SavedSearchRecord, 'id'>
  mergedPapers!: EntityTable<MergedPaperRecord, 'id'>

  constructor(name: string = DATABASE_NAME) {
    super(name)
    for (const { version, stores } of SCHEMA_VERSIONS) this.version(version).stores(stores)
  }
}

export function openDatabase(name?: string): AxisRefDatabase {
  return new AxisRefDatabase(name)
}

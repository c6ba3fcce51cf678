import type { Transaction } from 'dexie'
import type {
  AnnotationRow,
  AttachmentRow,
  CollectionRow,
  FullTextRow,
  LookupRow,
  MergedPaperRow,
  NoteRow,
  PaperRow,
  SavedSearchRow,
  SettingRow,
  SyncFields,
} from '../../../shared/domain/rows'
import type { SyncedTable } from '../../../shared/sync/documents'
import { stampExistingRows } from './revisions'
import { queueEveryPaper } from './suggestionQueue'

/**
 * The stored rows are defined once, as zod schemas in `shared/domain/rows.ts`; these are
 * their types under the names the renderer has always used.
 */
export type PaperRecord = PaperRow
export type AttachmentRecord = AttachmentRow
export type FullTextRecord = FullTextRow
export type NoteRecord = NoteRow
export type CollectionRecord = CollectionRow
export type AnnotationRecord = AnnotationRow
export type SavedSearchRecord = SavedSearchRow
export type MergedPaperRecord = MergedPaperRow
export type SettingRecord = SettingRow
export type QueuedLookup = LookupRow
export type { StoredAxisSuggestions, StoredEvidence } from '../../../shared/domain/rows'

/**
 * A row as a write path gives it: the database stamps `modifiedAt` and `revision` on every
 * write (`revisions.ts`), and copies the key into `id` where the key is another field (`K`).
 */
export type Unstamped<T extends SyncFields, K extends keyof SyncFields = never> = Omit<T, 'modifiedAt' | 'revision' | K> &
  Partial<Pick<T, 'modifiedAt' | 'revision' | K>>

/**
 * A row of a synced table changed on this device and not yet handed to main (`syncOutbox.ts`).
 * `id` is `<table>:<rowId>`; `seq` changes on every write of the row, so sending it deletes the
 * entry only if the row was not written again meanwhile.
 */
export interface SyncOutboxEntry {
  id: string
  table: SyncedTable
  rowId: string
  seq: number
}

/** How far this device got with one connection (its id, from main's sync status). */
export interface SyncStateRecord {
  id: string
  /** The last change received and applied ('' for none). */
  since: string
  /** Every row of the library was handed to main for this connection. */
  pushedAll: boolean
}

export interface SchemaVersion {
  version: number
  /** Dexie store definitions: primary key first, then indexes (`&` unique, `*` multi-entry). */
  stores: Record<string, string | null>
  /** Fills what the version adds in rows written by the versions before it. */
  upgrade?: (transaction: Transaction) => Promise<void>
}

/**
 * Every schema version ever released, oldest first. Append only: a released version is
 * never edited (a test compares each against its committed snapshot); a change is a new
 * version with an upgrade function and a test that opens a database of the one before.
 */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      papers: 'id, &citationKey, doi, pmid, addedAt, modifiedAt, *axisNodes, *tags, *collections, trashedAt',
      attachments: 'id, paperId, hash',
      notes: 'id, paperId, modifiedAt',
      collections: 'id, parentId, name',
      settings: 'key',
    },
  },
  {
    version: 2,
    stores: {
      fullTexts: 'attachmentId, paperId',
    },
  },
  {
    version: 3,
    stores: {
      papers: 'id, &citationKey, doi, pmid, addedAt, modifiedAt, *axisNodes, *tags, *collections, trashedAt, *axisPathways, *axisSuggested, studyType',
    },
  },
  {
    version: 4,
    stores: {
      papers: 'id, &citationKey, doi, pmid, addedAt, modifiedAt, *axisNodes, *tags, *collections, trashedAt, *axisPathways, *axisSuggested, studyType, *citationKeyAliases',
    },
  },
  {
    version: 5,
    stores: {
      annotations: 'id, paperId, attachmentId, modifiedAt',
      savedSearches: 'id, name',
    },
  },
  {
    version: 6,
    stores: {
      mergedPapers: 'id, keptId',
    },
  },
  {
    // what sync will need: every row gets a stable id, a modification time and a revision
    version: 7,
    stores: {},
    // the tables versions 1 to 7 made: an upgrade that goes on to a later version runs this
    // before that version's new tables exist
    upgrade: (transaction) => stampExistingRows(transaction, Date.now(), ['papers', 'attachments', 'notes', 'collections', 'settings', 'fullTexts', 'annotations', 'savedSearches', 'mergedPapers']),
  },
  {
    // the registry lookups waiting to run (add by identifier, complete, retraction check)
    version: 8,
    stores: {
      lookups: 'id, state, paperId, createdAt',
    },
  },
  {
    // sync's bookkeeping on this device (syncOutbox.ts, features/sync): the rows changed here
    // and not yet handed to main, and how far each connection got
    version: 9,
    stores: {
      syncOutbox: 'id',
      syncState: 'id',
    },
  },
  {
    // the papers whose axis suggestions may be stale (suggestionQueue.ts), so that the refresh
    // at start reads those, not every paper; suggestions of an older ontology found by an index
    version: 10,
    stores: {
      papers: 'id, &citationKey, doi, pmid, addedAt, modifiedAt, *axisNodes, *tags, *collections, trashedAt, *axisPathways, *axisSuggested, studyType, *citationKeyAliases, axisSuggestions.ontologyVersion',
      suggestionQueue: 'paperId',
    },
    upgrade: queueEveryPaper,
  },
  {
    // the lookup queue read by index at 100,000 rows (lookupQueue.ts): the next batch of a
    // state in run order (adds, the user's own, before completions), and the few rows that
    // wait for a time (backoff, lookups off) found without reading the waiting ones
    version: 11,
    stores: {
      lookups: 'id, state, paperId, createdAt, notBefore, [state+purpose+createdAt]',
    },
  },
]

export const DATABASE_NAME = 'axisref'

import type { CslItem } from '../../../shared/domain/csl'

/** A paper: the CSL-JSON record, its pinned citation key, and the app's own fields. */
export interface PaperRecord {
  id: string
  /** Pinned when the paper enters the library; only an explicit "regenerate" changes it. */
  citationKey: string
  csl: CslItem
  /** Lower-case DOI, kept beside the record for duplicate look-ups. */
  doi?: string
  pmid?: string
  addedAt: number
  modifiedAt: number
  /** Accepted MGIG axis node ids. */
  axisNodes: string[]
  tags: string[]
  /** Ids of the collections the paper is in (a paper can be in several). */
  collections: string[]
  /** Set when the paper is in the trash. */
  trashedAt?: number
}

/** A file of a paper; the bytes live in the library folder under their SHA-256. */
export interface AttachmentRecord {
  id: string
  paperId: string
  /** SHA-256 of the content, hex. */
  hash: string
  size: number
  originalName: string
  pageCount?: number
  textExtracted: boolean
  addedAt: number
}

export interface NoteRecord {
  id: string
  paperId: string
  markdown: string
  createdAt: number
  modifiedAt: number
}

export interface CollectionRecord {
  id: string
  name: string
  /** Nested collections: the parent's id. */
  parentId?: string
  createdAt: number
}

export interface SettingRecord {
  key: string
  value: unknown
}

export interface SchemaVersion {
  version: number
  /** Dexie store definitions: primary key first, then indexes (`&` unique, `*` multi-entry). */
  stores: Record<string, string | null>
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
]

export const DATABASE_NAME = 'axisref'

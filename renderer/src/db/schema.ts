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
  /** Where each field came from when it was read from a PDF, and how sure that is. */
  fieldSources?: Record<string, { source: string; confidence: number }>
  /** Accepted MGIG pathway ids. */
  axisPathways?: string[]
  /** The suggester's last answer for this paper (pending, accepted and rejected alike). */
  axisSuggestions?: StoredAxisSuggestions
  /** Suggestions the user rejected: never offered again for this paper. */
  axisRejected?: { nodes: string[]; pathways: string[]; studyTypes: string[] }
  /** Node ids suggested and neither accepted nor rejected (indexed, for counts apart from tags). */
  axisSuggested?: string[]
  /** Accepted study type id (meta-analysis, rct, cohort …). */
  studyType?: string
  /** Keys of papers merged into this one: an old \cite{} still finds it. */
  citationKeyAliases?: string[]
  /** The bibliographic extras beside CSL-JSON: keywords, MeSH headings, publication types. */
  extension?: { keywords?: string[]; mesh?: { descriptor: string; major: boolean }[]; publicationTypes?: string[] }
}

export interface StoredEvidence {
  term: string
  field: string
}

/** What suggestAxis said, stamped with the ontology version it was computed with. */
export interface StoredAxisSuggestions {
  ontologyVersion: string
  /** True when the PDF's full text was part of the input. */
  withFullText: boolean
  nodes: { id: string; score: number; evidence: StoredEvidence[] }[]
  pathways: { id: string; score: number; evidence: StoredEvidence[] }[]
  studyType: { id: string; evidence: StoredEvidence[] } | null
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
  /** The PDF has no text layer (a scan): no metadata or full text could be read. */
  scanned?: boolean
  /**
   * Why the full text could not be read, when it could not: the file is not read again
   * after every import (each try may take the reader's whole time limit), only on "Retry".
   */
  fullTextFailure?: { code: string; reason: string; failedAt: number }
  addedAt: number
}

/** The text of an attachment's pages, kept apart from the paper so lists stay light. */
export interface FullTextRecord {
  attachmentId: string
  paperId: string
  text: string
  truncated: boolean
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

/**
 * A highlight or note on a page of a PDF. Rectangles are in PDF user-space units of that
 * page (origin bottom-left, as pdf.js reports them), so they hold at any zoom.
 */
export interface AnnotationRecord {
  id: string
  paperId: string
  attachmentId: string
  /** 1-based page number. */
  page: number
  kind: 'highlight' | 'note'
  rects: { x: number; y: number; width: number; height: number }[]
  /** The text under a highlight, as selected. */
  quote?: string
  /** The user's note, Markdown. */
  comment?: string
  color?: string
  createdAt: number
  modifiedAt: number
}

/** A search the user named: it runs again whenever it is opened, so it stays current. */
export interface SavedSearchRecord {
  id: string
  name: string
  /** The query in the search box's language (fielded terms, phrases, exclusions). */
  query: string
  createdAt: number
}

/**
 * Where a merged-away paper went: its notes, highlights and PDFs belong to `keptId` now. The
 * library check follows it to re-attach rows an older merge left pointing at nothing.
 */
export interface MergedPaperRecord {
  /** The id of the paper merged away. */
  id: string
  keptId: string
  citationKey: string
  mergedAt: number
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
]

export const DATABASE_NAME = 'axisref'

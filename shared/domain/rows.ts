import { z } from 'zod'
import { cslItemSchema, itemExtensionSchema } from './csl'
import { fieldProvenanceSchema } from './provenance'
import { authorIdentitySchema, fieldConflictSchema, storedRetractionSchema, unreadableTitleSchema } from './registry'

/**
 * Every row AxisRef stores in IndexedDB, described once. The renderer's Dexie record types
 * and the backup snapshot's schema are derived from these; nothing else writes them again.
 *
 * Each row carries what sync needs: a stable `id` (the primary key, or a copy of it where
 * the key is another field), `modifiedAt` (milliseconds since 1970) and `revision` (1 when
 * created, one more on every write). The database stamps the last two on every write.
 */

const id = z.string().min(1)
const timestamp = z.number()
const ids = z.array(z.string())

/** A PDF's SHA-256 in lower-case hex: how a stored file is named, never by path. */
export const contentHashSchema = z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 in lower-case hex')

export const syncFieldsSchema = z.object({
  id,
  modifiedAt: timestamp,
  revision: z.number().int().min(1),
})

const evidenceSchema = z.object({ term: z.string(), field: z.string() })
const scoredSchema = z.object({ id: z.string(), score: z.number(), evidence: z.array(evidenceSchema) })

/** What suggestAxis said, stamped with the ontology version it was computed with. */
export const storedAxisSuggestionsSchema = z.object({
  ontologyVersion: z.string(),
  /** True when the PDF's full text was part of the input. */
  withFullText: z.boolean(),
  /**
   * The MeSH headings and publication types of the input, as a short fingerprint: when a
   * lookup brings new ones, the suggestions are made again. Absent when the paper had none.
   */
  registryKey: z.string().optional(),
  nodes: z.array(scoredSchema),
  pathways: z.array(scoredSchema),
  studyType: z.object({ id: z.string(), evidence: z.array(evidenceSchema) }).nullable(),
})

/**
 * A value another device gave a field of this paper while this device changed it too (sync):
 * the later edit won, this is the other, kept so the user can restore it. `field` is the
 * CSL field as `csl.<name>` or the paper's own field name (`tags`, `studyType` …); `value`
 * absent means the other device had removed the field.
 */
export const syncConflictSchema = z.object({
  field: z.string(),
  value: z.unknown().optional(),
  device: z.string(),
  deviceName: z.string(),
  user: z.string(),
  /** When the other device made its edit. */
  at: timestamp,
})

/** A paper: the CSL-JSON record, its pinned citation key, and the app's own fields. */
export const paperRowSchema = syncFieldsSchema.extend({
  /** Pinned when the paper enters the library; only an explicit "regenerate" changes it. */
  citationKey: z.string(),
  csl: cslItemSchema,
  /** Lower-case DOI, kept beside the record for duplicate look-ups. */
  doi: z.string().optional(),
  pmid: z.string().optional(),
  addedAt: timestamp,
  /** Accepted MGIG axis node ids. */
  axisNodes: ids,
  tags: ids,
  /** Ids of the collections the paper is in (a paper can be in several). */
  collections: ids,
  /** Set when the paper is in the trash. */
  trashedAt: timestamp.optional(),
  /** Where each CSL field came from and how sure that is. */
  fieldSources: z.record(z.string(), fieldProvenanceSchema).optional(),
  /** Accepted MGIG pathway ids. */
  axisPathways: ids.optional(),
  /** The suggester's last answer for this paper (pending, accepted and rejected alike). */
  axisSuggestions: storedAxisSuggestionsSchema.optional(),
  /** Suggestions the user rejected: never offered again for this paper. */
  axisRejected: z.object({ nodes: ids, pathways: ids, studyTypes: ids }).optional(),
  /** Node ids suggested and neither accepted nor rejected (indexed, for counts apart from tags). */
  axisSuggested: ids.optional(),
  /** Accepted study type id (meta-analysis, rct, cohort …). */
  studyType: z.string().optional(),
  /** Keys of papers merged into this one: an old \cite{} still finds it. */
  citationKeyAliases: ids.optional(),
  /** The bibliographic extras beside CSL-JSON: keywords, MeSH headings, publication types. */
  extension: itemExtensionSchema.optional(),
  /** ORCID and affiliations, one entry per `csl.author`, same order, as a registry gave them. */
  authorIdentities: z.array(authorIdentitySchema).optional(),
  /** Retraction, expression of concern or correction, as a registry said when last asked. */
  retraction: storedRetractionSchema.optional(),
  /** Registry values that disagree with what the user or an imported file gave: the user chooses. */
  lookupConflicts: z.array(fieldConflictSchema).optional(),
  /** The PDF's title was not text: kept here, never shown as the title; a lookup is queued. */
  unreadableTitle: unreadableTitleSchema.optional(),
  /** Values that lost to another device's edit of the same field (sync): shown with keep / restore. */
  syncConflicts: z.array(syncConflictSchema).optional(),
})

export const LOOKUP_PURPOSES = ['add', 'complete', 'retraction'] as const
export const LOOKUP_STATES = ['waiting', 'running', 'failed', 'done'] as const

/**
 * One queued registry lookup, stored so it survives a restart: add a paper by identifier,
 * complete a paper's record (by identifier, or by a bibliographic search when it has none),
 * or check it for retractions. Runs when online lookups are on and the network answers.
 */
export const lookupRowSchema = syncFieldsSchema.extend({
  purpose: z.enum(LOOKUP_PURPOSES),
  /** What the user typed or the paper gave, as typed (shown in the queue). */
  input: z.string(),
  /** The identifier parsed from it; absent for a bibliographic search. */
  identifier: z.object({ kind: z.enum(['doi', 'pmid', 'pmcid']), value: z.string() }).optional(),
  /** The paper to complete or check; for `add`, the paper added (or linked) once done. */
  paperId: z.string().optional(),
  state: z.enum(LOOKUP_STATES),
  attempts: z.number().int().min(0),
  /** Why the last attempt failed, in words (waiting: will retry; failed: will not). */
  error: z.object({ code: z.string(), message: z.string() }).optional(),
  createdAt: timestamp,
  /** Not tried again before this time (backoff after a network failure). */
  notBefore: timestamp.optional(),
  /** What the lookup did, in words, once done ("Added", "Already in the library: linked", "Completed 5 fields"). */
  outcome: z.string().optional(),
})

/** Why a PDF's full text could not be read: it is not read again until "Retry". */
export const fullTextFailureSchema = z.object({ code: z.string(), reason: z.string(), failedAt: timestamp })

/** A file of a paper; the bytes live in the library folder under their SHA-256. */
export const attachmentRowSchema = syncFieldsSchema.extend({
  paperId: z.string(),
  /** SHA-256 of the content, lower-case hex. */
  hash: contentHashSchema,
  size: z.number().int().nonnegative(),
  originalName: z.string(),
  pageCount: z.number().int().nonnegative().optional(),
  textExtracted: z.boolean(),
  /** The PDF has no text layer (a scan): no metadata or full text could be read. */
  scanned: z.boolean().optional(),
  /** Each try may take the reader's whole time limit, so a failure is kept, not retried at every import. */
  fullTextFailure: fullTextFailureSchema.optional(),
  addedAt: timestamp,
})

/** The text of an attachment's pages, apart from the paper so lists stay light. `id` is the attachment's. */
export const fullTextRowSchema = syncFieldsSchema.extend({
  attachmentId: z.string(),
  paperId: z.string(),
  text: z.string(),
  truncated: z.boolean(),
})

export const noteRowSchema = syncFieldsSchema.extend({
  paperId: z.string(),
  markdown: z.string(),
  createdAt: timestamp,
})

export const collectionRowSchema = syncFieldsSchema.extend({
  name: z.string(),
  /** Nested collections: the parent's id. */
  parentId: z.string().optional(),
  createdAt: timestamp,
})

/**
 * A highlight or note on a page of a PDF. Rectangles are in PDF user-space units of that
 * page (origin bottom-left, as pdf.js reports them), so they hold at any zoom.
 */
export const annotationRowSchema = syncFieldsSchema.extend({
  paperId: z.string(),
  attachmentId: z.string(),
  /** 1-based page number. */
  page: z.number().int().positive(),
  kind: z.enum(['highlight', 'note']),
  rects: z.array(z.object({ x: z.number(), y: z.number(), width: z.number(), height: z.number() })),
  /** The text under a highlight, as selected. */
  quote: z.string().optional(),
  /** The user's note, Markdown. */
  comment: z.string().optional(),
  color: z.string().optional(),
  createdAt: timestamp,
})

/** A search the user named: it runs again whenever it is opened, so it stays current. */
export const savedSearchRowSchema = syncFieldsSchema.extend({
  name: z.string(),
  /** The query in the search box's language (fielded terms, phrases, exclusions). */
  query: z.string(),
  createdAt: timestamp,
})

/**
 * Where a merged-away paper went: its notes, highlights and PDFs belong to `keptId` now. The
 * library check follows it to re-attach rows an older merge left pointing at nothing.
 * `id` is the paper merged away.
 */
export const mergedPaperRowSchema = syncFieldsSchema.extend({
  keptId: z.string(),
  citationKey: z.string(),
  mergedAt: timestamp,
})

/** A remembered value, typed by its key in `settings.ts`. `id` is the key. */
export const settingRowSchema = syncFieldsSchema.extend({
  key: z.string(),
  value: z.unknown(),
})

export type SyncFields = z.output<typeof syncFieldsSchema>
export type StoredAxisSuggestions = z.output<typeof storedAxisSuggestionsSchema>
export type StoredEvidence = z.output<typeof evidenceSchema>
export type SyncConflict = z.output<typeof syncConflictSchema>
export type PaperRow = z.output<typeof paperRowSchema>
export type AttachmentRow = z.output<typeof attachmentRowSchema>
export type FullTextRow = z.output<typeof fullTextRowSchema>
export type NoteRow = z.output<typeof noteRowSchema>
export type CollectionRow = z.output<typeof collectionRowSchema>
export type AnnotationRow = z.output<typeof annotationRowSchema>
export type SavedSearchRow = z.output<typeof savedSearchRowSchema>
export type MergedPaperRow = z.output<typeof mergedPaperRowSchema>
export type SettingRow = z.output<typeof settingRowSchema>
export type LookupRow = z.output<typeof lookupRowSchema>
export type LookupPurpose = LookupRow['purpose']
export type LookupState = LookupRow['state']

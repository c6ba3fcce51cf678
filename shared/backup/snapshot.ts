import { z } from 'zod'
import {
  annotationRowSchema,
  attachmentRowSchema,
  collectionRowSchema,
  noteRowSchema,
  paperRowSchema,
  savedSearchRowSchema,
  settingRowSchema,
  syncFieldsSchema,
} from '../domain/rows'

/**
 * A snapshot is the whole library as one JSON document: what the renderer holds in
 * IndexedDB (papers, attachments, notes, annotations, collections, settings), plus the
 * hashes of the PDFs it needs from the library folder. The renderer produces it; main
 * checks it with this schema before writing it. Records are loose objects: fields a later
 * schema version adds survive a snapshot written by it and read by it, unchanged. The
 * renderer reads each row back through `snapshotRowSchemas` (`restore.ts`) before restoring it.
 */

export const SNAPSHOT_FORMAT = 'axisref-snapshot'
export const SNAPSHOT_VERSION = 1

/** CSL-JSON as stored: checked for shape only, never rewritten (numbers stay numbers). */
const storedCsl = z.looseObject({ id: z.union([z.string(), z.number()]), type: z.string() })

/** Written by version 7 and later; older snapshots have none (the database stamps them on restore). */
const sync = { modifiedAt: syncFieldsSchema.shape.modifiedAt.optional(), revision: syncFieldsSchema.shape.revision.optional() }

// The stored rows' own fields (shared/domain/rows.ts), only those every snapshot ever written
// has, as loose objects: a field another version adds passes through unchanged.
export const snapshotPaperSchema = paperRowSchema
  .pick({ id: true, citationKey: true, tags: true, axisNodes: true, collections: true, addedAt: true, modifiedAt: true })
  .extend({ csl: storedCsl, revision: sync.revision })
  .loose()

export const snapshotAttachmentSchema = attachmentRowSchema.pick({ id: true, paperId: true, hash: true, size: true, originalName: true }).extend(sync).loose()

export const snapshotNoteSchema = noteRowSchema.pick({ id: true, paperId: true, markdown: true }).extend(sync).loose()

/** Highlights and notes on a page of a PDF. */
export const snapshotAnnotationSchema = annotationRowSchema.pick({ id: true, paperId: true }).extend(sync).loose()

/** A named query; snapshots written before saved searches existed have none. */
export const snapshotSavedSearchSchema = savedSearchRowSchema.pick({ id: true, name: true, query: true }).extend(sync).loose()

export const snapshotCollectionSchema = collectionRowSchema.pick({ id: true, name: true }).extend(sync).loose()

export const snapshotSettingSchema = settingRowSchema.pick({ key: true, value: true }).extend({ id: syncFieldsSchema.shape.id.optional(), ...sync })

export const snapshotSchema = z.object({
  format: z.literal(SNAPSHOT_FORMAT),
  version: z.literal(SNAPSHOT_VERSION),
  /** ISO 8601, when the renderer read the database. */
  createdAt: z.iso.datetime(),
  appVersion: z.string().optional(),
  papers: z.array(snapshotPaperSchema),
  attachments: z.array(snapshotAttachmentSchema),
  notes: z.array(snapshotNoteSchema),
  annotations: z.array(snapshotAnnotationSchema),
  collections: z.array(snapshotCollectionSchema),
  savedSearches: z.array(snapshotSavedSearchSchema).default([]),
  /** Tag names in use, so a tag on no paper (a tag the user made ahead) is kept too. */
  tags: z.array(z.string()),
  settings: z.array(snapshotSettingSchema),
})

export type Snapshot = z.output<typeof snapshotSchema>
export type SnapshotPaper = z.output<typeof snapshotPaperSchema>
export type SnapshotAttachment = z.output<typeof snapshotAttachmentSchema>

export interface SnapshotTables {
  papers: SnapshotPaper[]
  attachments: SnapshotAttachment[]
  notes?: Snapshot['notes']
  annotations?: Snapshot['annotations']
  savedSearches?: Snapshot['savedSearches']
  collections?: Snapshot['collections']
  settings?: Snapshot['settings']
  tags?: string[]
}

/**
 * Builds a snapshot from the database's tables, as the renderer reads them. Tags default
 * to every tag on a paper. Pure; does not validate (main does, with `snapshotSchema`).
 */
export function buildSnapshot(tables: SnapshotTables, meta: { createdAt: string; appVersion?: string }): Snapshot {
  const tags = tables.tags ?? [...new Set(tables.papers.flatMap((paper) => paper.tags))].sort()
  return {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    createdAt: meta.createdAt,
    ...(meta.appVersion ? { appVersion: meta.appVersion } : {}),
    papers: tables.papers,
    attachments: tables.attachments,
    notes: tables.notes ?? [],
    annotations: tables.annotations ?? [],
    collections: tables.collections ?? [],
    savedSearches: tables.savedSearches ?? [],
    tags,
    settings: tables.settings ?? [],
  }
}

/** The distinct PDF hashes a snapshot needs from the library folder, sorted. */
export function snapshotFileHashes(snapshot: Pick<Snapshot, 'attachments'>): string[] {
  return [...new Set(snapshot.attachments.map((attachment) => attachment.hash))].sort()
}

/**
 * Checks an unknown value (a parsed snapshot file, an IPC payload) and says what is wrong
 * in words, with the path of the first bad field.
 */
export function parseSnapshot(value: unknown): { ok: true; snapshot: Snapshot } | { ok: false; message: string } {
  const parsed = snapshotSchema.safeParse(value)
  if (parsed.success) return { ok: true, snapshot: parsed.data }
  const issue = parsed.error.issues[0]
  const where = issue?.path.length ? issue.path.join('.') : 'the top level'
  return { ok: false, message: `Not an AxisRef snapshot: ${where}: ${issue?.message ?? 'invalid'}.` }
}

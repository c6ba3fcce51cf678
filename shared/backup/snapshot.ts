import { z } from 'zod'
import { contentHash } from '../ipc/importSchemas'

/**
 * A snapshot is the whole library as one JSON document: what the renderer holds in
 * IndexedDB (papers, attachments, notes, annotations, collections, settings), plus the
 * hashes of the PDFs it needs from the library folder. The renderer produces it; main
 * checks it with this schema before writing it. Records are loose objects: fields a later
 * schema version adds survive a snapshot written by it and read by it, unchanged.
 */

export const SNAPSHOT_FORMAT = 'axisref-snapshot'
export const SNAPSHOT_VERSION = 1

/** CSL-JSON as stored: checked for shape only, never rewritten (numbers stay numbers). */
const storedCsl = z.looseObject({ id: z.union([z.string(), z.number()]), type: z.string() })

const id = z.string().min(1)

export const snapshotPaperSchema = z.looseObject({
  id,
  citationKey: z.string(),
  csl: storedCsl,
  tags: z.array(z.string()),
  axisNodes: z.array(z.string()),
  collections: z.array(z.string()),
  addedAt: z.number(),
  modifiedAt: z.number(),
})

export const snapshotAttachmentSchema = z.looseObject({
  id,
  paperId: z.string(),
  hash: contentHash,
  size: z.number().int().nonnegative(),
  originalName: z.string(),
})

export const snapshotNoteSchema = z.looseObject({ id, paperId: z.string(), markdown: z.string() })

/** Highlights and notes on a page of a PDF. */
export const snapshotAnnotationSchema = z.looseObject({ id, paperId: z.string() })

/** A named query; snapshots written before saved searches existed have none. */
export const snapshotSavedSearchSchema = z.looseObject({ id, name: z.string(), query: z.string() })

export const snapshotCollectionSchema = z.looseObject({ id, name: z.string() })

export const snapshotSettingSchema = z.object({ key: z.string(), value: z.unknown() })

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

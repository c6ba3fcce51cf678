import { z } from 'zod'
import {
  annotationRowSchema,
  attachmentRowSchema,
  collectionRowSchema,
  contentHashSchema,
  mergedPaperRowSchema,
  noteRowSchema,
  paperRowSchema,
  savedSearchRowSchema,
  settingRowSchema,
} from '../domain/rows'

/**
 * What a library sends to its CouchDB database, and how each document is named there.
 *
 * One CouchDB document per row of the tables below, `_id` = `<kind>:<row id>`, body
 * `{ table, row, changedBy }`; the row is the IndexedDB row exactly as `shared/domain/rows.ts`
 * describes it. PDFs travel apart, as one document per content hash (`file:<sha256>`) with the
 * bytes as its one attachment, fetched when needed rather than replicated into every device.
 * Full texts (read again from the PDF) and the lookup queue (this device's work) stay local.
 */

export const SYNCED_TABLES = ['papers', 'attachments', 'notes', 'collections', 'annotations', 'savedSearches', 'mergedPapers', 'settings'] as const
export type SyncedTable = (typeof SYNCED_TABLES)[number]

/** The prefix of each table's documents: short, stable, never starting with `_` (CouchDB's own). */
export const DOC_KIND: { readonly [T in SyncedTable]: string } = {
  papers: 'paper',
  attachments: 'attachment',
  notes: 'note',
  collections: 'collection',
  annotations: 'annotation',
  savedSearches: 'search',
  mergedPapers: 'merged',
  settings: 'setting',
}

/** The library settings that are the library's (the same on every device); the rest are this device's. */
export const SYNCED_SETTING_KEYS: ReadonlySet<string> = new Set(['notDuplicates'])

export const ROW_SCHEMAS = {
  papers: paperRowSchema,
  attachments: attachmentRowSchema,
  notes: noteRowSchema,
  collections: collectionRowSchema,
  annotations: annotationRowSchema,
  savedSearches: savedSearchRowSchema,
  mergedPapers: mergedPaperRowSchema,
  settings: settingRowSchema,
} as const satisfies { readonly [T in SyncedTable]: z.ZodType }

export type SyncedRow<T extends SyncedTable = SyncedTable> = z.output<(typeof ROW_SCHEMAS)[T]>

/** Who made a change: this install's device id (random, kept in main's data folder) and the CouchDB user. */
export const changedBySchema = z
  .object({
    device: z.string().min(1).max(100),
    /** The device's name as the user sees it (the host name unless changed). */
    deviceName: z.string().max(200),
    /** The CouchDB user name the change was sent as ('' before it was sent). */
    user: z.string().max(200),
    /** When the change was made on its device, milliseconds since 1970. */
    at: z.number(),
  })
  .strict()
export type ChangedBy = z.output<typeof changedBySchema>

const rowId = z.string().min(1).max(200)

export function docId(table: SyncedTable, id: string): string {
  return `${DOC_KIND[table]}:${id}`
}

export const FILE_DOC_PREFIX = 'file:'
/** The attachment name of a file document's bytes. */
export const FILE_ATTACHMENT = 'content.pdf'

export function fileDocId(hash: string): string {
  return `${FILE_DOC_PREFIX}${hash}`
}

/** The table and row id a document id names, or undefined for an id AxisRef does not write. */
export function parseDocId(id: string): { table: SyncedTable; id: string } | undefined {
  const colon = id.indexOf(':')
  if (colon <= 0) return undefined
  const kind = id.slice(0, colon)
  const table = SYNCED_TABLES.find((name) => DOC_KIND[name] === kind)
  const rest = id.slice(colon + 1)
  return table && rowId.safeParse(rest).success ? { table, id: rest } : undefined
}

function changeOf<T extends SyncedTable>(table: T) {
  return z.object({ table: z.literal(table), id: rowId, row: ROW_SCHEMAS[table].nullable() }).strict()
}

/**
 * One row's change as it travels between the window and main: the row as it is now, or
* `row: null` when it was deleted. Checked against the table's row schema on both sides, and
 * by `rowChangeProblem` (kept out of the schema so the contract's fuzz test can make values).
 */
export const rowChangeSchema = z.discriminatedUnion('table', [
    changeOf('papers'),
    changeOf('attachments'),
    changeOf('notes'),
    changeOf('collections'),
    changeOf('annotations'),
    changeOf('savedSearches'),
    changeOf('mergedPapers'),
    changeOf('settings'),
])
export type RowChange = z.output<typeof rowChangeSchema>

/** Why a change that passed its schema still cannot be written, in words; undefined when it can. */
export function rowChangeProblem(change: RowChange): string | undefined {
  if (change.row !== null && change.row.id !== change.id) return `the row's id ${JSON.stringify(change.row.id)} is not the document's ${JSON.stringify(change.id)}`
  if (change.table === 'settings' && !SYNCED_SETTING_KEYS.has(change.id)) return `the setting ${JSON.stringify(change.id)} is not one a library shares`
  return undefined
}

/** A change that came from the server, with who made it and the document's revision there. */
export const incomingChangeSchema = z.object({ change: rowChangeSchema, changedBy: changedBySchema.optional(), seq: z.string().max(200) })
export type IncomingChange = z.output<typeof incomingChangeSchema>

/** A document from the server that was not written: which one (as the server named it) and why, in words. */
export const refusedDocSchema = z.object({ id: z.string().max(300), reason: z.string().max(500), at: z.number() })
export type RefusedDoc = z.output<typeof refusedDocSchema>

/** A file document's body (its bytes are the attachment `FILE_ATTACHMENT`). */
export const fileDocSchema = z.object({ _id: z.string(), kind: z.literal('file'), hash: contentHashSchema, size: z.number().int().nonnegative() })

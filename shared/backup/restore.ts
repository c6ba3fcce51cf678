import { z } from 'zod'
import {
  annotationRowSchema,
  attachmentRowSchema,
  collectionRowSchema,
  noteRowSchema,
  paperRowSchema,
  savedSearchRowSchema,
  settingRowSchema,
} from '../domain/rows'
import type { Snapshot } from './snapshot'

const unstamped = { modifiedAt: true, revision: true } as const

/**
 * Each table's rows as a snapshot gives them back to the database: the stored row's schema
 * with the sync fields optional (a snapshot older than version 7 has none; the database
 * stamps them) and the defaults restore has always used for fields older snapshots lack.
 * Loose, so a field another version added is restored too.
 */
export const snapshotRowSchemas = {
  papers: paperRowSchema.partial({ revision: true }).loose(),
  attachments: attachmentRowSchema
    .partial({ ...unstamped, textExtracted: true })
    .extend({ addedAt: z.number().default(() => Date.now()) })
    .loose(),
  notes: noteRowSchema.partial({ revision: true }).extend({ createdAt: z.number().default(0), modifiedAt: z.number().default(0) }).loose(),
  annotations: annotationRowSchema.partial(unstamped).loose(),
  collections: collectionRowSchema.partial(unstamped).extend({ createdAt: z.number().default(0) }).loose(),
  savedSearches: savedSearchRowSchema.partial(unstamped).extend({ createdAt: z.number().default(0) }).loose(),
  // a setting restored over one the empty library already has counts up from the stored revision
  settings: settingRowSchema.partial({ id: true, ...unstamped }).omit({ revision: true }),
}

export type SnapshotTable = keyof typeof snapshotRowSchemas
export type RestoredRow<T extends SnapshotTable> = z.output<(typeof snapshotRowSchemas)[T]>

/**
 * The rows of one table of a snapshot, checked and typed for the database. A row that is not
 * what AxisRef stores is named with what is wrong, so a damaged snapshot is refused in words
 * before anything is written.
 */
export function snapshotRows<T extends SnapshotTable>(snapshot: Pick<Snapshot, T>, table: T): RestoredRow<T>[] {
  const parsed = z.array(snapshotRowSchemas[table]).safeParse(snapshot[table])
  if (parsed.success) return parsed.data
  const issue = parsed.error.issues[0]
  const [index, ...path] = issue?.path ?? []
  const row = typeof index === 'number' ? ` (row ${index + 1})` : ''
  throw new Error(`The snapshot's ${table}${row} cannot be restored: ${path.join('.') || 'the row'}: ${issue?.message ?? 'invalid'}.`)
}

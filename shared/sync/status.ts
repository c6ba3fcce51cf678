import { z } from 'zod'
import { incomingChangeSchema, refusedDocSchema, rowChangeSchema } from './documents'

/**
 * The sync settings, status and channel shapes (issue #17). The password never comes back
 * from main: the status says only whether one is kept.
 */

/** A CouchDB server's address: http(s), no credentials in it (they go in user and password). */
export const syncUrlSchema = z
  .string()
  .max(2000)
  .regex(/^https?:\/\/[^\s/@]+(\/[^\s@]*)?$/, 'an http:// or https:// address without a user name or password in it')

/** CouchDB's rule for database names. */
export const syncDatabaseSchema = z
  .string()
  .max(238)
  .regex(/^[a-z][a-z0-9_$()+/-]*$/, 'a CouchDB database name: lower-case letters, digits and _$()+-/, starting with a letter')

export const SYNC_PDF_MODES = ['onOpen', 'all'] as const

export const syncConnectionInputSchema = z
  .object({
    url: syncUrlSchema,
    database: syncDatabaseSchema,
    user: z.string().max(200),
    /** Absent: keep the password already kept for this server and user. */
    password: z.string().max(1000).optional(),
  })
  .strict()
export type SyncConnectionInput = z.output<typeof syncConnectionInputSchema>

export const SYNC_PROBLEMS = ['unreachable', 'credentials', 'noDatabase', 'forbidden', 'notCouch', 'timeout'] as const
export type SyncProblem = (typeof SYNC_PROBLEMS)[number]

/** What "Test connection" found, in words; `problem` names the kind for the UI and tests. */
export const syncConnectionReportSchema = z.object({
  ok: z.boolean(),
  problem: z.enum(SYNC_PROBLEMS).optional(),
  message: z.string(),
  /** The user may write to the database (false: a read-only member). */
  canWrite: z.boolean(),
  /** The database did not exist and was created (the user is a server admin). */
  created: z.boolean(),
})
export type SyncConnectionReport = z.output<typeof syncConnectionReportSchema>

export const SYNC_STATES = ['off', 'connecting', 'upToDate', 'sending', 'receiving', 'offline', 'error'] as const
export type SyncState = (typeof SYNC_STATES)[number]

export const syncStatusSchema = z.object({
  /** The library's database, or null when the library is not synced. */
  connection: z
    .object({
      /** Changes when the library is connected to another database: the window pushes everything again. */
      id: z.string(),
      url: z.string(),
      database: z.string(),
      user: z.string(),
      hasPassword: z.boolean(),
      pdfs: z.enum(SYNC_PDF_MODES),
    })
    .nullable(),
  state: z.enum(SYNC_STATES),
  /** Changes waiting to go to the server, and being received from it. */
  sending: z.number().int().nonnegative(),
  receiving: z.number().int().nonnegative(),
  /** What is wrong, or why edits stay local, in words. */
  message: z.string().optional(),
  /** The user may read but not write: edits stay on this device. */
  readOnly: z.boolean(),
  lastSyncedAt: z.number().optional(),
  /** Documents from the server that were not written (the latest, at most 50). */
  refused: z.array(refusedDocSchema),
  device: z.object({ id: z.string(), name: z.string() }),
})
export type SyncStatus = z.output<typeof syncStatusSchema>

export const MAX_PUSHED_CHANGES = 500

export const pushSyncChangesInputSchema = z.object({ changes: z.array(rowChangeSchema).max(MAX_PUSHED_CHANGES) }).strict()
export const pushSyncChangesOutputSchema = z.object({
  /** Written to this device's replica (they go to the server from there). */
  written: z.number().int().nonnegative(),
  /** Already there as they are. */
  unchanged: z.number().int().nonnegative(),
  /** Not written, with why in words (a row its own schema refuses, a setting that is this device's). */
  refused: z.array(z.object({ id: z.string(), reason: z.string() })),
})

export const waitForSyncChangesInputSchema = z
  .object({
    /** The connection the window's `since` belongs to; another one starts from the beginning. */
    connectionId: z.string().max(200),
    /** The last change the window has applied ('' for none). */
    since: z.string().max(200),
  })
  .strict()
export const waitForSyncChangesOutputSchema = z.object({
  /** Changes after `since`, oldest first, each already checked against its row schema. */
  changes: z.array(incomingChangeSchema),
  /** What to pass as `since` next. */
  last: z.string(),
  status: syncStatusSchema,
})

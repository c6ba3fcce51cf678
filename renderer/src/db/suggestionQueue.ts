import type { DBCore, DBCoreTransaction, Middleware, Transaction } from 'dexie'
import { nextSeq, recordWritesMiddleware } from './recordWrites'

/**
 * The papers whose axis suggestions may be stale: every paper written (added, edited, given
 * MeSH headings by a lookup, received from another device) and every paper whose PDF text
 * arrived is queued here, in the write's own transaction. The refresh at start then reads
 * this queue, not the whole library: at 100,000 papers walking every paper took seconds of
 * the page's time on each start. Local bookkeeping: never stamped, synced or snapshotted.
 */
export const SUGGESTION_QUEUE = 'suggestionQueue'

/** One queued paper; `seq` changes on every write, so the refresh removes only what it saw. */
export interface SuggestionQueueEntry {
  paperId: string
  seq: number
}

/** Transactions that store suggestions: their own writes must not queue the paper again. */
const suggestionWrites = new WeakSet<DBCoreTransaction>()

/**
 * Marks a transaction (Dexie's `Transaction.idbtrans`) as writing papers with current
 * suggestions: the refresh storing them, or an import whose records the reader suggested.
 */
export function markSuggestionWrite(trans: DBCoreTransaction): void {
  suggestionWrites.add(trans)
}

/**
 * Queues the papers a write touches: a paper's own key for `papers`, the paper a text belongs
 * to for `fullTexts`. Deletes queue nothing (a deleted paper needs no suggestions; a deleted
 * text does not make them stale). A schema upgrade queues what it needs itself
 * (`queueEveryPaper`); writes that carry current suggestions are marked (`markSuggestionWrite`).
 */
export function suggestionQueueMiddleware(): Middleware<DBCore> {
  return recordWritesMiddleware({
    name: 'SuggestionQueue',
    into: SUGGESTION_QUEUE,
    watches: (table) => table in QUEUED_BY,
    deletes: false,
    skips: (trans) => suggestionWrites.has(trans),
    entries: (table, written) => {
      const paperIdOf = QUEUED_BY[table]
      const paperIds = new Set(written.flatMap(({ key, row }) => (paperIdOf && row ? [paperIdOf(row, key)] : [])).filter((id): id is string => typeof id === 'string'))
      return [...paperIds].map((paperId) => ({ paperId, seq: nextSeq() }) satisfies SuggestionQueueEntry)
    },
  })
}

/** Which paper a written row makes stale, by table (`key` is the row's primary key). */
const QUEUED_BY: Readonly<Record<string, (row: Record<string, unknown>, key: unknown) => unknown>> = {
  papers: (_row, key) => key,
  fullTexts: (row) => row.paperId,
}

/** The version 10 upgrade: every paper is queued once, as none was checked through the queue yet. */
export async function queueEveryPaper(transaction: Transaction): Promise<void> {
  const ids = await transaction.table('papers').toCollection().primaryKeys()
  await transaction.table(SUGGESTION_QUEUE).bulkPut(ids.map((paperId) => ({ paperId: String(paperId), seq: 0 }) satisfies SuggestionQueueEntry))
}

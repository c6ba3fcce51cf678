import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Middleware, Transaction } from 'dexie'

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

/** Marks a transaction (Dexie's `Transaction.idbtrans`) as the refresh storing suggestions. */
export function markSuggestionWrite(trans: DBCoreTransaction): void {
  suggestionWrites.add(trans)
}

let lastSeq = 0

function nextSeq(): number {
  lastSeq = Math.max(lastSeq + 1, Date.now() * 1000)
  return lastSeq
}

/**
 * Queues the papers a write touches: a paper's own key for `papers`, the paper a text belongs
 * to for `fullTexts`. Deletes queue nothing (a deleted paper needs no suggestions; a deleted
 * text does not make them stale). Every read-write transaction over either table gets the
 * queue added, so repository functions need not name it.
 */
export function suggestionQueueMiddleware(): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'SuggestionQueue',
    create: (down) => ({
      ...down,
      transaction: (stores, mode, options) => down.transaction(withQueue(stores, mode), mode, options),
      table: (name) => {
        const paperIdOf = QUEUED_BY[name]
        return paperIdOf ? queueingTable(down.table(name), down, paperIdOf) : down.table(name)
      },
    }),
  }
}

type Row = Record<string, unknown>

/** Which paper a written row makes stale, by table (`key` is the row's primary key). */
const QUEUED_BY: Readonly<Record<string, (row: Row, key: unknown) => unknown>> = {
  papers: (_row, key) => key,
  fullTexts: (row) => row.paperId,
}

function withQueue(stores: string[], mode: Parameters<DBCore['transaction']>[1]): string[] {
  if (mode !== 'readwrite' || stores.includes(SUGGESTION_QUEUE) || !stores.some((store) => store in QUEUED_BY)) return stores
  return [...stores, SUGGESTION_QUEUE]
}

function queueingTable(table: DBCoreTable, core: DBCore, paperIdOf: (row: Row, key: unknown) => unknown): DBCoreTable {
  const keyPath = table.schema.primaryKey.keyPath
  async function mutate(request: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
    const response = await table.mutate(request)
    if (request.type !== 'add' && request.type !== 'put') return response
    // an upgrade queues what it needs itself (queueEveryPaper); the refresh's own writes are the suggestions
    if (('mode' in request.trans && request.trans.mode === 'versionchange') || suggestionWrites.has(request.trans)) return response
    const paperIds = request.values.flatMap((row: Row, index) => {
      const key = request.keys?.[index] ?? (typeof keyPath === 'string' ? row[keyPath] : undefined)
      const paperId = paperIdOf(row, key)
      return typeof paperId === 'string' && !(index in response.failures) ? [paperId] : []
    })
    if (paperIds.length === 0) return response
    const entries: SuggestionQueueEntry[] = [...new Set(paperIds)].map((paperId) => ({ paperId, seq: nextSeq() }))
    const queued = await core.table(SUGGESTION_QUEUE).mutate({ trans: request.trans, type: 'put', values: entries })
    // a paper not queued would keep stale suggestions until its next edit: fail the write instead
    if (queued.numFailures > 0) throw queued.failures[0]
    return response
  }
  return { ...table, mutate }
}

/** The version 10 upgrade: every paper is queued once, as none was checked through the queue yet. */
export async function queueEveryPaper(transaction: Transaction): Promise<void> {
  const ids = await transaction.table('papers').toCollection().primaryKeys()
  await transaction.table(SUGGESTION_QUEUE).bulkPut(ids.map((paperId) => ({ paperId: String(paperId), seq: 0 }) satisfies SuggestionQueueEntry))
}

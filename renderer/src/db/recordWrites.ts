import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie'

type Row = Record<string, unknown>

/** A row a write touched: its primary key, and for an add or a put the row written. */
export interface WrittenRow {
  key: unknown
  row?: Row
}

export interface RecordWritesOptions {
  /** The middleware's name in Dexie's stack. */
  name: string
  /** The bookkeeping table the records go to, added to every read-write transaction over a watched table. */
  into: string
  /** Whether writes to this table are recorded. */
  watches(table: string): boolean
  /** Whether deletes are recorded too (a deleted row must be sent) or not (a deleted paper needs no suggestions). */
  deletes: boolean
  /** Transactions whose writes are not recorded (marked by their writer). A schema upgrade's never are. */
  skips(trans: DBCoreTransaction): boolean
  /** The records for the rows written to `table`: none, one per row, or one per owner. */
  entries(table: string, written: readonly WrittenRow[]): Row[]
}

let lastSeq = 0

/**
 * A number no earlier record of this window (or worker) had: microseconds since 1970, or one
 * more than the last. Another window records with its own clock, so its numbers are other ones.
 */
export function nextSeq(): number {
  lastSeq = Math.max(lastSeq + 1, Date.now() * 1000)
  return lastSeq
}

/**
 * A DBCore middleware that records the rows each write touches in a bookkeeping table, in the
 * write's own transaction: the record commits or fails with the write, and a record that
 * fails fails the write. Repository functions need not name the bookkeeping table. Sync's
 * outbox and the suggestion queue are two of these.
 */
export function recordWritesMiddleware(options: RecordWritesOptions): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: options.name,
    create: (down) => ({
      ...down,
      transaction: (stores, mode, transactionOptions) => down.transaction(withBookkeeping(options, stores, mode), mode, transactionOptions),
      table: (name) => (options.watches(name) ? recordingTable(options, down.table(name), down, name) : down.table(name)),
    }),
  }
}

function withBookkeeping(options: RecordWritesOptions, stores: string[], mode: Parameters<DBCore['transaction']>[1]): string[] {
  if (mode !== 'readwrite' || stores.includes(options.into) || !stores.some((store) => options.watches(store))) return stores
  return [...stores, options.into]
}

function recordingTable(options: RecordWritesOptions, table: DBCoreTable, core: DBCore, name: string): DBCoreTable {
  const keyPath = table.schema.primaryKey.keyPath

  // not an async function: a layer of native awaits more and Dexie's zone (the transaction
  // its hooks below read) does not reach the bookkeeping write
  function record(trans: DBCoreTransaction, written: readonly WrittenRow[]): Promise<void> | undefined {
    const entries = written.length > 0 ? options.entries(name, written) : []
    if (entries.length === 0) return undefined
    return core
      .table(options.into)
      .mutate({ trans, type: 'put', values: entries })
      .then((result) => {
        if (result.numFailures > 0) throw result.failures[0]
      })
  }

  async function mutate(request: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
    const recorded = request.type === 'add' || request.type === 'put' || options.deletes
    if (!recorded || isUpgrade(request.trans) || options.skips(request.trans)) return table.mutate(request)
    if (request.type === 'deleteRange') {
      // the keys first, in the same transaction: after the delete they are gone
      const found = await table.query({ trans: request.trans, values: false, query: { index: table.schema.primaryKey, range: request.range } })
      const response = await table.mutate(request)
      await record(request.trans, found.result.map((key: unknown) => ({ key })))
      return response
    }
    if (request.type === 'delete') {
      const response = await table.mutate(request)
      await record(request.trans, request.keys.filter((key, index) => key !== undefined && !(index in response.failures)).map((key) => ({ key })))
      return response
    }
    const response = await table.mutate(request)
    const written = request.values.flatMap((row: Row, index): WrittenRow[] => {
      const key = request.keys?.[index] ?? (typeof keyPath === 'string' ? row[keyPath] : undefined)
      return key !== undefined && !(index in response.failures) ? [{ key, row }] : []
    })
    await record(request.trans, written)
    return response
  }
  return { ...table, mutate }
}

function isUpgrade(trans: DBCoreTransaction): boolean {
  return 'mode' in trans && trans.mode === 'versionchange'
}

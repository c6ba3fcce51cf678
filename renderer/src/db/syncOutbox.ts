import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Dexie, Middleware } from 'dexie'
import { SYNCED_SETTING_KEYS, SYNCED_TABLES, type SyncedTable } from '../../../shared/sync/documents'
import type { SyncOutboxEntry } from './schema'
import { isReceivedWrite, markReceived, SYNC_OUTBOX, SYNC_STATE } from './syncMarks'

export { SYNC_OUTBOX, SYNC_STATE } from './syncMarks'

const SYNCED: ReadonlySet<string> = new Set(SYNCED_TABLES)

/**
 * Runs `scope` in one read-write transaction over every synced table and sync's bookkeeping,
 * marked as applying changes received from main: its writes are neither recorded nor stamped.
 * The mark is on the IndexedDB transaction itself, so it holds after every await in `scope`
 * and for every write path (put, modify, delete), whatever Dexie's zone is at that moment.
 */
export function inReceivedTransaction<T>(db: Dexie, scope: () => Promise<T>): Promise<T> {
  const tables = [...SYNCED_TABLES, SYNC_OUTBOX, SYNC_STATE].map((name) => db.table(name))
  return db.transaction('rw', tables, async (transaction) => {
    markReceived(transaction.idbtrans)
    return scope()
  })
}

export function outboxId(table: SyncedTable, rowId: string): string {
  return `${table}:${rowId}`
}

let lastSeq = 0

/**
 * A number no earlier record of this window had: microseconds since 1970, or one more than the
 * last. Another window records with its own clock, so its numbers are other ones too.
 */
function nextSeq(): number {
  lastSeq = Math.max(lastSeq + 1, Date.now() * 1000)
  return lastSeq
}

/**
 * Records in `syncOutbox` every row of a synced table that a write adds, changes or deletes,
 * in the write's own transaction: the record commits or fails with the write. The outbox
 * holds which rows changed, not their content: the bridge reads each row when it sends it.
 *
 * Every read-write transaction that touches a synced table gets the outbox table added, so
 * repository functions need not name it. Writes of a received change (`markReceived`) and of
 * a schema upgrade are not recorded.
 */
export function syncOutboxMiddleware(): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'SyncOutbox',
    create: (down) => ({
      ...down,
      transaction: (stores, mode, options) => down.transaction(withOutbox(stores, mode), mode, options),
      table: (name) => {
        const synced = SYNCED_TABLES.find((table) => table === name)
        return synced ? recordingTable(down.table(name), down, synced) : down.table(name)
      },
    }),
  }
}

function withOutbox(stores: string[], mode: Parameters<DBCore['transaction']>[1]): string[] {
  if (mode !== 'readwrite' || stores.includes(SYNC_OUTBOX) || !stores.some((store) => SYNCED.has(store))) return stores
  return [...stores, SYNC_OUTBOX]
}

function recordingTable(table: DBCoreTable, core: DBCore, name: SyncedTable): DBCoreTable {
  const keyPath = table.schema.primaryKey.keyPath
  const recorded = (key: unknown) => name !== 'settings' || SYNCED_SETTING_KEYS.has(String(key))

  async function record(trans: DBCoreTransaction, keys: readonly unknown[]): Promise<void> {
    const entries: SyncOutboxEntry[] = keys.filter(recorded).map((key) => ({ id: outboxId(name, String(key)), table: name, rowId: String(key), seq: nextSeq() }))
    if (entries.length === 0) return
    const result = await core.table(SYNC_OUTBOX).mutate({ trans, type: 'put', values: entries })
    // a failed record must fail the write: a change not recorded would never be sent
    if (result.numFailures > 0) throw result.failures[0]
  }

  async function mutate(request: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
    if (isUpgrade(request.trans) || isReceivedWrite(request.trans)) return table.mutate(request)
    if (request.type === 'deleteRange') {
      // the keys first, in the same transaction: after the delete they are gone
      const found = await table.query({ trans: request.trans, values: false, query: { index: table.schema.primaryKey, range: request.range } })
      const response = await table.mutate(request)
      await record(request.trans, found.result)
      return response
    }
    const response = await table.mutate(request)
    const keys = request.type === 'delete' ? request.keys : request.values.map((row: Record<string, unknown>, index) => request.keys?.[index] ?? (typeof keyPath === 'string' ? row[keyPath] : undefined))
    await record(request.trans, keys.filter((key, index) => key !== undefined && !(index in response.failures)))
    return response
  }
  return { ...table, mutate }
}

function isUpgrade(trans: DBCoreTransaction): boolean {
  return 'mode' in trans && trans.mode === 'versionchange'
}

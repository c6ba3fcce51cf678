import type { DBCore, Dexie, Middleware } from 'dexie'
import { SYNCED_SETTING_KEYS, SYNCED_TABLES, type SyncedTable } from '../../../shared/sync/documents'
import type { SyncOutboxEntry } from './schema'
import { nextSeq, recordWritesMiddleware } from './recordWrites'
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

/**
 * Records in `syncOutbox` every row of a synced table that a write adds, changes or deletes,
 * in the write's own transaction: the record commits or fails with the write (a change not
 * recorded would never be sent). The outbox holds which rows changed, not their content: the
 * bridge reads each row when it sends it. Writes of a received change (`markReceived`) and
 * of a schema upgrade are not recorded.
 */
export function syncOutboxMiddleware(): Middleware<DBCore> {
  return recordWritesMiddleware({
    name: 'SyncOutbox',
    into: SYNC_OUTBOX,
    watches: (table) => SYNCED.has(table),
    deletes: true,
    skips: isReceivedWrite,
    entries: (table, written) => {
      const synced = SYNCED_TABLES.find((name) => name === table)
      if (!synced) return []
      return written
        .filter(({ key }) => synced !== 'settings' || SYNCED_SETTING_KEYS.has(String(key)))
        .map(({ key }) => ({ id: outboxId(synced, String(key)), table: synced, rowId: String(key), seq: nextSeq() }) satisfies SyncOutboxEntry)
    },
  })
}

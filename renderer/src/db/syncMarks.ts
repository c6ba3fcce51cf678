import type { DBCoreTransaction } from 'dexie'

export const SYNC_OUTBOX = 'syncOutbox'
export const SYNC_STATE = 'syncState'

/** Sync's own bookkeeping on this device: not library rows, so neither stamped nor recorded nor sent. */
export const SYNC_BOOKKEEPING_TABLES: ReadonlySet<string> = new Set([SYNC_OUTBOX, SYNC_STATE])

/** Transactions that apply changes received from main: their writes are not sent back. */
const receivedTransactions = new WeakSet<DBCoreTransaction>()

/** Marks a transaction (Dexie's `Transaction.idbtrans`) as applying received changes. */
export function markReceived(trans: DBCoreTransaction): void {
  receivedTransactions.add(trans)
}

/** The write applies changes received from main (the outbox skips it, the stamps keep the row as sent). */
export function isReceivedWrite(trans: DBCoreTransaction): boolean {
  return receivedTransactions.has(trans)
}

import type { DBCore, DBCoreMutateRequest, DBCorePutRequest, DBCoreTable, IndexableType, Middleware, Transaction } from 'dexie'
import type { SyncFields } from '../../../shared/domain/rows'
import { isReceivedWrite, SYNC_BOOKKEEPING_TABLES } from './syncMarks'

/**
 * Tables whose `modifiedAt` is the user's last edit, kept by the repository functions (a
 * background write, such as axis suggestions, must not move a paper up the "modified" order).
 * Every other table's `modifiedAt` is stamped here on every write.
 */
const EDIT_TIME_TABLES: ReadonlySet<string> = new Set(['papers', 'notes', 'annotations'])

type Row = Partial<SyncFields> & Record<string, unknown>

/**
 * Stamps what sync needs on every row written, whichever repository function writes it: a
 * new row gets `revision` 1 (or keeps the one a restored snapshot gives it), a changed row
 * the revision it had plus one, and the key is copied into `id` where the table's key is
 * another field (settings, full texts).
 *
 * A middleware rather than Dexie's hooks: hooks read every row before a put, which holds
 * back the live queries' optimistic answer, so an edit showed a moment later. An update or
 * modify already carries the stored row; a put of a row read beforehand carries its revision;
 * only a put without one (a setting, a full text) reads the stored revision first.
 */
export function syncStampsMiddleware(now: () => number): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'SyncStamps',
    create: (down) => ({ ...down, table: (name) => (SYNC_BOOKKEEPING_TABLES.has(name) ? down.table(name) : stampingTable(down.table(name), now)) }),
  }
}

function stampingTable(table: DBCoreTable, now: () => number): DBCoreTable {
  const keyPath = table.schema.primaryKey.keyPath
  const keyOf = (row: Row): string => String(typeof keyPath === 'string' ? row[keyPath] : '')
  const stampModified = !EDIT_TIME_TABLES.has(table.name)
  const created = (row: Row): Row => ({ ...row, id: row.id ?? keyOf(row), modifiedAt: row.modifiedAt ?? now(), revision: row.revision ?? 1 })
  const changed = (row: Row, revision: number | undefined): Row => ({
    ...row,
    id: row.id ?? keyOf(row),
    modifiedAt: stampModified || row.modifiedAt === undefined ? now() : row.modifiedAt,
    revision: (revision ?? 0) + 1,
  })

  function mutate(request: DBCoreMutateRequest) {
    // an upgrade stamps the rows itself (stampExistingRows), with their own times; a row
    // received from another device is kept as it was sent, so every device holds the same row
    if (isUpgrade(request) || isReceivedWrite(request.trans)) return table.mutate(request)
    if (request.type === 'add') return table.mutate({ ...request, values: request.values.map((row: Row) => created(row)) })
    if (request.type !== 'put') return table.mutate(request)
    const carriesStoredRow = request.updates !== undefined || request.changeSpec !== undefined
    if (carriesStoredRow || request.values.every((row: Row) => typeof row.revision === 'number')) {
      return table.mutate(withValues(request, request.values.map((row: Row) => changed(row, row.revision))))
    }
    const keys = request.values.map((row: Row) => keyOf(row))
    return table.getMany({ trans: request.trans, keys }).then((stored: (Row | undefined)[]) =>
      table.mutate(withValues(request, request.values.map((row: Row, index) => (stored[index] ? changed(row, stored[index].revision) : created(row))))),
    )
  }
  return { ...table, mutate }
}

function isUpgrade(request: DBCoreMutateRequest): boolean {
  return 'mode' in request.trans && request.trans.mode === 'versionchange'
}

function withValues(request: DBCorePutRequest, values: Row[]): DBCorePutRequest {
  return { ...request, values }
}

/** The version 7 upgrade: rows written before it get their id, a modification time and revision 1. */
export async function stampExistingRows(transaction: Transaction, upgradedAt: number, tables: readonly string[]): Promise<void> {
  for (const table of tables.map((name) => transaction.table(name))) {
    await table.toCollection().modify((row: Row, context: { primKey: IndexableType }) => {
      row.id ??= String(context.primKey)
      row.modifiedAt ??= firstTime(row) ?? upgradedAt
      row.revision ??= 1
    })
  }
}

/** The row's own time, where it has one: when it was added, created or merged. */
function firstTime(row: Row): number | undefined {
  const time = row.addedAt ?? row.createdAt ?? row.mergedAt
  return typeof time === 'number' ? time : undefined
}

/**
 * A row put back as it was earlier (undo): without its old revision, so the write counts
 * up from the stored one instead of repeating a number sync has already seen.
 */
export function asRewrite<T extends { revision?: number }>(row: T): Omit<T, 'revision'> {
  const { revision: _stale, ...rest } = row
  return rest
}

import type { AxisRefApi } from '../../../../shared/ipc/api'
import type { Result } from '../../../../shared/ipc/result'
import { SYNCED_SETTING_KEYS, SYNCED_TABLES, type RowChange, type SyncedTable } from '../../../../shared/sync/documents'
import { MAX_PUSHED_CHANGES } from '../../../../shared/sync/status'
import type { AxisRefDatabase } from '../../db'
import type { SyncOutboxEntry } from '../../db/schema'
import { checkedChange } from './checkedChange'
import { rowInWords, sentence } from './rowWords'

/** The channels the bridge uses. */
export type SyncApi = Pick<AxisRefApi, 'getSyncStatus' | 'syncNow' | 'pushSyncChanges' | 'waitForSyncChanges'>

/** A call to main that failed (main refused it, or could not be reached), in words. */
export class SyncCallError extends Error {}

/** The value of a host call, or a SyncCallError saying what failed. */
export async function valueOf<T>(what: string, call: () => Promise<Result<T>>): Promise<T> {
  let result: Result<T>
  try {
    result = await call()
  } catch (error) {
    throw new SyncCallError(`AxisRef could not ${what}: ${error instanceof Error ? error.message : String(error)}`)
  }
  if (!result.ok) throw new SyncCallError(`AxisRef could not ${what}: ${result.error.message}`)
  return result.value
}

/** A row as it goes to main (`row: null`: deleted), or why it cannot go: main refuses a whole call for one bad row. */
function changeOf(table: SyncedTable, id: string, row: unknown): { change: RowChange } | { problem: string } {
  const checked = checkedChange({ table, id, row: row ?? null })
  if ('change' in checked) return checked
  return { problem: `${sentence(rowInWords(table, id, row))} could not be sent (${checked.problem}); edit it to send it again.` }
}

/** Hands changes to main in one call; answers what main refused, in words. */
async function push(api: SyncApi, changes: RowChange[]): Promise<string[]> {
  if (changes.length === 0) return []
  const answer = await valueOf('hand changes to sync', () => api.pushSyncChanges({ changes }))
  return answer.refused.map(({ id, reason }) => `The change to ${refusedInWords(changes, id)} was not sent: ${reason}`)
}

/** Main names a refused change by the row's id or its document's id (`paper:<id>`). */
function refusedInWords(changes: readonly RowChange[], id: string): string {
  const change = changes.find((candidate) => candidate.id === id || id.endsWith(`:${candidate.id}`))
  return change ? rowInWords(change.table, change.id, change.row) : id
}

/**
 * Hands every row of every synced table to main, in calls of at most MAX_PUSHED_CHANGES (a
 * new connection: the server learns the whole library). Rows are read page by page, so a
 * large library is never held whole. Answers the problems, in words.
 */
export async function pushEveryRow(db: AxisRefDatabase, api: SyncApi): Promise<string[]> {
  const problems: string[] = []
  const pending: RowChange[] = []
  const add = async (table: SyncedTable, rows: readonly { id: string }[]) => {
    for (const row of rows) {
      const outcome = changeOf(table, row.id, row)
      if ('problem' in outcome) problems.push(outcome.problem)
      else pending.push(outcome.change)
      if (pending.length === MAX_PUSHED_CHANGES) problems.push(...(await push(api, pending.splice(0))))
    }
  }
  for (const table of SYNCED_TABLES) {
    if (table === 'settings') {
      await add(table, (await db.settings.bulkGet([...SYNCED_SETTING_KEYS])).filter((row) => row !== undefined))
      continue
    }
    for (let page = await firstPage(db, table); page.length > 0; page = await nextPage(db, table, page)) await add(table, page)
  }
  problems.push(...(await push(api, pending)))
  return problems
}

function firstPage(db: AxisRefDatabase, table: SyncedTable): Promise<{ id: string }[]> {
  return db.table(table).orderBy(':id').limit(MAX_PUSHED_CHANGES).toArray()
}

function nextPage(db: AxisRefDatabase, table: SyncedTable, previous: readonly { id: string }[]): Promise<{ id: string }[]> {
  const last = previous[previous.length - 1]
  if (!last || previous.length < MAX_PUSHED_CHANGES) return Promise.resolve([])
  return db.table(table).where(':id').above(last.id).limit(MAX_PUSHED_CHANGES).toArray()
}

/**
 * Hands the outbox's rows to main, MAX_PUSHED_CHANGES at a time, each row as it is now (a row
 * gone: its deletion). An entry is deleted once main has taken it, unless the row was written
 * again meanwhile (its `seq` moved): then it goes with the next drain. A row main refused, or
 * one that fails its own schema, is said in words and not tried again until it changes.
 */
export async function drainOutbox(db: AxisRefDatabase, api: SyncApi): Promise<string[]> {
  const problems: string[] = []
  for (;;) {
    const entries = await db.syncOutbox.limit(MAX_PUSHED_CHANGES).toArray()
    if (entries.length === 0) break
    const changes: RowChange[] = []
    for (const { outcome } of await currentRows(db, entries)) {
      if ('problem' in outcome) problems.push(outcome.problem)
      else changes.push(outcome.change)
    }
    problems.push(...(await push(api, changes)))
    await forgetSent(db, entries)
    if (entries.length < MAX_PUSHED_CHANGES) break
  }
  return problems
}

async function currentRows(db: AxisRefDatabase, entries: readonly SyncOutboxEntry[]) {
  return Promise.all(
    SYNCED_TABLES.flatMap((table) => {
      const ofTable = entries.filter((entry) => entry.table === table)
      if (ofTable.length === 0) return []
      return [db.table(table).bulkGet(ofTable.map((entry) => entry.rowId)).then((rows: unknown[]) => ofTable.map((entry, index) => ({ entry, outcome: changeOf(table, entry.rowId, rows[index]) })))]
    }),
  ).then((perTable) => perTable.flat())
}

/** Deletes the entries main has taken, unless recorded again since they were read. */
async function forgetSent(db: AxisRefDatabase, sent: readonly SyncOutboxEntry[]): Promise<void> {
  await db.transaction('rw', db.syncOutbox, async () => {
    const now = await db.syncOutbox.bulkGet(sent.map((entry) => entry.id))
    await db.syncOutbox.bulkDelete(sent.filter((entry, index) => now[index]?.seq === entry.seq).map((entry) => entry.id))
  })
}

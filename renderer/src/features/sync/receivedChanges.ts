import { DOC_KIND, SYNCED_TABLES, type IncomingChange, type RowChange, type SyncedTable } from '../../../../shared/sync/documents'
import type { AxisRefDatabase } from '../../db'
import { inReceivedTransaction, outboxId } from '../../db/syncOutbox'
import { checkedChange } from './checkedChange'
import { rowInWords, sentence } from './rowWords'

/** How often a change is held back (a citation key clash, a local change not yet sent) before it is skipped or applied anyway. */
export const MAX_HOLDS = 3

/** Why a received change waits: a paper here holds its citation key, or this window changed the row and has not sent it yet. */
export type HoldReason = 'clash' | 'local'

export interface ReceivedOutcome {
  applied: number
  /** Changes not written, and why, in words. */
  problems: string[]
  /** The first change held back: the window sends its outbox and asks again from before it. */
  held?: { reason: HoldReason; tries: number }
}

/** A batch of changes from main, as `waitForSyncChanges` answers it. */
export interface ReceivedBatch {
  changes: readonly IncomingChange[]
  last: string
}

/** What the batch's checks read once, before its changes are written: not one read per change. */
interface BatchView {
  /** Outbox ids of rows changed here and not yet sent. */
  unsent: Set<string>
  /** Citation key → the paper holding it, kept up to date as the batch writes papers. */
  keyHolders: Map<string, string>
  /** Paper id → its citation key, for the papers read. */
  keyOf: Map<string, string>
  /** The batch's writes, per table (id → row, null to delete), made at its end in bulk: one request per table, not one per row. */
  writes: Map<SyncedTable, Map<string, RowChange['row']>>
}

/**
 * Writes a batch received from main in one transaction (marked: the outbox does not record
 * it), checking each change again as main did; a bad one is said in words and skipped, never
 * written. A change is held back, and `since` stays before it so main sends it again, when a
 * paper here holds its citation key (main renames one of the two once it has this window's
 * paper) or when this window changed the row and not yet sent it (main must merge the two).
 * After MAX_HOLDS a clashing change is skipped and said; a row changed here is written anyway.
 * `holds` counts the holds of each change, across batches.
 */
export async function applyReceivedBatch(db: AxisRefDatabase, connectionId: string, batch: ReceivedBatch, holds: Map<string, number>): Promise<ReceivedOutcome> {
  return inReceivedTransaction(db, async () => {
    const state = (await db.syncState.get(connectionId)) ?? { id: connectionId, since: '', pushedAll: false }
    const outcome: ReceivedOutcome = { applied: 0, problems: [] }
    const checked = batch.changes.map((incoming) => ({ incoming, checked: checkedChange(incoming.change) }))
    const view = await readView(db, checked.flatMap(({ checked }) => ('change' in checked ? [checked.change] : [])))
    const held = new Map<number, NonNullable<ReceivedOutcome['held']>>()
    for (const [index, { incoming, checked: result }] of checked.entries()) {
      if ('problem' in result) outcome.problems.push(`A change from the server was not applied (${nameOf(incoming.change)}): ${result.problem}.`)
      else {
        const hold = applyOne(view, result.change, incoming.seq, holds, outcome)
        if (hold) held.set(index, hold)
      }
    }
    // a paper held for a key that a later paper of this batch gave up is written now
    for (const index of held.keys()) {
      const entry = checked[index]
      if (!entry || !('change' in entry.checked) || holdReason(view, entry.checked.change) !== undefined) continue
      write(view, entry.checked.change, outcome)
      holds.delete(holdKey(entry.checked.change, entry.incoming.seq))
      held.delete(index)
    }
    await writeAll(db, view.writes)
    const first = Math.min(...held.keys())
    outcome.held = held.get(first)
    const since = held.size === 0 ? batch.last : first === 0 ? state.since : (batch.changes[first - 1]?.seq ?? state.since)
    await db.syncState.put({ ...state, since })
    return outcome
  })
}

async function readView(db: AxisRefDatabase, changes: readonly RowChange[]): Promise<BatchView> {
  const stored = await db.syncOutbox.bulkGet(changes.map((change) => outboxId(change.table, change.id)))
  const keys = [...new Set(changes.flatMap((change) => keyOfChange(change) ?? []))]
  const holders = keys.length > 0 ? await db.papers.where('citationKey').anyOf(keys).toArray() : []
  return {
    unsent: new Set(stored.flatMap((entry) => (entry ? [entry.id] : []))),
    keyHolders: new Map(holders.map((paper) => [paper.citationKey, paper.id])),
    keyOf: new Map(holders.map((paper) => [paper.id, paper.citationKey])),
    writes: new Map(),
  }
}

async function writeAll(db: AxisRefDatabase, writes: BatchView['writes']): Promise<void> {
  for (const [name, rows] of writes) {
    const table = db.table(name)
    const deleted = [...rows].flatMap(([id, row]) => (row === null ? [id] : []))
    const kept = [...rows.values()].filter((row) => row !== null)
    if (deleted.length > 0) await table.bulkDelete(deleted)
    if (kept.length > 0) await table.bulkPut(kept)
  }
}

/** Writes one change (at the batch's end), or skips it, or holds it back (answering why and how often). */
function applyOne(view: BatchView, change: RowChange, seq: string, holds: Map<string, number>, outcome: ReceivedOutcome): ReceivedOutcome['held'] {
  const reason = holdReason(view, change)
  if (reason) {
    const key = holdKey(change, seq)
    const tries = (holds.get(key) ?? 0) + 1
    holds.set(key, tries)
    if (tries <= MAX_HOLDS) return { reason, tries }
    holds.delete(key)
    if (reason === 'clash') {
      outcome.problems.push(`${sentence(rowInWords(change.table, change.id, change.row))} from another device was not added: a paper here has the same citation key, and the server did not rename either.`)
      return undefined
    }
    outcome.problems.push(`Your change to ${rowInWords(change.table, change.id, change.row)} could not be sent before another device's change to it arrived: the other device's is shown.`)
  }
  write(view, change, outcome)
  return undefined
}

function holdKey(change: RowChange, seq: string): string {
  return `${change.table}:${change.id}@${seq}`
}

function holdReason(view: BatchView, change: RowChange): HoldReason | undefined {
  if (view.unsent.has(outboxId(change.table, change.id))) return 'local'
  const key = keyOfChange(change)
  const holder = key === undefined ? undefined : view.keyHolders.get(key)
  return holder !== undefined && holder !== change.id ? 'clash' : undefined
}

function write(view: BatchView, change: RowChange, outcome: ReceivedOutcome): void {
  const rows = view.writes.get(change.table) ?? new Map<string, RowChange['row']>()
  view.writes.set(change.table, rows.set(change.id, change.row))
  outcome.applied += 1
  if (change.table !== 'papers') return
  const before = view.keyOf.get(change.id)
  if (before !== undefined && view.keyHolders.get(before) === change.id) view.keyHolders.delete(before)
  view.keyOf.delete(change.id)
  const key = keyOfChange(change)
  if (key === undefined) return
  view.keyHolders.set(key, change.id)
  view.keyOf.set(change.id, key)
}

/** The citation key a paper's change gives it (none for a deletion or another table). */
function keyOfChange(change: RowChange): string | undefined {
  if (change.table !== 'papers') return undefined
  const row = change.row
  return row !== null && 'citationKey' in row ? row.citationKey : undefined
}

/** A document as the server names it, for a change too malformed to say more. */
function nameOf(change: unknown): string {
  const table: unknown = typeof change === 'object' && change !== null ? Reflect.get(change, 'table') : undefined
  const id: unknown = typeof change === 'object' && change !== null ? Reflect.get(change, 'id') : undefined
  const known = SYNCED_TABLES.find((name): name is SyncedTable => name === table)
  return known && typeof id === 'string' ? `${DOC_KIND[known]}:${id}` : 'a document AxisRef does not write'
}

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
    let since = state.since
    for (const incoming of batch.changes) {
      const written = await applyOne(db, incoming, holds, outcome)
      if (written && !outcome.held) since = incoming.seq
    }
    if (!outcome.held) since = batch.last
    await db.syncState.put({ ...state, since })
    return outcome
  })
}

/** Writes one change (or skips or holds it); true unless it was held back. */
async function applyOne(db: AxisRefDatabase, incoming: IncomingChange, holds: Map<string, number>, outcome: ReceivedOutcome): Promise<boolean> {
  const checked = checkedChange(incoming.change)
  if ('problem' in checked) {
    outcome.problems.push(`A change from the server was not applied (${nameOf(incoming.change)}): ${checked.problem}.`)
    return true
  }
  const { change } = checked
  const reason = await holdReason(db, change)
  if (reason) {
    const key = `${change.table}:${change.id}@${incoming.seq}`
    const tries = (holds.get(key) ?? 0) + 1
    holds.set(key, tries)
    if (tries <= MAX_HOLDS) {
      outcome.held ??= { reason, tries }
      return false
    }
    holds.delete(key)
    if (reason === 'clash') {
      outcome.problems.push(`${sentence(rowInWords(change.table, change.id, change.row))} from another device was not added: a paper here has the same citation key, and the server did not rename either.`)
      return true
    }
    outcome.problems.push(`Your change to ${rowInWords(change.table, change.id, change.row)} could not be sent before another device's change to it arrived: the other device's is shown.`)
  }
  await write(db, change)
  outcome.applied += 1
  return true
}

async function holdReason(db: AxisRefDatabase, change: RowChange): Promise<HoldReason | undefined> {
  if (await db.syncOutbox.get(outboxId(change.table, change.id))) return 'local'
  if (change.table !== 'papers') return undefined
  const row = change.row
  if (row === null || !('citationKey' in row)) return undefined
  const holders = await db.papers.where('citationKey').equals(row.citationKey).primaryKeys()
  return holders.some((id) => id !== change.id) ? 'clash' : undefined
}

async function write(db: AxisRefDatabase, change: RowChange): Promise<void> {
  const table = db.table(change.table)
  if (change.row === null) await table.delete(change.id)
  else await table.put(change.row)
}

/** A document as the server names it, for a change too malformed to say more. */
function nameOf(change: unknown): string {
  const table: unknown = typeof change === 'object' && change !== null ? Reflect.get(change, 'table') : undefined
  const id: unknown = typeof change === 'object' && change !== null ? Reflect.get(change, 'id') : undefined
  const known = SYNCED_TABLES.find((name): name is SyncedTable => name === table)
  return known && typeof id === 'string' ? `${DOC_KIND[known]}:${id}` : 'a document AxisRef does not write'
}

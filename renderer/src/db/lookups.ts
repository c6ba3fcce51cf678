import type { AxisRefDatabase } from './database'
import type { QueuedLookup, Unstamped } from './schema'

/** One lookup to queue: what to do, what the user typed (or the paper gave), and the parsed identifier. */
export type NewLookup = Pick<QueuedLookup, 'purpose' | 'input' | 'identifier' | 'paperId'>

/**
 * Stores lookups to run (they survive a restart) and answers their ids. A `complete` or
 * `retraction` lookup already waiting for the same paper is not queued twice: its id is
 * answered instead. Each is a millisecond after the one before, so they run and show in the order given.
 */
export async function enqueueLookups(db: AxisRefDatabase, lookups: readonly NewLookup[], now: number = Date.now()): Promise<string[]> {
  return db.transaction('rw', db.lookups, async () => {
    const ids: string[] = []
    for (const [index, lookup] of lookups.entries()) {
      const queued = lookup.paperId && lookup.purpose !== 'add' ? await waitingFor(db, lookup.paperId, lookup.purpose) : undefined
      if (queued) {
        ids.push(queued.id)
        continue
      }
      const row: Unstamped<QueuedLookup> = { id: crypto.randomUUID(), ...lookup, state: 'waiting', attempts: 0, createdAt: now + index }
      await db.lookups.add(row)
      ids.push(row.id)
    }
    return ids
  })
}

async function waitingFor(db: AxisRefDatabase, paperId: string, purpose: QueuedLookup['purpose']): Promise<QueuedLookup | undefined> {
  const rows = await db.lookups.where('paperId').equals(paperId).toArray()
  return rows.find((row) => row.purpose === purpose && (row.state === 'waiting' || row.state === 'running'))
}

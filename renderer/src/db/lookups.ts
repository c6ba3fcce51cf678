import type { AxisRefDatabase } from './database'
import type { QueuedLookup, Unstamped } from './schema'

/** Just after the newest `createdAt` this window gave (see `enqueueLookups`). */
let lastQueued = 0

/** One lookup to queue: what to do, what the user typed (or the paper gave), and the parsed identifier. */
export type NewLookup = Pick<QueuedLookup, 'purpose' | 'input' | 'identifier' | 'paperId'>

/**
 * Stores lookups to run (they survive a restart) and answers their ids. A `complete` or
 * `retraction` lookup already waiting for the same paper is not queued twice: its id is
 * answered instead. They are dated `now`, each a fraction of a millisecond after the one
 * before, so they run and show in the order given and none is dated in the future: the queue
 * runs when the newest row is a fresh one, and 85,000 rows a millisecond apart dated an
 * import's last ones 85 s ahead, so a lookup queued meanwhile was not the newest.
 */
export async function enqueueLookups(db: AxisRefDatabase, lookups: readonly NewLookup[], now: number = Date.now()): Promise<string[]> {
  // after every row this window queued before, even within the same millisecond (an import's chunks)
  const base = Math.max(now, lastQueued)
  lastQueued = base + 1
  return db.transaction('rw', db.lookups, async () => {
    // one read for every paper and one bulk write: an import of 100,000 records queues 85,000
    const queued = await waitingFor(db, lookups)
    const rows: Unstamped<QueuedLookup>[] = []
    const ids = lookups.map((lookup, index) => {
      const key = onePerPaper(lookup)
      const waiting = key === undefined ? undefined : queued.get(key)
      if (waiting) return waiting
      const row: Unstamped<QueuedLookup> = { id: crypto.randomUUID(), ...lookup, state: 'waiting', attempts: 0, createdAt: base + index / lookups.length }
      rows.push(row)
      if (key !== undefined) queued.set(key, row.id)
      return row.id
    })
    await db.lookups.bulkAdd(rows)
    return ids
  })
}

/** The key under which a lookup is queued only once (a paper's `complete` or `retraction`), if it is. */
function onePerPaper(lookup: NewLookup): string | undefined {
  return lookup.paperId && lookup.purpose !== 'add' ? `${lookup.paperId}\u0000${lookup.purpose}` : undefined
}

/** Ids of the lookups already waiting or running for these papers, by paper and purpose (the first of each). */
async function waitingFor(db: AxisRefDatabase, lookups: readonly NewLookup[]): Promise<Map<string, string>> {
  const paperIds = [...new Set(lookups.flatMap((lookup) => (onePerPaper(lookup) === undefined || !lookup.paperId ? [] : [lookup.paperId])))]
  const queued = new Map<string, string>()
  if (paperIds.length === 0) return queued
  for (const row of await db.lookups.where('paperId').anyOf(paperIds).toArray()) {
    const key = onePerPaper(row)
    if (key !== undefined && (row.state === 'waiting' || row.state === 'running') && !queued.has(key)) queued.set(key, row.id)
  }
  return queued
}

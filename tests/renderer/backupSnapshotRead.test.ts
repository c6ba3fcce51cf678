import type { DBCore, Middleware } from 'dexie'
import { describe, expect, it } from 'vitest'
import { generateLibrary } from '../../bench/fixtures/generateLibrary'
import { openDatabase, type AxisRefDatabase } from '../../renderer/src/db'
import { buildLibrarySnapshot } from '../../renderer/src/features/backup'

const POOL = { titles: ['A corpus title about stress'], sentences: ['Real abstracts mention cortisol.'], familyNames: ['Corpusson'], journals: ['Corpus Journal'] }

/** The read transactions the database opens, and the most rows one read of papers answered. */
function watchReads(db: AxisRefDatabase): { transactions: number; mostPapers: number } {
  const seen = { transactions: 0, mostPapers: 0 }
  const watching: Middleware<DBCore> = {
    stack: 'dbcore',
    name: 'WatchReads',
    create: (down) => ({
      ...down,
      transaction: (stores, mode, options) => {
        if (mode === 'readonly') seen.transactions++
        return down.transaction(stores, mode, options)
      },
      table: (name) => {
        const table = down.table(name)
        return {
          ...table,
          query: async (request) => {
            const response = await table.query(request)
            if (name === 'papers') seen.mostPapers = Math.max(seen.mostPapers, response.result.length)
            return response
          },
        }
      },
    }),
  }
  db.use(watching)
  return seen
}

describe('reading the library for a backup snapshot', () => {
  it('reads a chunk at a time, each in a transaction of its own, so no edit waits for the whole library to be read', async () => {
    const db = openDatabase(`snapshot-read-${Date.now()}`)
    // before the database opens: a middleware added later is not in its stack
    const reads = watchReads(db)
    const library = generateLibrary(POOL, { count: 5_000, seed: 5 })
    await db.transaction('rw', [db.papers, db.attachments, db.notes], async () => {
      await db.papers.bulkAdd(library.papers)
      await db.attachments.bulkAdd(library.attachments)
      await db.notes.bulkAdd(library.notes)
    })
    Object.assign(reads, { transactions: 0, mostPapers: 0 })
    const built = await buildLibrarySnapshot(db)
    // IndexedDB holds a write until the reads over its table end: one read of 100,000 papers held a tag added for seconds
    expect(reads.mostPapers).toBe(2_000)
    expect(reads.transactions).toBeGreaterThanOrEqual(3 + 6)
    expect(built.papers.map((row) => row.id)).toEqual(library.papers.map((paper) => paper.id).sort())
    expect(built.attachments).toHaveLength(library.attachments.length)
    expect(built.notes).toHaveLength(library.notes.length)
    db.close()
  })
})

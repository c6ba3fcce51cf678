import { describe, expect, it } from 'vitest'
import { enqueueLookups, openDatabase } from '../../renderer/src/db'

let count = 0

describe('the stored lookup queue', () => {
  it('keeps queued lookups in IndexedDB, waiting, and does not queue a paper twice for the same purpose', async () => {
    const name = `lookups-${++count}`
    const db = openDatabase(name)
    const [first, second] = await enqueueLookups(db, [
      { purpose: 'add', input: 'PMID: 33856845', identifier: { kind: 'pmid', value: '33856845' } },
      { purpose: 'complete', input: '10.7554/eLife.01567', identifier: { kind: 'doi', value: '10.7554/elife.01567' }, paperId: 'p1' },
    ], 1000)
    const [again] = await enqueueLookups(db, [{ purpose: 'complete', input: 'p1', paperId: 'p1' }], 2000)
    expect(again).toBe(second)
    db.close()

    // a restart: a new connection to the same database finds them
    const reopened = openDatabase(name)
    const rows = await reopened.lookups.orderBy('createdAt').toArray()
    expect(rows.map((row) => [row.id, row.purpose, row.state, row.attempts])).toEqual([
      [first, 'add', 'waiting', 0],
      [second, 'complete', 'waiting', 0],
    ])
    expect(rows[0]?.revision).toBe(1)
    reopened.close()
  })
})

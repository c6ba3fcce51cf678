import { Dexie, liveQuery, type EntityTable } from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'

/**
 * Dexie 4.4.7's live queries merge every storage mutation in the app (including those the
 * search and suggestion workers broadcast) into each subscriber's pending set, and empty it
 * only when that subscriber's own query runs again: a subscriber whose tables are not
 * written kept every paper key written for ever, and at 20,000 papers a start spent 1.3 s of
 * the page's time merging them. patches/dexie+4.4.7.patch keeps the set only while the
 * subscriber's query is in flight. These tests hold the behaviour the app relies on.
 */
interface Row {
  id: string
  value: number
}

class Pair extends Dexie {
  watched!: EntityTable<Row, 'id'>
  other!: EntityTable<Row, 'id'>
  constructor(name: string) {
    super(name)
    this.version(1).stores({ watched: 'id', other: 'id' })
  }
}

let count = 0
const opened: Pair[] = []
afterEach(() => {
  for (const db of opened.splice(0)) db.close()
})

function pair(): Pair {
  const db = new Pair(`live-query-patch-${++count}`)
  opened.push(db)
  return db
}

/** Subscribes to the sum of `watched`'s values; `values` holds every answer in order. */
function watchSum(db: Pair): { values: number[]; until(value: number): Promise<void>; stop(): void } {
  const values: number[] = []
  const waiting: { value: number; resolve: () => void }[] = []
  const subscription = liveQuery(async () => (await db.watched.toArray()).reduce((sum, row) => sum + row.value, 0)).subscribe({
    next(value) {
      values.push(value)
      for (const wait of waiting.filter((entry) => entry.value === value)) wait.resolve()
    },
    error(error: unknown) {
      throw error
    },
  })
  return {
    values,
    until: (value) => (values.includes(value) ? Promise.resolve() : new Promise((resolve) => waiting.push({ value, resolve }))),
    stop: () => subscription.unsubscribe(),
  }
}

describe('live queries with the patched Dexie', () => {
  it('is the patched build the app loads (npm install applies patches/ through patch-package)', () => {
    expect(String(liveQuery)).toContain('if (!querying)')
  })

  it('answers again after a write to its table, and not after thousands of writes elsewhere', async () => {
    const db = pair()
    const sum = watchSum(db)
    await sum.until(0)
    for (let batch = 0; batch < 20; batch++) await db.other.bulkPut(Array.from({ length: 100 }, (_, index) => ({ id: `o${batch}-${index}`, value: index })))
    for (let index = 0; index < 200; index++) await db.other.put({ id: `single-${index}`, value: index })
    await db.watched.put({ id: 'a', value: 5 })
    await sum.until(5)
    expect(sum.values).toEqual([0, 5])
    sum.stop()
  })

  it('does not lose a write made while its query is running', async () => {
    const db = pair()
    await db.watched.put({ id: 'a', value: 1 })
    const sum = watchSum(db)
    // the first query is in flight: this write lands during it or just after it
    await db.watched.put({ id: 'b', value: 2 })
    await sum.until(3)
    await db.watched.put({ id: 'c', value: 4 })
    await sum.until(7)
    expect(sum.values.at(-1)).toBe(7)
    sum.stop()
  })
})

import { describe, expect, it } from 'vitest'
import { createIdTable, createIdTableReader } from '../../../renderer/src/search/idTable'

describe('answers sent as positions in an id table', () => {
  it('gives the page the same ids in the same order, each id crossing once', () => {
    const worker = createIdTable(7)
    const page = createIdTableReader()
    const first = worker.encode(['p3', 'p1', 'p2'], page.known())
    expect(page.decode(first)).toEqual(['p3', 'p1', 'p2'])
    const second = worker.encode(['p2', 'p4', 'p3'], page.known())
    expect(second.added).toBe('p4')
    expect(page.decode(second)).toEqual(['p2', 'p4', 'p3'])
    expect(page.decode(worker.encode([], page.known()))).toEqual([])
  })

  it('reads two answers that crossed (both sent before either arrived) in either order', () => {
    const worker = createIdTable(7)
    const page = createIdTableReader()
    const known = page.known()
    const early = worker.encode(['a', 'b'], known)
    const late = worker.encode(['c', 'a'], known)
    expect(page.decode(late)).toEqual(['c', 'a'])
    expect(page.decode(early)).toEqual(['a', 'b'])
    expect(page.decode(worker.encode(['b', 'c', 'd'], page.known()))).toEqual(['b', 'c', 'd'])
  })

  it('starts afresh with a worker started afresh, and says so when an answer refers to ids it never got', () => {
    const page = createIdTableReader()
    const before = createIdTable(1)
    page.decode(before.encode(['x', 'y'], page.known()))
    const after = createIdTable(2)
    expect(page.decode(after.encode(['z', 'y'], page.known()))).toEqual(['z', 'y'])
    const stranger = createIdTableReader()
    expect(() => stranger.decode({ ...after.encode(['w'], { table: 2, count: 2 }) })).toThrow(/holds only 0/)
  })
})

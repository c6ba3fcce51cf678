import { describe, expect, it } from 'vitest'
import { findInItems, firstMatchFrom, queryPattern, stepMatch } from '../../../renderer/src/features/reader/find'

describe('finding text on a page', () => {
  it('finds every occurrence, ignoring case, with offsets into the spans', () => {
    const items = [{ str: 'Microglia respond to ' }, { str: 'LPS; microglia' }, { str: ' prime.' }]
    expect(findInItems(items, 'MICROGLIA', 4)).toEqual([
      { page: 4, segments: [{ item: 0, start: 0, end: 9 }] },
      { page: 4, segments: [{ item: 1, start: 5, end: 14 }] },
    ])
  })

  it('finds a phrase broken across spans and across a line end', () => {
    const items = [{ str: 'the gut', hasEOL: true }, { str: 'micro' }, { str: 'biota axis' }]
    expect(findInItems(items, 'gut  microbiota', 1)).toEqual([
      { page: 1, segments: [{ item: 0, start: 4, end: 7 }, { item: 1, start: 0, end: 5 }, { item: 2, start: 0, end: 5 }] },
    ])
  })

  it('treats the query as text, not a pattern, and finds nothing for blanks', () => {
    expect(findInItems([{ str: 'p < .05 (n = 12)' }], '(n = 12)', 2)).toEqual([{ page: 2, segments: [{ item: 0, start: 8, end: 16 }] }])
    expect(queryPattern('   ')).toBeNull()
    expect(findInItems([{ str: 'anything' }], '', 1)).toEqual([])
  })

  it('steps through matches with wrap-around and starts at the current page', () => {
    expect(stepMatch(2, 3, 1)).toBe(0)
    expect(stepMatch(0, 3, -1)).toBe(2)
    expect(stepMatch(-1, 3, -1)).toBe(2)
    expect(stepMatch(0, 0, 1)).toBe(-1)
    const matches = [1, 1, 4, 6].map((page) => ({ page, segments: [] }))
    expect(firstMatchFrom(matches, 3)).toBe(2)
    expect(firstMatchFrom(matches, 7)).toBe(0)
  })
})

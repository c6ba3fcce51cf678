import { describe, expect, it } from 'vitest'
import { DEFAULT_COLUMNS, nextSort, toggleColumn, validColumns, validSort } from '../../../renderer/src/features/library/columns'
import { NO_SELECTION, clickRow, focusedPaper, moveLead, selectAll } from '../../../renderer/src/features/library/listSelection'

const ORDER = ['a', 'b', 'c', 'd', 'e']
const plain = { toggle: false, range: false }

describe('selecting rows', () => {
  it('selects one row on a click, toggles with Ctrl, and selects a range from the anchor with Shift', () => {
    const one = clickRow(NO_SELECTION, ORDER, 'b', plain)
    expect(one).toEqual({ ids: ['b'], anchor: 'b', lead: 'b' })
    const two = clickRow(one, ORDER, 'd', { toggle: true, range: false })
    expect(two.ids).toEqual(['b', 'd'])
    expect(clickRow(two, ORDER, 'b', { toggle: true, range: false }).ids).toEqual(['d'])
    const range = clickRow(one, ORDER, 'e', { toggle: false, range: true })
    expect(range).toEqual({ ids: ['b', 'c', 'd', 'e'], anchor: 'b', lead: 'e' })
    // a second shift-click re-measures from the same anchor
    expect(clickRow(range, ORDER, 'a', { toggle: false, range: true }).ids).toEqual(['a', 'b'])
  })

  it('moves with the arrow keys, extends with Shift, jumps to the ends and stops at them', () => {
    const start = moveLead(NO_SELECTION, ORDER, 1, false)
    expect(start.ids).toEqual(['a'])
    const down = moveLead(start, ORDER, 1, false)
    expect(down).toEqual({ ids: ['b'], anchor: 'b', lead: 'b' })
    const extended = moveLead(moveLead(down, ORDER, 1, true), ORDER, 1, true)
    expect(extended).toEqual({ ids: ['b', 'c', 'd'], anchor: 'b', lead: 'd' })
    expect(moveLead(extended, ORDER, -3, true).ids).toEqual(['a', 'b'])
    expect(moveLead(down, ORDER, 'last', false).ids).toEqual(['e'])
    expect(moveLead(down, ORDER, 100, false).ids).toEqual(['e'])
    expect(moveLead(down, ORDER, 'first', true).ids).toEqual(['a', 'b'])
    expect(moveLead(down, [], 1, false)).toBe(down)
  })

  it('selects all, and shows the lead in the details pane', () => {
    const all = selectAll(clickRow(NO_SELECTION, ORDER, 'c', plain), ORDER)
    expect(all.ids).toEqual(ORDER)
    expect(focusedPaper(all)).toBe('c')
    expect(focusedPaper({ ids: ['b'], lead: 'x' })).toBe('b')
  })
})

describe('columns and sort', () => {
  it('always keep the title, keep display order, and drop unknown names read from settings', () => {
    expect(toggleColumn(DEFAULT_COLUMNS, 'title')).toEqual(DEFAULT_COLUMNS)
    expect(toggleColumn(['title', 'year'], 'citationKey')).toEqual(['title', 'year', 'citationKey'])
    expect(toggleColumn(['title', 'year', 'firstAuthor'], 'year')).toEqual(['title', 'firstAuthor'])
    expect(validColumns(['year', 'bogus', 'title'])).toEqual(['title', 'year'])
    expect(validColumns(['year'])).toEqual(DEFAULT_COLUMNS)
    expect(validColumns('nonsense')).toEqual(DEFAULT_COLUMNS)
  })

  it('flip direction on a second click; dates and years start newest first', () => {
    expect(nextSort({ column: 'title', direction: 'asc' }, 'title')).toEqual({ column: 'title', direction: 'desc' })
    expect(nextSort('relevance', 'year')).toEqual({ column: 'year', direction: 'desc' })
    expect(nextSort({ column: 'year', direction: 'desc' }, 'journal')).toEqual({ column: 'journal', direction: 'asc' })
    expect(validSort({ column: 'citationKey', direction: 'desc' })).toEqual({ column: 'citationKey', direction: 'desc' })
    expect(validSort({ column: 'colour', direction: 'desc' })).toBeUndefined()
  })
})

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  SORT_COLUMNS,
  collationKey,
  comparatorFor,
  insertSorted,
  reverseOrder,
  sortIds,
  sortKeysOf,
  type SortableRecord,
  type SortKeys,
  type SortSpec,
} from '../../../renderer/src/search/listModel'
import { createListModel } from '../../../renderer/src/search/listViews'

function record(id: string, fields: Partial<SortableRecord> = {}): SortableRecord {
  return { id, title: `Title ${id}`, firstAuthorSort: 'Smith', journal: 'Gut', citationKey: id, addedAt: 0, ...fields }
}

function sorted(records: SortableRecord[], spec: SortSpec): string[] {
  return sortIds(records.map((item) => sortKeysOf(item)), spec)
}

describe('sorting by column', () => {
  it('orders titles as a reader expects: case, accents and leading quotes ignored, numbers by value', () => {
    const records = [
      record('a', { title: 'Zinc and depression' }),
      record('b', { title: '"Leaky gut" revisited' }),
      record('c', { title: 'étude of microglia' }),
      record('d', { title: 'Study 10 of IL-6' }),
      record('e', { title: 'study 2 of IL-6' }),
      record('f', { title: 'Ärger and cortisol' }),
    ]
    expect(sorted(records, { column: 'title', direction: 'asc' })).toEqual(['f', 'c', 'b', 'e', 'd', 'a'])
    expect(collationKey('Straße')).toBe(collationKey('strasse'))
  })

  it('sorts authors by family name, so "van der Berg" is under B', () => {
    const records = [record('a', { firstAuthorSort: 'Maes Michael' }), record('b', { firstAuthorSort: 'Berg Anna' }), record('c', { firstAuthorSort: 'Østergaard S' })]
    expect(sorted(records, { column: 'firstAuthor', direction: 'asc' })).toEqual(['b', 'a', 'c'])
  })

  it('puts missing values last in both directions', () => {
    const records = [record('a', { year: 2001 }), record('b'), record('c', { year: 2020 }), record('d', { journal: '' })]
    expect(sorted(records, { column: 'year', direction: 'asc' })).toEqual(['a', 'c', 'b', 'd'])
    expect(sorted(records, { column: 'year', direction: 'desc' })).toEqual(['c', 'a', 'b', 'd'])
    expect(sorted(records, { column: 'journal', direction: 'desc' }).at(-1)).toBe('d')
    expect(sorted(records, { column: 'journal', direction: 'asc' }).at(-1)).toBe('d')
  })

  it('orders study types strongest evidence first, and breaks ties by title then id', () => {
    const records = [
      record('a', { studyType: 'review', title: 'B' }),
      record('b', { studyType: 'meta-analysis', title: 'Z' }),
      record('c', { studyType: 'review', title: 'A' }),
      record('d', { studyType: 'rct', title: 'A' }),
      record('e', { studyType: 'review', title: 'A' }),
    ]
    expect(sorted(records, { column: 'studyType', direction: 'asc' })).toEqual(['b', 'd', 'c', 'e', 'a'])
  })
})

const arbitraryRecord = fc.record({
  id: fc.string({ minLength: 1, maxLength: 6 }),
  title: fc.constantFrom('', 'Gut', 'gut', 'Güt', 'Brain 2', 'Brain 10', '"Quoted"', 'zinc'),
  firstAuthorSort: fc.constantFrom('', 'Maes', 'Müller', 'Muller', 'Berg'),
  year: fc.option(fc.integer({ min: 1990, max: 1995 }), { nil: undefined }),
  journal: fc.constantFrom('', 'Gut', 'Glia'),
  citationKey: fc.string({ maxLength: 4 }),
  addedAt: fc.integer({ min: 0, max: 5 }),
  studyType: fc.option(fc.constantFrom('rct', 'review', 'cohort'), { nil: undefined }),
})

describe('inserting into a sorted list', () => {
  it('places each new paper exactly where a full sort would, for every column and direction', () => {
    fc.assert(
      fc.property(fc.uniqueArray(arbitraryRecord, { selector: (item) => item.id, maxLength: 40 }), fc.constantFrom(...SORT_COLUMNS), fc.boolean(), (records, column, ascending) => {
        const spec: SortSpec = { column, direction: ascending ? 'asc' : 'desc' }
        const keys = new Map<string, SortKeys>()
        const order: string[] = []
        for (const item of records) {
          const itemKeys = sortKeysOf(item)
          keys.set(item.id, itemKeys)
          insertSorted(order, itemKeys, spec, (id) => keys.get(id))
        }
        expect(order).toEqual(sorted(records, spec))
      }),
    )
  })

  it('looks at about log2(n) records to place one, not at all of them', () => {
    const records = Array.from({ length: 10_000 }, (_, index) => record(`p${index}`, { year: 1950 + (index % 70) }))
    const keys = new Map(records.map((item) => [item.id, sortKeysOf(item)]))
    const spec: SortSpec = { column: 'year', direction: 'desc' }
    const order = sortIds(keys.values(), spec)
    let lookups = 0
    const fresh = sortKeysOf(record('new', { year: 1999 }))
    const at = insertSorted(order, fresh, spec, (id) => {
      lookups++
      return keys.get(id)
    })
    keys.set('new', fresh)
    expect(lookups).toBeLessThanOrEqual(15)
    expect(order).toEqual(sortIds(keys.values(), spec))
    expect(order[at]).toBe('new')
  })
})

describe('deriving orders without sorting', () => {
  it('turns one direction into the other in a single pass, ties and missing values placed as a sort would', () => {
    fc.assert(
      fc.property(fc.uniqueArray(arbitraryRecord, { selector: (item) => item.id, maxLength: 40 }), fc.constantFrom(...SORT_COLUMNS), (records, column) => {
        const keys = records.map((item) => sortKeysOf(item))
        const ascending = [...keys].sort(comparatorFor({ column, direction: 'asc' }))
        const descending = [...keys].sort(comparatorFor({ column, direction: 'desc' }))
        expect(reverseOrder(ascending, column).map((key) => key.id)).toEqual(descending.map((key) => key.id))
        expect(reverseOrder(descending, column).map((key) => key.id)).toEqual(ascending.map((key) => key.id))
      }),
    )
  })

  it('restores saved orders instead of sorting, and keeps them in step as records change', () => {
    const records = [record('a', { year: 2000 }), record('b', { year: 2010 }), record('c', { year: 2005 })]
    const saved = createListModel(records).saveOrders((id) => records.findIndex((item) => item.id === id))
    expect([...(saved['year:asc'] ?? [])]).toEqual([0, 2, 1])
    expect([...(saved['year:desc'] ?? [])]).toEqual([1, 2, 0])
    // a deliberately different saved order proves it is used rather than re-sorted
    const restored = createListModel(records, undefined, { 'year:asc': Uint32Array.from([1, 0, 2]) })
    expect(restored.order({ column: 'year', direction: 'asc' })).toEqual(['b', 'a', 'c'])
    expect(restored.order({ column: 'year', direction: 'desc' })).toEqual(['c', 'a', 'b'])
    const changed = createListModel(records, undefined, { 'year:asc': Uint32Array.from([1, 0, 2]) })
    changed.upsert(record('d', { year: 1990 }))
    expect(changed.order({ column: 'year', direction: 'asc' })).toEqual(['d', 'b', 'a', 'c'])
  })
})

describe('the list model', () => {
  it('keeps every order it has handed out in step as papers are added, edited and removed', () => {
    const model = createListModel([record('a', { year: 2000 }), record('b', { year: 2010 }), record('c', { year: 2005 })])
    const byYear = model.order({ column: 'year', direction: 'asc' })
    expect(model.order({ column: 'title', direction: 'desc' })).toEqual(['c', 'b', 'a'])
    const entriesByYear = model.entries({ column: 'year', direction: 'asc' })
    expect(byYear).toEqual(['a', 'c', 'b'])
    model.upsert(record('d', { year: 2007, title: 'Title z' }))
    model.upsert(record('a', { year: 2020 }))
    model.remove('c')
    expect(model.entries({ column: 'year', direction: 'asc' })).toBe(entriesByYear)
    expect(model.order({ column: 'year', direction: 'asc' })).toEqual(['d', 'b', 'a'])
    expect(model.order({ column: 'title', direction: 'desc' })).toEqual(['d', 'b', 'a'])
    expect(model.size).toBe(3)
    expect(model.has('c')).toBe(false)
  })

  it('takes a changed paper that sorts where it did in place, one by one or in a batch, and moves one that does not', () => {
    type Paper = SortableRecord & { tags: string[] }
    const paper = (id: string, fields: Partial<Paper> = {}): Paper => ({ ...record(id), tags: [], ...fields })
    const papers = Array.from({ length: 600 }, (_, index) => paper(`p${String(index).padStart(3, '0')}`, { year: 1990 + (index % 30) }))
    const model = createListModel<Paper>(papers)
    const byYear = model.entries({ column: 'year', direction: 'asc' })
    const before = byYear.map((entry) => entry.id)
    const tagged = paper('p007', { year: 1997, tags: ['read'] })
    model.upsert(tagged)
    // a batch as a catch-up after a bulk write brings it: every paper changed, none moves
    model.upsertMany(papers.map((item) => ({ ...item, tags: ['screened'] })))
    expect(model.entries({ column: 'year', direction: 'asc' })).toBe(byYear)
    expect(byYear.map((entry) => entry.id)).toEqual(before)
    expect(byYear.every((entry) => entry.record.tags[0] === 'screened')).toBe(true)
    // one whose year changed moves, and the batch's others keep their places
    model.upsertMany([paper('p007', { year: 2030 }), paper('p008', { year: 1998, tags: ['again'] })])
    expect(model.order({ column: 'year', direction: 'asc' }).at(-1)).toBe('p007')
    expect(model.entries({ column: 'year', direction: 'asc' }).find((entry) => entry.id === 'p008')?.record.tags).toEqual(['again'])
    expect(model.order({ column: 'year', direction: 'asc' })).toEqual(sorted([...papers.filter((item) => item.id !== 'p007'), paper('p007', { year: 2030 })], { column: 'year', direction: 'asc' }))
  })

  it('merges a large batch (a catch-up after a bulk write) into every order it has handed out, as a full sort would place it', () => {
    const papers = Array.from({ length: 2000 }, (_, index) => record(`p${index}`, { year: 1980 + (index % 40), title: `Title ${(index * 7919) % 2000}`, journal: index % 3 ? 'Gut' : 'Brain' }))
    const model = createListModel(papers)
    const specs: SortSpec[] = [{ column: 'year', direction: 'desc' }, { column: 'title', direction: 'asc' }, { column: 'journal', direction: 'asc' }]
    const handedOut = specs.map((spec) => model.entries(spec))
    // 300 new papers and 100 edited ones that sort elsewhere, in one batch (under a quarter of the library)
    const added = Array.from({ length: 300 }, (_, index) => record(`n${index}`, { year: 1990 + (index % 20), title: `New ${index}` }))
    const edited = papers.slice(0, 100).map((item) => ({ ...item, year: 2030, title: `Zz ${item.id}` }))
    model.upsertMany([...added, ...edited])
    const all = [...edited, ...papers.slice(100), ...added]
    specs.forEach((spec, index) => {
      expect(model.entries(spec)).toBe(handedOut[index])
      expect(model.order(spec)).toEqual(sorted(all, spec))
    })
    expect(model.size).toBe(2300)
  })
})

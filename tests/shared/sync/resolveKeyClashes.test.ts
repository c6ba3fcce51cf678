import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { resolveKeyClashes } from '../../../shared/sync/merge'
import { paperRow } from './rows'

const nothingElse = (): boolean => false

describe('two papers given the same citation key on two devices', () => {
  it('leaves the key to the paper added first and gives the other the next free key, its old key kept as an alias', () => {
    const first = paperRow({ id: 'p-laptop', citationKey: 'maes2008', addedAt: 100 })
    const second = paperRow({ id: 'p-desktop', citationKey: 'maes2008', addedAt: 200, citationKeyAliases: ['maesGut'] })
    expect(resolveKeyClashes([second, first], nothingElse)).toEqual([{ ...second, citationKey: 'maes2008a', citationKeyAliases: ['maesGut', 'maes2008'] }])
  })

  it('decides a tie of added times by the paper id', () => {
    const a = paperRow({ id: 'a', citationKey: 'smith2020', addedAt: 100 })
    const b = paperRow({ id: 'b', citationKey: 'smith2020', addedAt: 100 })
    expect(resolveKeyClashes([b, a], nothingElse).map((paper) => paper.id)).toEqual(['b'])
  })

  it('skips keys other papers of the library use, and keys it gave in the same call', () => {
    const papers = ['p1', 'p2', 'p3'].map((id, index) => paperRow({ id, citationKey: 'maes2008', addedAt: index }))
    const taken = new Set(['maes2008a'])
    const changed = resolveKeyClashes(papers, (key) => taken.has(key.toLowerCase()))
    expect(changed.map((paper) => [paper.id, paper.citationKey])).toEqual([
      ['p2', 'maes2008b'],
      ['p3', 'maes2008c'],
    ])
  })

  it('treats keys that differ only in case as the same key, as BibTeX does', () => {
    const first = paperRow({ id: 'p1', citationKey: 'Maes2008', addedAt: 1 })
    const second = paperRow({ id: 'p2', citationKey: 'maes2008', addedAt: 2 })
    expect(resolveKeyClashes([first, second], nothingElse)).toEqual([expect.objectContaining({ id: 'p2', citationKey: 'maes2008a', citationKeyAliases: ['maes2008'] })])
  })

  it('changes nothing when every key is unique', () => {
    expect(resolveKeyClashes([paperRow({ id: 'p1', citationKey: 'a' }), paperRow({ id: 'p2', citationKey: 'b' })], nothingElse)).toEqual([])
  })

  it('ends with unique keys, the same whatever the order of the papers (property)', () => {
    const papers = fc.uniqueArray(fc.record({ id: fc.string({ minLength: 1, maxLength: 4 }), key: fc.constantFrom('k', 'K', 'ka', 'kb', 'x'), addedAt: fc.integer({ min: 0, max: 3 }) }), { selector: (paper) => paper.id, maxLength: 8 })
    const twoOrders = papers.chain((specs) => fc.tuple(fc.constant(specs), fc.shuffledSubarray(specs, { minLength: specs.length, maxLength: specs.length })))
    const rowOf = ({ id, key, addedAt }: { id: string; key: string; addedAt: number }) => paperRow({ id, citationKey: key, addedAt })
    fc.assert(
      fc.property(twoOrders, ([specs, other]) => {
        const rows = specs.map(rowOf)
        const shuffled = other.map(rowOf)
        const changed = resolveKeyClashes(rows, nothingElse)
        expect(resolveKeyClashes(shuffled, nothingElse)).toEqual(changed)
        const byId = new Map([...rows, ...changed].map((paper) => [paper.id, paper]))
        const keys = [...byId.values()].map((paper) => paper.citationKey.toLowerCase())
        expect(new Set(keys).size).toBe(keys.length)
        for (const paper of changed) expect(paper.citationKeyAliases).toContain(rows.find((row) => row.id === paper.id)?.citationKey)
      }),
      { seed: 17, numRuns: 200 },
    )
  })
})

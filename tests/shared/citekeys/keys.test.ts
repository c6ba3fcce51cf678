import { describe, expect, it } from 'vitest'
import { assignCitationKeys, foldToAscii, generateCitationKey, isSafeCitationKey, makeUniqueKey, parseKeyPattern } from '../../../shared/citekeys'
import type { CslItem } from '../../../shared/formats'

function item(fields: Partial<CslItem>): CslItem {
  return { id: 'x', type: 'article-journal', ...fields }
}

const maes = item({
  title: 'The gut-brain barrier in major depression: intestinal mucosal dysfunction',
  author: [{ family: 'Maes', given: 'Michael' }, { family: 'Kubera', given: 'Marta' }, { family: 'Leunis', given: 'Jean-Claude' }],
  issued: { 'date-parts': [[2008, 2]] },
  'container-title': 'Neuro Endocrinology Letters',
  PMID: '18283240',
})

describe('generated citation keys', () => {
  it('default: first author, year, first significant title word, lower-case ASCII', () => {
    expect(generateCitationKey(maes)).toBe('maes2008gut')
    expect(generateCitationKey(item({ title: 'Gut microbiota and depression', author: [{ family: 'Maes' }], issued: { 'date-parts': [[2008]] } }))).toBe('maes2008gut')
  })

  it('folds accents and letters LaTeX keys cannot hold', () => {
    expect(generateCitationKey(item({ title: 'Über Entzündung', author: [{ family: 'Müller' }], issued: { 'date-parts': [[2019]] } }))).toBe('muller2019uber')
    expect(generateCitationKey(item({ title: 'Ørsted', author: [{ family: 'Łukasiewicz-Strauß' }], issued: { 'date-parts': [[2020]] } }))).toBe('lukasiewiczstrauss2020orsted')
    expect(foldToAscii('TNF-α and IFN-γ in Ångström µm')).toBe('TNF-alpha and IFN-gamma in Angstrom mum')
  })

  it('uses the family name without its particle, a group author\'s initials, and falls back to editors', () => {
    expect(generateCitationKey(item({ title: 'Sunflowers', author: [{ family: 'Gogh', 'non-dropping-particle': 'van' }], issued: { 'date-parts': [[1888]] } }))).toBe('gogh1888sunflowers')
    expect(generateCitationKey(item({ title: 'Depression fact sheet', author: [{ literal: 'World Health Organization' }], issued: { 'date-parts': [[2023]] } }))).toBe('who2023depression')
    expect(generateCitationKey(item({ type: 'book', title: 'Psychoneuroimmunology', editor: [{ family: 'Ader' }], issued: { 'date-parts': [[2007]] } }))).toBe('ader2007psychoneuroimmunology')
  })

  it('skips stopwords and numbers, splits hyphenated words, and is never empty', () => {
    expect(generateCitationKey(item({ title: 'The role of IL-6 in 2019', author: [{ family: 'Kim' }] }))).toBe('kimrole')
    expect(generateCitationKey(item({ title: 'IL-6 and depression', author: [{ family: 'Kim' }] }), '[auth][shorttitle]')).toBe('kimil')
    expect(generateCitationKey(item({}))).toBe('ref')
  })

  it('follows a pattern setting: counts, capitalised fields, literals', () => {
    expect(generateCitationKey(maes, '[Auth][year][Title:3]')).toBe('Maes2008Gutbrainbarrier')
    expect(generateCitationKey(maes, '[authors:2]_[shortyear]')).toBe('maeskuberaetal_08')
    expect(generateCitationKey(maes, '[auth]:[journal]:[pmid]')).toBe('maes:nel:18283240')
  })

  it('rejects a bad pattern with a sentence naming the problem', () => {
    expect(parseKeyPattern('[auth][yaer]')).toEqual({ ok: false, error: expect.stringMatching(/Unknown field "\[yaer\]".*known fields: auth/) })
    expect(parseKeyPattern('[auth] [year]')).toEqual({ ok: false, error: expect.stringMatching(/may only use letters/) })
    expect(parseKeyPattern('[auth')).toEqual({ ok: false, error: expect.stringMatching(/Unmatched "\["/) })
    expect(parseKeyPattern('ref')).toEqual({ ok: false, error: expect.stringMatching(/at least one field/) })
    expect(parseKeyPattern('[title:0]').ok).toBe(false)
    expect(() => generateCitationKey(maes, '[nope]')).toThrow(/Unknown field/)
  })
})

describe('unique keys', () => {
  it('suffix a, b, c … on a clash, ignoring case as BibTeX does', () => {
    expect(makeUniqueKey('maes2008gut', new Set(['maes2008gut']))).toBe('maes2008guta')
    expect(makeUniqueKey('maes2008gut', new Set(['maes2008gut', 'maes2008guta']))).toBe('maes2008gutb')
    expect(makeUniqueKey('Maes2008', new Set(['maes2008']))).toBe('Maes2008a')
    const taken = new Set(['k', ...'abcdefghijklmnopqrstuvwxyz'.split('').map((letter) => `k${letter}`)])
    expect(makeUniqueKey('k', taken)).toBe('kaa')
  })

  it('keep imported keys unless they clash or are unsafe, and never let a generated key take one', () => {
    const keys = assignCitationKeys(
      [
        { item: maes }, // generated: wants maes2008gut, which the next record brings
        { item: maes, citationKey: 'maes2008gut' },
        { item: maes, citationKey: 'Dantzer2008' }, // clashes with an existing key (case differs)
        { item: maes, citationKey: 'Müller 2019' }, // unsafe in LaTeX
      ],
      { existingKeys: ['dantzer2008'] },
    )
    expect(keys.map((assignment) => assignment.key)).toEqual(['maes2008guta', 'maes2008gut', 'maes2008gutb', 'maes2008gutc'])
    expect(keys.map((assignment) => assignment.source)).toEqual(['generated', 'imported', 'generated', 'generated'])
    expect(keys[2]?.reason).toMatch(/already used/)
    expect(keys[3]?.reason).toMatch(/characters LaTeX cannot take/)
  })

  it('are stable: the same input gives the same keys, and adding records changes none of the earlier ones', () => {
    const records = [{ item: maes }, { item: maes }, { item: item({ title: 'Inflammation', author: [{ family: 'Dantzer' }], issued: { 'date-parts': [[2008]] } }) }]
    const first = assignCitationKeys(records, { existingKeys: ['maes2008gut'] })
    expect(assignCitationKeys(records, { existingKeys: ['maes2008gut'] })).toEqual(first)
    const existing = ['maes2008gut', ...first.map((assignment) => assignment.key)]
    const later = assignCitationKeys([{ item: maes }], { existingKeys: existing })
    expect(existing).not.toContain(later[0]?.key)
    expect(first.map((assignment) => assignment.key)).toEqual(['maes2008guta', 'maes2008gutb', 'dantzer2008inflammation'])
  })

  it('are LaTeX-safe', () => {
    for (const key of ['maes2008gut', 'Maes:2008', 'smith_2001-b', 'a+b', 'x/y']) expect(isSafeCitationKey(key), key).toBe(true)
    for (const key of ['', 'has space', 'a,b', 'a{b}', 'a%b', 'a#b', 'a~b', 'Müller', 'a\\b', '---']) expect(isSafeCitationKey(key), key).toBe(false)
  })
})

import { describe, expect, it } from 'vitest'
// the manuscript as the user's file holds it (Vite's ?raw: the text, unchanged)
import MANUSCRIPT from '../fixtures/manuscripts/chapter2.qmd?raw'
import { exportBibliography } from '../../shared/formats'
import { addPaper, mergeDuplicates, openDatabase } from '../../renderer/src/db'
import { allExportRecords, exportRecordsForKeys, parseCitedKeys } from '../../renderer/src/features/export/records'

let count = 0

async function mergedLibrary() {
  const db = openDatabase(`cited-${++count}`)
  const csl = { id: '', type: 'article-journal', title: 'The gut-brain barrier in major depression', author: [{ family: 'Maes', given: 'Michael' }], issued: { 'date-parts': [[2008]] } }
  const kept = await addPaper(db, { csl, citationKey: 'maes2008gut' })
  const merged = await addPaper(db, { csl: { ...csl, title: 'The gut–brain barrier in major depression.' }, citationKey: 'Maes2008' })
  await addPaper(db, { csl: { id: '', type: 'book', title: 'Psychoneuroimmunology' }, citationKey: 'ader2007psychoneuroimmunology' })
  await mergeDuplicates(db, kept.id, [merged.id])
  return { db, kept }
}

describe('citation keys after a merge', () => {
  it('a list of cited keys finds a merged paper by its old key, once, and names keys it does not know', async () => {
    const { db, kept } = await mergedLibrary()
    const cited = await exportRecordsForKeys(db, ['maes2008GUT', 'Maes2008', 'ader2007psychoneuroimmunology', 'nobody1999'])
    expect(cited.records.map((record) => record.citationKey)).toEqual(['maes2008gut', 'ader2007psychoneuroimmunology'])
    expect(cited.records[0]).toMatchObject({ keyAliases: ['Maes2008'], item: { title: 'The gut-brain barrier in major depression' } })
    expect(kept.citationKey).toBe('maes2008gut')
    expect(cited.aliased).toEqual([{ alias: 'Maes2008', key: 'maes2008gut' }])
    expect(cited.unknown).toEqual(['nobody1999'])
  })

  it('the whole-library export (and so auto-export) writes the old key as ids', async () => {
    const { db } = await mergedLibrary()
    const bib = exportBibliography(await allExportRecords(db), 'biblatex')
    expect(bib).toMatch(/@\w+\{maes2008gut,\n {2}ids = \{Maes2008\},/)
    expect(bib).not.toMatch(/@\w+\{Maes2008,/)
  })

  it('reads the keys of \\cite commands, a .aux file, or a plain list', () => {
    expect(parseCitedKeys('As shown \\cite{maes2008gut, kelly2016}, see \\parencite[p.~3]{Maes2008} and \\citep*[][12]{ader2007}.')).toEqual(['maes2008gut', 'kelly2016', 'Maes2008', 'ader2007'])
    expect(parseCitedKeys('\\relax\n\\citation{maes2008gut}\n\\citation{kelly2016,maes2008gut}\n\\bibdata{refs}')).toEqual(['maes2008gut', 'kelly2016'])
    expect(parseCitedKeys('maes2008gut\nkelly2016; ader2007')).toEqual(['maes2008gut', 'kelly2016', 'ader2007'])
  })
})


describe('the papers a Markdown or Quarto manuscript cites', () => {
  it('reads each form of Pandoc citation, keys by Pandoc\'s rules', () => {
    expect(parseCitedKeys('As @maes2008gut says.')).toEqual(['maes2008gut'])
    expect(parseCitedKeys('Leaky gut [@maes2008gut].')).toEqual(['maes2008gut'])
    expect(parseCitedKeys('[@maes2008gut, p. 3; @berk2013so]')).toEqual(['maes2008gut', 'berk2013so'])
    expect(parseCitedKeys('Maes says so [-@maes2008gut].')).toEqual(['maes2008gut'])
    expect(parseCitedKeys('[see @maes2008gut; also @berk2013so, ch. 2]')).toEqual(['maes2008gut', 'berk2013so'])
    expect(parseCitedKeys('@maes2008gut [p. 33] shows it')).toEqual(['maes2008gut'])
    expect(parseCitedKeys('Keys may hold :.#$%&-+?<>~/ inside: @Doe:2005.a-b+c?d<e>f~g/h#1$2%3&4, but not at the end: @smith2004..')).toEqual(['Doe:2005.a-b+c?d<e>f~g/h#1$2%3&4', 'smith2004'])
    expect(parseCitedKeys('Start with a digit or _: @2019who and @_private.')).toEqual(['2019who', '_private'])
    expect(parseCitedKeys('Braces take anything: @{key with.odd} and @{https://example.com/bib?name=x&y=2}.')).toEqual(['key with.odd', 'https://example.com/bib?name=x&y=2'])
    expect(parseCitedKeys('Ünïcode keys: @müller2020ärger.')).toEqual(['müller2020ärger'])
  })

  it('skips Quarto cross-references, e-mail addresses, escaped @ and code', () => {
    expect(parseCitedKeys('See @fig-design, @tbl-cohort, @sec-methods, @eq-model, @lst-code and @thm-main; cite @figueroa2010.')).toEqual(['figueroa2010'])
    expect(parseCitedKeys('Mail ana.souza@example.org or <office@lab.example.org>; \\@ref(fig:x); `@decorator`.')).toEqual([])
    expect(parseCitedKeys('```python\n@dataclass\nclass A: pass\n```\nthen [@maes2008gut]')).toEqual(['maes2008gut'])
  })

  it('keeps the order of a document that mixes \\cite and @key, and reads biblatex .aux lines', () => {
    expect(parseCitedKeys('First \\cite{berk2013so}, then [@maes2008gut], then \\citep{kelly2016}.')).toEqual(['berk2013so', 'maes2008gut', 'kelly2016'])
    expect(parseCitedKeys('\\relax\n\\abx@aux@cite{0}{maes2008gut}\n\\abx@aux@segm{0}{0}{maes2008gut}\n\\abx@aux@cite{0}{berk2013so}')).toEqual(['maes2008gut', 'berk2013so'])
    expect(parseCitedKeys('% \\cite{commentedout}\nOnly \\cite{maes2008gut}, 50\\% of it.')).toEqual(['maes2008gut'])
  })

  it('exports exactly the papers a Quarto chapter cites, in order, and names the keys it does not know', async () => {
    const db = openDatabase(`cited-${++count}`)
    const keys = ['maes2008gut', 'berk2013so', 'kelly2016transferring', 'foster2013gut', 'cryan2012mind', 'doi:10.1016/j.bbi.2015.03.012', 'uncited2001']
    for (const key of keys) await addPaper(db, { csl: { id: '', type: 'article-journal', title: `Paper ${key}` }, citationKey: key })
    const cited = await exportRecordsForKeys(db, parseCitedKeys(MANUSCRIPT))
    expect(cited.records.map((record) => record.citationKey)).toEqual(['foster2013gut', 'berk2013so', 'maes2008gut', 'kelly2016transferring', 'doi:10.1016/j.bbi.2015.03.012', 'cryan2012mind'])
    expect(cited.unknown).toEqual(['nobody1999'])
  })
})

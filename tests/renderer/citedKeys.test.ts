import { describe, expect, it } from 'vitest'
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

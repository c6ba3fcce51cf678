import { describe, expect, it } from 'vitest'
import { exportBibliography, importBibliography } from '../../shared/formats'
import { openDatabase } from '../../renderer/src/db'
import { commitBibliographyImport, planBibliographyImport } from '../../renderer/src/features/bibliography'
import { allExportRecords, exportRecordsFor, withInheritanceParents } from '../../renderer/src/features/export/records'

const FILE = String.raw`@book{王_肠道菌群_2019, author = {王, 小明}, title = {肠道菌群}, year = {2019}, publisher = {人民卫生出版社}}
@inbook{李_炎症_2019, author = {李, 华}, title = {炎症}, pages = {1--9}, crossref = {王_肠道菌群_2019}}
`

describe('a .bib with non-ASCII keys and a crossref, through the library', () => {
  it('stores the file’s own keys and the crossref, exports them, and knows the keys again on a second import', async () => {
    const db = openDatabase('bib-keys-crossref')
    const plan = await planBibliographyImport(db, 'thesis.bib', importBibliography(FILE))
    expect(plan.add.map((paper) => [paper.citationKey, paper.keyNote])).toEqual([
      ['王_肠道菌群_2019', undefined],
      ['李_炎症_2019', undefined],
    ])
    await commitBibliographyImport(db, plan)
    const chapter = await db.papers.where('citationKey').equals('李_炎症_2019').first()
    expect(chapter?.csl).toMatchObject({ 'container-title': '肠道菌群', publisher: '人民卫生出版社', issued: { 'date-parts': [[2019]] } })
    expect(chapter?.extension?.crossref).toBe('王_肠道菌群_2019')

    const exported = exportBibliography(await allExportRecords(db), 'biblatex')
    expect(exported).toContain('{王_肠道菌群_2019,')
    expect(exported).toMatch(/\{李_炎症_2019,\n(?:.*\n)*? {2}crossref = \{王_肠道菌群_2019\}/)

    const again = await planBibliographyImport(db, 'thesis.bib', importBibliography(FILE))
    expect(again.add).toEqual([])
    expect(again.duplicates.map((duplicate) => duplicate.paperId)).toHaveLength(2)
  })

  it('exports a chapter with its crossref parent from the library, once, for BibLaTeX', async () => {
    const db = openDatabase('bib-crossref-parent')
    await commitBibliographyImport(db, await planBibliographyImport(db, 'thesis.bib', importBibliography(FILE)))
    const chapter = await db.papers.where('citationKey').equals('李_炎症_2019').first()
    const selected = await exportRecordsFor(db, [chapter?.id ?? ''])
    const withParent = await withInheritanceParents(db, selected)
    expect(withParent.map((record) => record.citationKey)).toEqual(['李_炎症_2019', '王_肠道菌群_2019'])
    expect(exportBibliography(withParent, 'biblatex')).toMatch(/crossref = \{王_肠道菌群_2019\}/)
    expect((await withInheritanceParents(db, withParent)).map((record) => record.citationKey)).toEqual(['李_炎症_2019', '王_肠道菌群_2019'])
  })
})

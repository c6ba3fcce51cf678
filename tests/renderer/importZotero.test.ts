import { describe, expect, it } from 'vitest'
import { importBibliography } from '../../shared/formats'
import { openDatabase } from '../../renderer/src/db'
import { commitBibliographyImport, planBibliographyImport } from '../../renderer/src/features/bibliography'
import FIXTURE from '../fixtures/formats/zotero-library.json?raw'

describe('importing a Zotero library JSON into the app', () => {
  it('stores each reference with its type, authors, year, journal and PMID, and reports the skipped attachment', async () => {
    const db = openDatabase('import-zotero-1')
    const plan = await planBibliographyImport(db, 'My Library.json', importBibliography(FIXTURE))
    expect(plan.failed).toEqual([{ line: 1, message: '1 standalone Zotero note(s) or attachment(s) are not references and were skipped.' }])
    const ids = await commitBibliographyImport(db, plan)
    expect(ids).toHaveLength(3)
    const papers = await db.papers.toArray()
    const article = papers.find((paper) => paper.csl.type === 'article-journal')
    expect(article?.csl).toMatchObject({
      title: 'Ketamine for treatment-resistant depression: a randomised trial',
      author: [{ family: 'Souza', given: 'Ana' }, { family: 'Watanabe', given: 'Kenji' }, { literal: 'Depression Trials Consortium' }],
      issued: { 'date-parts': [[2022, 3, 15]] },
      'container-title': 'Journal of Affective Disorders',
      PMID: '35012345',
    })
    expect(papers.find((paper) => paper.csl.type === 'chapter')?.citationKey).toBe('keller2019trauma')
  })
})

import { describe, expect, it } from 'vitest'
import { addPdfPaper, openDatabase, setNameAttachmentsAtImport } from '../../../renderer/src/db'

const imported = (hash: string) => ({
  csl: { id: 'x', type: 'article-journal', title: 'Microglial priming links gut dysbiosis to depression', author: [{ family: 'Berg', given: 'Anna' }], issued: { 'date-parts': [[2021]] } },
  fieldSources: {},
  attachment: { hash: hash.repeat(64), size: 100, originalName: 'scan0001.pdf' },
})

describe('naming PDFs at import', () => {
  it('keeps the file name by default and names from the record once the setting is on', async () => {
    const db = openDatabase('attachment-names')
    await addPdfPaper(db, imported('a'), () => 'berg2021a')
    await setNameAttachmentsAtImport(db, true)
    await addPdfPaper(db, imported('b'), () => 'berg2021b')
    const names = (await db.attachments.toArray()).sort((x, y) => x.hash.localeCompare(y.hash)).map((attachment) => attachment.originalName)
    expect(names).toEqual(['scan0001.pdf', 'Berg_2021_Microglial-priming-links-gut-dysbiosis-to-depression.pdf'])
  })
})

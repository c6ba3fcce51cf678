import { describe, expect, it } from 'vitest'
import { addPaper, openDatabase, regenerateCitationKey, updatePaperRecord } from '../../renderer/src/db'

describe('citation keys in the library', () => {
  it('stay pinned when the title or authors are edited, and change only on regenerate', async () => {
    const db = openDatabase('keys-pinned')
    const paper = await addPaper(db, {
      csl: { id: 'p', type: 'article-journal', title: 'The gut-brain barrier in major depression', author: [{ family: 'Maes', given: 'Michael' }], issued: { 'date-parts': [[2008]] } },
      citationKey: 'maes2008gut',
    })
    await updatePaperRecord(db, paper.id, { title: 'Leaky gut in major depression', author: [{ family: 'Müller', given: 'Anna' }] })
    expect((await db.papers.get(paper.id))?.citationKey).toBe('maes2008gut')
    expect(await regenerateCitationKey(db, paper.id)).toBe('muller2008leaky')
  })

  it('regenerating never produces a key another paper has', async () => {
    const db = openDatabase('keys-unique')
    const csl = (id: string, title: string) => ({ id, type: 'article-journal', title, author: [{ family: 'Smith' }], issued: { 'date-parts': [[2020]] as [number][] } })
    await addPaper(db, { csl: csl('a', 'Gut feelings'), citationKey: 'smith2020gut' })
    const b = await addPaper(db, { csl: csl('b', 'Gut reactions'), citationKey: 'custom-key' })
    expect(await regenerateCitationKey(db, b.id)).toBe('smith2020guta')
    expect(await regenerateCitationKey(db, b.id)).toBe('smith2020guta')
  })
})

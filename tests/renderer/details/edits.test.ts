import { describe, expect, it } from 'vitest'
import { addPaper, applyEdit, EditConflictError, invertEdit, openDatabase, type EditPatch } from '../../../renderer/src/db'

let count = 0
async function library() {
  const db = openDatabase(`edits-${++count}`)
  const paper = await addPaper(db, {
    csl: { id: 'p', type: 'article-journal', title: 'Leaky gut in depression', DOI: '10.1016/J.BBI.2019.1', PMID: '111', author: [{ family: 'Maes', given: 'Michael' }] },
    citationKey: 'maes2008leaky',
    tags: ['gut'],
  })
  return { db, paper }
}

describe('edits through the repository', () => {
  it('changes a field, keeps the DOI and PMID look-up copies in step and stamps modifiedAt; undo puts it back', async () => {
    const { db, paper } = await library()
    const patch: EditPatch = { kind: 'paper', paperId: paper.id, before: { csl: { DOI: '10.1016/J.BBI.2019.1', PMID: '111' } }, after: { csl: { DOI: '10.1038/S41380-2', PMID: undefined } } }
    await applyEdit(db, patch, 5_000)
    let stored = await db.papers.get(paper.id)
    expect(stored?.csl.DOI).toBe('10.1038/S41380-2')
    expect(stored?.doi).toBe('10.1038/s41380-2')
    expect('PMID' in (stored?.csl ?? {})).toBe(false)
    expect(stored?.pmid).toBeUndefined()
    expect(await db.papers.where('pmid').equals('111').count()).toBe(0)
    expect(stored?.modifiedAt).toBe(5_000)
    expect(stored?.citationKey).toBe('maes2008leaky')

    await applyEdit(db, invertEdit(patch), 6_000)
    stored = await db.papers.get(paper.id)
    expect(stored?.csl.DOI).toBe('10.1016/J.BBI.2019.1')
    expect(stored?.doi).toBe('10.1016/j.bbi.2019.1')
    expect(await db.papers.where('pmid').equals('111').count()).toBe(1)
  })

  it('edits tags and authors, and refuses an undo whose record changed since', async () => {
    const { db, paper } = await library()
    await applyEdit(db, { kind: 'paper', paperId: paper.id, before: { tags: ['gut'] }, after: { tags: ['gut', 'microglia'] } })
    expect(await db.papers.where('tags').equals('microglia').count()).toBe(1)
    const authors: EditPatch = { kind: 'paper', paperId: paper.id, before: { csl: { author: [{ family: 'Maes', given: 'Michael' }] } }, after: { csl: { author: [{ literal: 'WHO' }, { family: 'Maes', given: 'Michael' }] } } }
    await applyEdit(db, authors)
    expect((await db.papers.get(paper.id))?.csl.author).toEqual([{ literal: 'WHO' }, { family: 'Maes', given: 'Michael' }])
    await applyEdit(db, { kind: 'paper', paperId: paper.id, before: { csl: { author: authors.after.csl?.author } }, after: { csl: { author: [] } } })
    await expect(applyEdit(db, invertEdit(authors))).rejects.toBeInstanceOf(EditConflictError)
    expect((await db.papers.get(paper.id))?.csl.author).toEqual([])
  })

  it('creates, edits and deletes notes, each undoable', async () => {
    const { db, paper } = await library()
    const note = { id: 'n1', paperId: paper.id, markdown: '**IL-6** up', createdAt: 1, modifiedAt: 1 }
    const create: EditPatch = { kind: 'note', paperId: paper.id, noteId: 'n1', before: null, after: note }
    await applyEdit(db, create)
    const edit: EditPatch = { kind: 'note', paperId: paper.id, noteId: 'n1', before: note, after: { ...note, markdown: '**IL-6** and CRP up' } }
    await applyEdit(db, edit)
    expect((await db.notes.get('n1'))?.markdown).toBe('**IL-6** and CRP up')
    await applyEdit(db, invertEdit(edit))
    expect((await db.notes.get('n1'))?.markdown).toBe('**IL-6** up')
    await applyEdit(db, invertEdit(create))
    expect(await db.notes.count()).toBe(0)
  })

  it('changes the citation key, refusing one another paper has (in any case)', async () => {
    const { db, paper } = await library()
    await addPaper(db, { csl: { id: 'q', type: 'article-journal' }, citationKey: 'Kelly2016' })
    await applyEdit(db, { kind: 'citationKey', paperId: paper.id, before: 'maes2008leaky', after: 'maes2008gut' })
    expect((await db.papers.get(paper.id))?.citationKey).toBe('maes2008gut')
    await expect(applyEdit(db, { kind: 'citationKey', paperId: paper.id, before: 'maes2008gut', after: 'kelly2016' })).rejects.toThrow('Another paper has the key Kelly2016')
    await applyEdit(db, { kind: 'citationKey', paperId: paper.id, before: 'maes2008gut', after: 'maes2008leaky' })
    expect((await db.papers.get(paper.id))?.citationKey).toBe('maes2008leaky')
  })

  it('renames an attachment and says so when it is gone', async () => {
    const { db, paper } = await library()
    await db.attachments.add({ id: 'a1', paperId: paper.id, hash: 'f'.repeat(64), size: 1, originalName: 'scan0001.pdf', textExtracted: true, addedAt: 1 })
    await applyEdit(db, { kind: 'attachmentName', paperId: paper.id, attachmentId: 'a1', before: 'scan0001.pdf', after: 'Maes_2008_Leaky-gut.pdf' })
    expect((await db.attachments.get('a1'))?.originalName).toBe('Maes_2008_Leaky-gut.pdf')
    await db.attachments.delete('a1')
    await expect(applyEdit(db, { kind: 'attachmentName', paperId: paper.id, attachmentId: 'a1', before: 'Maes_2008_Leaky-gut.pdf', after: 'x.pdf' })).rejects.toThrow('no longer in the library')
  })
})

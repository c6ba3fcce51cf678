import { describe, expect, it } from 'vitest'
import { addAnnotation, addPdfPaper, deleteAnnotation, listPaperAnnotations, openDatabase, updateAnnotation, type AxisRefDatabase } from '../../../renderer/src/db'

let count = 0

async function paperWithPdf(db: AxisRefDatabase, hash = 'a'.repeat(64)) {
  const result = await addPdfPaper(
    db,
    {
      csl: { id: 'x', type: 'article-journal', title: 'Microglial priming after gut dysbiosis', author: [{ family: 'Maes' }], issued: { 'date-parts': [[2008]] } },
      fieldSources: {},
      attachment: { hash, size: 1000, originalName: 'maes.pdf', pageCount: 6 },
    },
    () => 'maes2008microglial',
  )
  if (result.status !== 'added') throw new Error('the paper was not added')
  const attachment = await db.attachments.where('paperId').equals(result.paper.id).first()
  if (!attachment) throw new Error('no attachment')
  return { paperId: result.paper.id, attachmentId: attachment.id }
}

const rect = (x: number, y: number) => [{ x, y, width: 200, height: 11 }]

describe('annotations in IndexedDB', () => {
  it('lists a paper’s highlights and notes in reading order: page, then top to bottom', async () => {
    const db = openDatabase(`annotations-${++count}`)
    const ids = await paperWithPdf(db)
    await addAnnotation(db, { ...ids, page: 2, kind: 'highlight', rects: rect(72, 300), quote: 'lower on page 2' }, 1)
    await addAnnotation(db, { ...ids, page: 2, kind: 'highlight', rects: rect(72, 700), quote: 'top of page 2' }, 2)
    await addAnnotation(db, { ...ids, page: 1, kind: 'note', rects: [{ x: 300, y: 100, width: 0, height: 0 }], comment: 'See *Table 1*' }, 3)
    const listed = await listPaperAnnotations(db, ids.paperId)
    expect(listed.map((annotation) => annotation.quote ?? annotation.comment)).toEqual(['See *Table 1*', 'top of page 2', 'lower on page 2'])
    expect(listed[1]).toMatchObject({ paperId: ids.paperId, attachmentId: ids.attachmentId, page: 2, createdAt: 2, modifiedAt: 2 })
  })

  it('keeps each paper’s annotations apart', async () => {
    const db = openDatabase(`annotations-${++count}`)
    const first = await paperWithPdf(db, 'a'.repeat(64))
    const second = await paperWithPdf(db, 'b'.repeat(64))
    await addAnnotation(db, { ...first, page: 1, kind: 'highlight', rects: rect(72, 500), quote: 'first paper' })
    await addAnnotation(db, { ...second, page: 1, kind: 'highlight', rects: rect(72, 500), quote: 'second paper' })
    expect((await listPaperAnnotations(db, second.paperId)).map((annotation) => annotation.quote)).toEqual(['second paper'])
  })

  it('adds a note to a highlight, removes an emptied note, and deletes', async () => {
    const db = openDatabase(`annotations-${++count}`)
    const ids = await paperWithPdf(db)
    const highlight = await addAnnotation(db, { ...ids, page: 3, kind: 'highlight', rects: rect(72, 500), quote: 'IL-6 rose after LPS' }, 10)
    expect(await updateAnnotation(db, highlight.id, { comment: 'Compare with **Dantzer 2008**' }, 20)).toBe(true)
    expect(await db.annotations.get(highlight.id)).toMatchObject({ comment: 'Compare with **Dantzer 2008**', createdAt: 10, modifiedAt: 20 })
    await updateAnnotation(db, highlight.id, { comment: '   ' }, 30)
    expect((await db.annotations.get(highlight.id))?.comment).toBeUndefined()
    await deleteAnnotation(db, highlight.id)
    expect(await listPaperAnnotations(db, ids.paperId)).toEqual([])
    expect(await updateAnnotation(db, highlight.id, { comment: 'gone' })).toBe(false)
  })

  it('refuses an annotation on a page the PDF does not have, on another paper’s file, or a highlight with no area', async () => {
    const db = openDatabase(`annotations-${++count}`)
    const ids = await paperWithPdf(db)
    const other = await paperWithPdf(db, 'c'.repeat(64))
    await expect(addAnnotation(db, { ...ids, page: 7, kind: 'note', rects: [] })).rejects.toThrow('The PDF has 6 pages, not 7.')
    await expect(addAnnotation(db, { ...ids, page: 0, kind: 'note', rects: [] })).rejects.toThrow('not a page number')
    await expect(addAnnotation(db, { paperId: ids.paperId, attachmentId: other.attachmentId, page: 1, kind: 'note', rects: [] })).rejects.toThrow('not a file of this paper')
    await expect(addAnnotation(db, { ...ids, page: 1, kind: 'highlight', rects: [] })).rejects.toThrow('needs the area')
    expect(await db.annotations.count()).toBe(0)
  })
})

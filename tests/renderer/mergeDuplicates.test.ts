import { describe, expect, it } from 'vitest'
import { addAnnotation, addPaper, findLibraryDuplicates, markNotDuplicates, mergeDuplicates, openDatabase, PAPER_CHILD_TABLES, saveFullText, undoMerge, type AxisRefDatabase } from '../../renderer/src/db'
import { exportRecordsForKeys } from '../../renderer/src/features/export/records'

// A merge must leave nothing of the merged-away paper pointing at a paper that is gone: each
// table that holds rows of a paper is checked here, and undo puts each row back.

let count = 0
const csl = (title: string) => ({ id: '', type: 'article-journal', title, author: [{ family: 'Maes', given: 'Michael' }], issued: { 'date-parts': [[2008]] }, DOI: '10.1000/gut' })

async function twoCopies() {
  const db = openDatabase(`merge-${++count}`)
  const kept = await addPaper(db, { csl: csl('The gut-brain barrier in major depression'), citationKey: 'maes2008gut', tags: ['review'], collections: ['thesis'] }, 1)
  const other = await addPaper(db, { csl: csl('The gut–brain barrier in major depression.'), citationKey: 'Maes2008', tags: ['lps'], collections: ['chapter2'] }, 2)
  return { db, kept, other }
}

async function attachPdf(db: AxisRefDatabase, paperId: string, id: string) {
  await db.attachments.add({ id, paperId, hash: id.padEnd(64, '0'), size: 10, originalName: `${id}.pdf`, pageCount: 8, textExtracted: false, addedAt: 1 })
  const attachment = await db.attachments.get(id)
  if (!attachment) throw new Error('attachment not stored')
  return attachment
}

describe('merging duplicates moves every row of the merged-away paper', () => {
  it('covers every table whose rows belong to a paper (a new table with paperId must be added to the merge)', async () => {
    const db = openDatabase(`merge-${++count}`)
    await db.open()
    const withPaperId = db.tables.filter((table) => table.schema.indexes.some((index) => index.name === 'paperId')).map((table) => table.name)
    expect([...PAPER_CHILD_TABLES].sort()).toEqual(withPaperId.sort())
  })

  it('annotations: the highlight made on the other copy is listed on the kept paper', async () => {
    const { db, kept, other } = await twoCopies()
    const pdf = await attachPdf(db, other.id, 'a1')
    const highlight = await addAnnotation(db, { paperId: other.id, attachmentId: pdf.id, page: 2, kind: 'highlight', rects: [{ x: 1, y: 2, width: 3, height: 4 }], quote: 'leaky gut' })
    await mergeDuplicates(db, kept.id, [other.id])
    expect((await db.annotations.where('paperId').equals(kept.id).toArray()).map((row) => row.quote)).toEqual(['leaky gut'])
    expect(await db.annotations.where('paperId').equals(other.id).count()).toBe(0)
    expect((await db.annotations.get(highlight.id))?.attachmentId).toBe(pdf.id)
  })

  it('attachments and full texts go to the kept paper', async () => {
    const { db, kept, other } = await twoCopies()
    const pdf = await attachPdf(db, other.id, 'a1')
    await saveFullText(db, pdf, 'lipopolysaccharide', false)
    await mergeDuplicates(db, kept.id, [other.id])
    expect((await db.attachments.get('a1'))?.paperId).toBe(kept.id)
    expect((await db.fullTexts.get('a1'))?.paperId).toBe(kept.id)
  })

  it('notes go to the kept paper', async () => {
    const { db, kept, other } = await twoCopies()
    await db.notes.add({ id: 'n1', paperId: other.id, markdown: 'read for chapter 2', createdAt: 1, modifiedAt: 1 })
    await mergeDuplicates(db, kept.id, [other.id])
    expect((await db.notes.where('paperId').equals(kept.id).toArray()).map((note) => note.markdown)).toEqual(['read for chapter 2'])
  })

  it('collection memberships and tags are united', async () => {
    const { db, kept, other } = await twoCopies()
    await mergeDuplicates(db, kept.id, [other.id])
    const merged = await db.papers.get(kept.id)
    expect(merged?.collections).toEqual(['thesis', 'chapter2'])
    expect(merged?.tags).toEqual(['review', 'lps'])
    expect(await db.papers.where('collections').equals('chapter2').primaryKeys()).toEqual([kept.id])
  })

  it('axis tags and suggestion decisions: accepted and rejected on either copy survive, pending ones are recomputed', async () => {
    const { db, kept, other } = await twoCopies()
    const suggestions = { ontologyVersion: '1', withFullText: false, nodes: ['gut.barrier', 'immune.lps', 'brain.microglia'].map((id) => ({ id, score: 1, evidence: [] })), pathways: [], studyType: null }
    await db.papers.update(kept.id, { axisNodes: ['gut.barrier'], axisSuggestions: suggestions, axisSuggested: ['immune.lps', 'brain.microglia'], axisRejected: { nodes: ['immune.lps'], pathways: [], studyTypes: [] } })
    await db.papers.update(other.id, { axisNodes: ['immune.lps'], axisPathways: ['lps-tlr4'], studyType: 'review', axisRejected: { nodes: ['brain.microglia'], pathways: [], studyTypes: ['rct'] } })
    await mergeDuplicates(db, kept.id, [other.id])
    const merged = await db.papers.get(kept.id)
    expect(merged).toMatchObject({
      axisNodes: ['gut.barrier', 'immune.lps'],
      axisPathways: ['lps-tlr4'],
      studyType: 'review',
      // accepted on the other copy beats rejected on the kept one
      axisRejected: { nodes: ['brain.microglia'], pathways: [], studyTypes: ['rct'] },
      axisSuggested: [],
    })
    expect(await db.papers.where('axisPathways').equals('lps-tlr4').primaryKeys()).toEqual([kept.id])
  })

  it('citation-key aliases: the old key finds the kept paper', async () => {
    const { db, kept, other } = await twoCopies()
    await mergeDuplicates(db, kept.id, [other.id])
    expect((await db.papers.get(kept.id))?.citationKeyAliases).toEqual(['Maes2008'])
    expect((await exportRecordsForKeys(db, ['Maes2008'])).aliased).toEqual([{ alias: 'Maes2008', key: 'maes2008gut' }])
  })

  it('duplicate decisions: "not duplicates" said of the merged-away paper now holds for the kept one', async () => {
    const { db, kept, other } = await twoCopies()
    const third = await addPaper(db, { csl: csl('The gut-brain barrier in major depression, a reply'), citationKey: 'maes2008reply' })
    await markNotDuplicates(db, [other.id, third.id])
    await mergeDuplicates(db, kept.id, [other.id])
    const pairs = (await db.settings.get('notDuplicates'))?.value
    expect(pairs).toEqual([[kept.id, third.id].sort()])
    expect(await findLibraryDuplicates(db)).toEqual([])
  })

  it('merge records: where the paper went, also for a paper merged into it before', async () => {
    const { db, kept, other } = await twoCopies()
    const earlier = await addPaper(db, { csl: csl('Gut-brain barrier'), citationKey: 'maes2008barrier' })
    await mergeDuplicates(db, other.id, [earlier.id], 10)
    await mergeDuplicates(db, kept.id, [other.id], 20)
    expect(await db.mergedPapers.orderBy('id').toArray()).toEqual(
      [
        { id: other.id, keptId: kept.id, citationKey: 'Maes2008', mergedAt: 20, modifiedAt: 20, revision: 1 },
        // re-pointed by the second merge: a change sync must see
        { id: earlier.id, keptId: kept.id, citationKey: 'maes2008barrier', mergedAt: 10, modifiedAt: expect.any(Number), revision: 2 },
      ].sort((a, b) => a.id.localeCompare(b.id)),
    )
  })

  it('undo puts every row back on its own paper, with the decisions and merge records as they were', async () => {
    const { db, kept, other } = await twoCopies()
    const third = await addPaper(db, { csl: csl('A reply'), citationKey: 'maes2008reply' })
    await markNotDuplicates(db, [other.id, third.id])
    const pdf = await attachPdf(db, other.id, 'a1')
    await saveFullText(db, pdf, 'lps', false)
    await db.notes.add({ id: 'n1', paperId: other.id, markdown: 'note', createdAt: 1, modifiedAt: 1 })
    const highlight = await addAnnotation(db, { paperId: other.id, attachmentId: 'a1', page: 1, kind: 'highlight', rects: [{ x: 1, y: 1, width: 1, height: 1 }] })
    const before = await db.papers.toArray()
    const undo = await mergeDuplicates(db, kept.id, [other.id])
    await undoMerge(db, undo)
    // as they were, each a new revision of the row (the kept one was changed by the merge, the other deleted)
    expect(await db.papers.toArray()).toEqual(before.map((paper) => ({ ...paper, revision: expect.any(Number) })))
    expect((await db.papers.get(kept.id))?.revision).toBe(3)
    expect((await db.attachments.get('a1'))?.paperId).toBe(other.id)
    expect((await db.fullTexts.get('a1'))?.paperId).toBe(other.id)
    expect((await db.notes.get('n1'))?.paperId).toBe(other.id)
    expect((await db.annotations.get(highlight.id))?.paperId).toBe(other.id)
    expect((await db.settings.get('notDuplicates'))?.value).toEqual([[other.id, third.id].sort()])
    expect(await db.mergedPapers.count()).toBe(0)
  })

  it('writes nothing when a paper to merge is gone', async () => {
    const { db, kept, other } = await twoCopies()
    await db.notes.add({ id: 'n1', paperId: other.id, markdown: 'note', createdAt: 1, modifiedAt: 1 })
    await expect(mergeDuplicates(db, kept.id, [other.id, 'gone'])).rejects.toThrow(/no longer in the library/)
    expect((await db.notes.get('n1'))?.paperId).toBe(other.id)
    expect(await db.papers.count()).toBe(2)
  })
})

import { describe, expect, it } from 'vitest'
import {
  addAnnotation,
  addPaper,
  applyEdit,
  createCollection,
  deleteAnnotation,
  deleteCollection,
  emptyTrash,
  markNotDuplicates,
  mergeDuplicates,
  openDatabase,
  renameCollection,
  trashPapers,
  updateAnnotation,
  writeSetting,
  type AxisRefDatabase,
} from '../../../renderer/src/db'
import { inReceivedTransaction } from '../../../renderer/src/db/syncOutbox'

let count = 0
const HASH = 'c'.repeat(64)
const csl = (title: string) => ({ id: '', type: 'article-journal', title, author: [{ family: 'Maes', given: 'Michael' }], issued: { 'date-parts': [[2008]] }, DOI: '10.1000/gut' })

function fresh(): AxisRefDatabase {
  return openDatabase(`sync-outbox-${++count}`)
}

/** The outbox as `<table>:<row id>`, sorted. */
async function outbox(db: AxisRefDatabase): Promise<string[]> {
  return (await db.syncOutbox.toArray()).map((entry) => `${entry.table}:${entry.rowId}`).sort()
}

async function seqOf(db: AxisRefDatabase, id: string): Promise<number | undefined> {
  return (await db.syncOutbox.get(id))?.seq
}

async function paperWithPdf(db: AxisRefDatabase) {
  const paper = await addPaper(db, { csl: csl('The gut-brain barrier in major depression'), citationKey: 'maes2008gut' })
  await db.attachments.add({ id: 'a1', paperId: paper.id, hash: HASH, size: 10, originalName: 'maes.pdf', textExtracted: false, addedAt: 1 })
  return paper
}

describe('the sync outbox records every write of a synced row', () => {
  it('a paper added, then edited: one entry whose seq changes with each write', async () => {
    const db = fresh()
    const paper = await addPaper(db, { csl: csl('Gut'), citationKey: 'gut' })
    expect(await outbox(db)).toEqual([`papers:${paper.id}`])
    expect(await db.syncOutbox.get(`papers:${paper.id}`)).toMatchObject({ table: 'papers', rowId: paper.id })
    const before = await seqOf(db, `papers:${paper.id}`)
    await applyEdit(db, { kind: 'paper', paperId: paper.id, before: { tags: [] }, after: { tags: ['PNI'] } })
    expect(await seqOf(db, `papers:${paper.id}`)).toBeGreaterThan(before ?? Infinity)
    // the entry is the outbox's own: not stamped as a library row
    expect(await db.syncOutbox.get(`papers:${paper.id}`)).not.toHaveProperty('revision')
  })

  it('a merge of duplicates: the removed paper, the kept one, the moved note and highlight, the merge record and the decisions, in one transaction', async () => {
    const db = fresh()
    const kept = await addPaper(db, { csl: csl('The gut-brain barrier'), citationKey: 'maes2008gut' })
    const other = await addPaper(db, { csl: csl('The gut–brain barrier.'), citationKey: 'Maes2008' })
    await db.attachments.add({ id: 'a1', paperId: other.id, hash: HASH, size: 10, originalName: 'maes.pdf', textExtracted: false, addedAt: 1 })
    await db.notes.add({ id: 'n1', paperId: other.id, markdown: 'chapter 2', createdAt: 1, modifiedAt: 1 })
    const highlight = await addAnnotation(db, { paperId: other.id, attachmentId: 'a1', page: 1, kind: 'highlight', rects: [{ x: 1, y: 1, width: 1, height: 1 }] })
    await markNotDuplicates(db, [other.id, 'p-elsewhere'])
    await db.syncOutbox.clear()

    await mergeDuplicates(db, kept.id, [other.id])
    expect(await outbox(db)).toEqual(
      [`annotations:${highlight.id}`, 'attachments:a1', `mergedPapers:${other.id}`, 'notes:n1', `papers:${kept.id}`, `papers:${other.id}`, 'settings:notDuplicates'].sort(),
    )
  })

  it('the trash: moving papers in records them, emptying it records each deleted row', async () => {
    const db = fresh()
    const paper = await paperWithPdf(db)
    await db.notes.add({ id: 'n1', paperId: paper.id, markdown: 'IL-6', createdAt: 1, modifiedAt: 1 })
    await db.syncOutbox.clear()
    await trashPapers(db, [paper.id])
    expect(await outbox(db)).toEqual([`papers:${paper.id}`])
    await db.syncOutbox.clear()

    expect(await emptyTrash(db)).toBe(1)
    expect(await outbox(db)).toEqual(['attachments:a1', 'notes:n1', `papers:${paper.id}`])
    expect(await db.papers.count()).toBe(0)
  })

  it('notes: added, changed and deleted through the edit path', async () => {
    const db = fresh()
    const paper = await addPaper(db, { csl: csl('Gut'), citationKey: 'gut' })
    await db.syncOutbox.clear()
    const note = { id: 'n1', paperId: paper.id, markdown: 'IL-6', createdAt: 1, modifiedAt: 1 }
    await applyEdit(db, { kind: 'note', paperId: paper.id, noteId: 'n1', before: null, after: note })
    expect(await outbox(db)).toEqual(['notes:n1'])
    await db.syncOutbox.clear()
    await applyEdit(db, { kind: 'note', paperId: paper.id, noteId: 'n1', before: note, after: null })
    expect(await outbox(db)).toEqual(['notes:n1'])
    expect(await db.notes.get('n1')).toBeUndefined()
  })

  it('annotations: added, changed, deleted', async () => {
    const db = fresh()
    const paper = await paperWithPdf(db)
    await db.syncOutbox.clear()
    const highlight = await addAnnotation(db, { paperId: paper.id, attachmentId: 'a1', page: 1, kind: 'highlight', rects: [{ x: 1, y: 1, width: 1, height: 1 }] })
    expect(await outbox(db)).toEqual([`annotations:${highlight.id}`])
    const added = await seqOf(db, `annotations:${highlight.id}`)
    await updateAnnotation(db, highlight.id, { comment: 'the key finding' })
    const changed = await seqOf(db, `annotations:${highlight.id}`)
    expect(changed).toBeGreaterThan(added ?? Infinity)
    await deleteAnnotation(db, highlight.id)
    expect(await seqOf(db, `annotations:${highlight.id}`)).toBeGreaterThan(changed ?? Infinity)
  })

  it('collections: created, renamed, deleted with those nested in it and the papers leaving them', async () => {
    const db = fresh()
    const parent = await createCollection(db, 'Thesis')
    const child = await createCollection(db, 'Chapter 2', parent.id)
    const paper = await addPaper(db, { csl: csl('Gut'), citationKey: 'gut', collections: [child.id] })
    expect(await outbox(db)).toEqual([`collections:${child.id}`, `collections:${parent.id}`, `papers:${paper.id}`].sort())
    await db.syncOutbox.clear()
    await renameCollection(db, parent.id, 'PhD thesis')
    expect(await outbox(db)).toEqual([`collections:${parent.id}`])
    await db.syncOutbox.clear()
    await deleteCollection(db, parent.id)
    expect(await outbox(db)).toEqual([`collections:${child.id}`, `collections:${parent.id}`, `papers:${paper.id}`].sort())
  })

  it('a table cleared (a delete by range) records each row it held', async () => {
    const db = fresh()
    const first = await createCollection(db, 'Thesis')
    const second = await createCollection(db, 'Review')
    await db.syncOutbox.clear()
    await db.collections.clear()
    expect(await outbox(db)).toEqual([`collections:${first.id}`, `collections:${second.id}`].sort())
  })

  it('settings: the library decisions (not duplicates) are recorded, this device\'s list sort is not', async () => {
    const db = fresh()
    await writeSetting(db, 'list.sort', { column: 'year', direction: 'desc' })
    expect(await outbox(db)).toEqual([])
    await markNotDuplicates(db, ['p1', 'p2'])
    expect(await outbox(db)).toEqual(['settings:notDuplicates'])
    await db.syncOutbox.clear()
    await db.settings.clear()
    expect(await outbox(db)).toEqual(['settings:notDuplicates'])
  })

  it('tables that are this device\'s own (full texts, lookups) are not recorded', async () => {
    const db = fresh()
    await db.fullTexts.put({ attachmentId: 'a1', paperId: 'p1', text: 'lipopolysaccharide', truncated: false })
    await db.lookups.add({ id: 'l1', purpose: 'add', input: '10.1000/gut', state: 'waiting', attempts: 0, createdAt: 1 })
    expect(await outbox(db)).toEqual([])
  })
})

describe('the sync outbox records nothing that did not happen', () => {
  it('a transaction that fails records nothing: its writes and their records roll back together', async () => {
    const db = fresh()
    const failing = db.transaction('rw', db.papers, db.notes, async () => {
      await db.notes.add({ id: 'n1', paperId: 'p1', markdown: 'IL-6', createdAt: 1, modifiedAt: 1 })
      throw new Error('the edit was refused')
    })
    await expect(failing).rejects.toThrow('the edit was refused')
    expect(await db.notes.count()).toBe(0)
    expect(await outbox(db)).toEqual([])
  })

  it('a paper refused for its citation key leaves no record', async () => {
    const db = fresh()
    const first = await addPaper(db, { csl: csl('One'), citationKey: 'maes2008gut' })
    await expect(addPaper(db, { csl: csl('Two'), citationKey: 'maes2008gut' })).rejects.toThrow(/ConstraintError|uniqueness/i)
    expect(await outbox(db)).toEqual([`papers:${first.id}`])
  })

  it('changes received from another device are written as sent, not recorded, after awaits and through every write path', async () => {
    const db = fresh()
    const received = { id: 'p9', citationKey: 'lee2020', csl: csl('Received'), addedAt: 5, modifiedAt: 6, revision: 4, axisNodes: [], tags: [], collections: [] }
    await inReceivedTransaction(db, async () => {
      await db.papers.put(received)
      // a write after an await, and through modify and delete, still belongs to the marked transaction
      await Promise.resolve()
      await db.collections.put({ id: 'c1', name: 'Thesis', createdAt: 1, modifiedAt: 2, revision: 3 })
      await db.collections.where('id').equals('c1').modify({ name: 'PhD thesis' })
      await db.notes.put({ id: 'n1', paperId: 'p9', markdown: 'x', createdAt: 1, modifiedAt: 1, revision: 1 })
      await db.notes.delete('n1')
    })
    expect(await outbox(db)).toEqual([])
    // kept exactly as the other device sent it: neither the revision nor the time moved
    expect(await db.papers.get('p9')).toEqual(received)
    expect(await db.collections.get('c1')).toEqual({ id: 'c1', name: 'PhD thesis', createdAt: 1, modifiedAt: 2, revision: 3 })

    // the next write of the window's own is recorded again
    await renameCollection(db, 'c1', 'Thesis')
    expect(await outbox(db)).toEqual(['collections:c1'])
    expect((await db.collections.get('c1'))?.revision).toBe(4)
  })

  it('a write of the window made while a received batch is being written is still recorded: the mark is the batch\'s transaction, not the moment', async () => {
    const db = fresh()
    let letBatchFinish = () => {}
    const batchWaits = new Promise<void>((resolve) => (letBatchFinish = resolve))
    const batch = inReceivedTransaction(db, async () => {
      await db.collections.put({ id: 'c-received', name: 'From the lab', createdAt: 1, modifiedAt: 1, revision: 1 })
      await batchWaits
      await db.collections.put({ id: 'c-received-2', name: 'Also from the lab', createdAt: 1, modifiedAt: 1, revision: 1 })
    })
    // IndexedDB runs the two transactions one after the other (both write collections); the
    // window's own is started while the batch's scope is still open
    const mine = createCollection(db, 'Mine')
    letBatchFinish()
    await batch
    const created = await mine
    expect(await outbox(db)).toEqual([`collections:${created.id}`])
  })
})

import { describe, expect, it } from 'vitest'
import {
  addPaper,
  addToCollection,
  collectionSubtree,
  createCollection,
  deleteCollection,
  deleteSavedSearch,
  emptyTrash,
  openDatabase,
  readSetting,
  removeFromCollection,
  renameCollection,
  restorePapers,
  saveSearch,
  trashPapers,
  writeSetting,
  type AxisRefDatabase,
} from '../../renderer/src/db'
import { countLibraryPapers } from '../../renderer/src/db/papers'

let count = 0

async function library(): Promise<{ db: AxisRefDatabase; ids: string[] }> {
  const db = openDatabase(`axisref-library-${++count}`)
  const ids: string[] = []
  for (const key of ['maes2008', 'cryan2012', 'raison2013']) ids.push((await addPaper(db, { csl: { id: key, type: 'article-journal', title: key }, citationKey: key }, 1)).id)
  return { db, ids }
}

describe('the trash', () => {
  it('takes papers out of the library and gives them back as they were', async () => {
    const { db, ids } = await library()
    const [first, second] = ids as [string, string]
    await db.papers.update(first, { collections: ['c1'], tags: ['keep'] })
    expect(await trashPapers(db, [first, second], 50)).toBe(2)
    expect(await countLibraryPapers(db)).toBe(1)
    expect((await db.papers.get(first))?.trashedAt).toBe(50)
    expect(await trashPapers(db, [first], 60)).toBe(0)
    expect(await restorePapers(db, [first], 70)).toBe(1)
    const restored = await db.papers.get(first)
    expect(restored?.trashedAt).toBeUndefined()
    expect(restored).toMatchObject({ collections: ['c1'], tags: ['keep'], modifiedAt: 70 })
    expect(await countLibraryPapers(db)).toBe(2)
  })

  it('empties for good: the papers and what belongs to them, nothing else', async () => {
    const { db, ids } = await library()
    const [gone, kept] = ids as [string, string]
    await db.notes.bulkAdd([{ id: 'n1', paperId: gone, markdown: 'x', createdAt: 1, modifiedAt: 1 }, { id: 'n2', paperId: kept, markdown: 'y', createdAt: 1, modifiedAt: 1 }])
    await db.attachments.add({ id: 'a1', paperId: gone, hash: 'h', size: 1, originalName: 'a.pdf', textExtracted: true, addedAt: 1 })
    await db.fullTexts.add({ attachmentId: 'a1', paperId: gone, text: 't', truncated: false })
    await db.annotations.add({ id: 'x1', paperId: gone, attachmentId: 'a1', page: 1, kind: 'highlight', rects: [], createdAt: 1, modifiedAt: 1 })
    await trashPapers(db, [gone])
    expect(await emptyTrash(db)).toBe(1)
    expect(await db.papers.get(gone)).toBeUndefined()
    expect(await db.notes.toArray()).toEqual([expect.objectContaining({ id: 'n2' })])
    expect(await db.attachments.count()).toBe(0)
    expect(await db.fullTexts.count()).toBe(0)
    expect(await db.annotations.count()).toBe(0)
    expect(await db.papers.count()).toBe(2)
    expect(await emptyTrash(db)).toBe(0)
  })
})

describe('collections', () => {
  it('nest, hold a paper beside other collections, and rename', async () => {
    const { db, ids } = await library()
    const reviews = await createCollection(db, '  Reviews ')
    const gut = await createCollection(db, 'Gut', reviews.id)
    const other = await createCollection(db, 'Thesis')
    expect(reviews.name).toBe('Reviews')
    expect(gut.parentId).toBe(reviews.id)
    expect(await addToCollection(db, gut.id, ids)).toBe(3)
    expect(await addToCollection(db, gut.id, ids)).toBe(0)
    await addToCollection(db, other.id, [ids[0]!])
    expect((await db.papers.get(ids[0]!))?.collections).toEqual([gut.id, other.id])
    expect(await removeFromCollection(db, gut.id, [ids[1]!])).toBe(1)
    expect(await db.papers.where('collections').equals(gut.id).count()).toBe(2)
    await renameCollection(db, gut.id, 'Gut barrier')
    expect((await db.collections.get(gut.id))?.name).toBe('Gut barrier')
    await expect(createCollection(db, '   ')).rejects.toThrow('needs a name')
    await expect(createCollection(db, 'Orphan', 'nope')).rejects.toThrow('no longer exists')
    await expect(addToCollection(db, 'nope', ids)).rejects.toThrow('no longer exists')
  })

  it('are deleted with the collections inside them; their papers stay in the library and in other collections', async () => {
    const { db, ids } = await library()
    const top = await createCollection(db, 'Top')
    const child = await createCollection(db, 'Child', top.id)
    const grandchild = await createCollection(db, 'Grandchild', child.id)
    const other = await createCollection(db, 'Other')
    expect(await collectionSubtree(db, top.id)).toEqual([top.id, child.id, grandchild.id])
    await addToCollection(db, grandchild.id, ids)
    await addToCollection(db, other.id, [ids[0]!])
    await deleteCollection(db, top.id)
    expect((await db.collections.toArray()).map((collection) => collection.name)).toEqual(['Other'])
    expect(await db.papers.count()).toBe(3)
    expect((await db.papers.get(ids[0]!))?.collections).toEqual([other.id])
    expect((await db.papers.get(ids[1]!))?.collections).toEqual([])
  })
})

describe('saved searches and settings', () => {
  it('keep a named query, refuse an empty one, and are deleted', async () => {
    const { db } = await library()
    const saved = await saveSearch(db, 'RCTs on the gut', ' node:gut type:rct ', 5)
    expect(await db.savedSearches.get(saved.id)).toEqual({ id: saved.id, name: 'RCTs on the gut', query: 'node:gut type:rct', createdAt: 5, modifiedAt: 5, revision: 1 })
    await expect(saveSearch(db, 'Nothing', '  ')).rejects.toThrow('nothing to save')
    await deleteSavedSearch(db, saved.id)
    expect(await db.savedSearches.count()).toBe(0)
  })

  it('remember a value between sessions', async () => {
    const { db } = await library()
    expect(await readSetting(db, 'list.columns')).toBeUndefined()
    await writeSetting(db, 'list.columns', ['title', 'year'])
    db.close()
    const reopened = openDatabase(db.name)
    expect(await readSetting(reopened, 'list.columns')).toEqual(['title', 'year'])
  })
})

import { Dexie } from 'dexie'
import { describe, expect, it } from 'vitest'
import { addPaper, openDatabase } from '../../renderer/src/db'
import { countLibraryPapers, listLibraryPapers } from '../../renderer/src/db/papers'
import { SCHEMA_VERSIONS } from '../../renderer/src/db/schema'

const SNAPSHOTS: Record<string, unknown> = import.meta.glob('../fixtures/db/schema-v*.json', { eager: true, import: 'default' })

let dbCount = 0
const freshDatabase = () => openDatabase(`axisref-test-${++dbCount}`)
const item = (id: string, title: string, DOI?: string) => ({ id, type: 'article-journal', title, DOI })

describe('schema versions', () => {
  it('are numbered 1, 2, 3… with no gaps', () => {
    SCHEMA_VERSIONS.forEach((schema, index) => expect(schema.version).toBe(index + 1))
  })

  it('are never edited once released: each equals its committed snapshot', () => {
    for (const { version, stores } of SCHEMA_VERSIONS) {
      const snapshot = SNAPSHOTS[`../fixtures/db/schema-v${version}.json`]
      expect(snapshot, `no snapshot tests/fixtures/db/schema-v${version}.json`).toBeDefined()
      expect(stores, `schema v${version} changed: add a new version instead`).toEqual(snapshot)
    }
  })

  it('the current version opens empty with every table and index', async () => {
    const db = freshDatabase()
    await db.open()
    expect(db.verno).toBe(SCHEMA_VERSIONS.length)
    expect(db.tables.map((table) => table.name).sort()).toEqual(['annotations', 'attachments', 'collections', 'fullTexts', 'lookups', 'mergedPapers', 'notes', 'papers', 'savedSearches', 'settings', 'suggestionQueue', 'syncOutbox', 'syncState'])
    const paperIndexes = db.papers.schema.indexes.map((index) => index.name)
    expect(paperIndexes).toEqual(expect.arrayContaining(['citationKey', 'doi', 'pmid', 'addedAt', 'axisNodes', 'tags', 'collections']))
    db.close()
  })
})

describe('upgrades', () => {
  it.each(SCHEMA_VERSIONS.slice(1).map((schema) => schema.version))('a database written by version %i - 1 opens in the current one with nothing lost', async (version) => {
    const name = `axisref-upgrade-${version}`
    const old = new Dexie(name)
    for (const schema of SCHEMA_VERSIONS.filter((candidate) => candidate.version < version)) old.version(schema.version).stores(schema.stores)
    await old.open()
    const paper = { id: 'p1', citationKey: 'maes2008gut', csl: item('p1', 'The gut-brain barrier in major depression'), addedAt: 1, modifiedAt: 1, axisNodes: ['gut'], tags: ['to-read'], collections: ['c1'] }
    await old.table('papers').add(paper)
    await old.table('attachments').add({ id: 'a1', paperId: 'p1', hash: 'f'.repeat(64), size: 10, originalName: 'maes.pdf', textExtracted: false, addedAt: 1 })
    await old.table('notes').add({ id: 'n1', paperId: 'p1', markdown: '**LPS**', createdAt: 1, modifiedAt: 1 })
    await old.table('collections').add({ id: 'c1', name: 'Thesis', createdAt: 1 })
    await old.table('settings').add({ key: 'citationKeyPattern', value: '[auth][year][shorttitle]' })
    old.close()

    const current = openDatabase(name)
    await current.open()
    // the paper as it was, with the revision version 7 adds (a version 7 database had it stamped by every write)
    expect(await current.papers.get('p1')).toEqual(version <= 7 ? { ...paper, revision: 1 } : paper)
    expect(await current.attachments.count()).toBe(1)
    expect((await current.notes.get('n1'))?.markdown).toBe('**LPS**')
    expect((await current.collections.get('c1'))?.name).toBe('Thesis')
    expect((await current.settings.get('citationKeyPattern'))?.value).toBe('[auth][year][shorttitle]')
    current.close()
  })
})

describe('upgrade to version 6 (merge records, full-text failures)', () => {
  it('a version 5 library with highlights, one left behind by an old merge, opens with every row and no merge records', async () => {
    const name = 'axisref-upgrade-v6'
    const old = new Dexie(name)
    for (const schema of SCHEMA_VERSIONS.filter((candidate) => candidate.version <= 5)) old.version(schema.version).stores(schema.stores)
    await old.open()
    await old.table('papers').add({ id: 'kept', citationKey: 'maes2008gut', csl: item('kept', 'The gut-brain barrier'), addedAt: 1, modifiedAt: 1, axisNodes: [], tags: [], collections: [], citationKeyAliases: ['Maes2008'] })
    await old.table('attachments').add({ id: 'a1', paperId: 'kept', hash: 'f'.repeat(64), size: 10, originalName: 'maes.pdf', textExtracted: false, addedAt: 1 })
    const orphan = { id: 'h1', paperId: 'merged-away', attachmentId: 'a1', page: 2, kind: 'highlight', rects: [{ x: 1, y: 1, width: 1, height: 1 }], quote: 'leaky gut', createdAt: 1, modifiedAt: 1 }
    await old.table('annotations').add(orphan)
    old.close()

    const current = openDatabase(name)
    await current.open()
    expect(current.verno).toBe(SCHEMA_VERSIONS.length)
    expect(await current.annotations.get('h1')).toEqual({ ...orphan, revision: 1 })
    expect(await current.attachments.get('a1')).toMatchObject({ paperId: 'kept', textExtracted: false })
    expect((await current.attachments.get('a1'))?.fullTextFailure).toBeUndefined()
    expect(await current.mergedPapers.count()).toBe(0)
    current.close()
  })
})

describe('papers', () => {
  it('are stored with their CSL-JSON record, pinned key and app fields', async () => {
    const db = freshDatabase()
    const paper = await addPaper(db, { csl: item('a', 'Gut microbiota and depression', '10.1000/ABC'), citationKey: 'smith2020gut', axisNodes: ['microbiota'] }, 1000)
    const stored = await db.papers.get(paper.id)
    expect(stored).toMatchObject({ citationKey: 'smith2020gut', doi: '10.1000/abc', addedAt: 1000, modifiedAt: 1000, axisNodes: ['microbiota'], tags: [] })
    expect(stored?.csl.title).toBe('Gut microbiota and depression')
    expect(await db.papers.where('axisNodes').equals('microbiota').count()).toBe(1)
  })

  it('refuse a second paper with the same citation key', async () => {
    const db = freshDatabase()
    await addPaper(db, { csl: item('a', 'One'), citationKey: 'maes2008gut' })
    await expect(addPaper(db, { csl: item('b', 'Two'), citationKey: 'maes2008gut' })).rejects.toThrow(/ConstraintError|uniqueness/i)
    expect(await db.papers.count()).toBe(1)
  })

  it('in the trash are not listed or counted in the library', async () => {
    const db = freshDatabase()
    const kept = await addPaper(db, { csl: item('a', 'Kept'), citationKey: 'a' }, 1)
    const trashed = await addPaper(db, { csl: item('b', 'Trashed'), citationKey: 'b' }, 2)
    await db.papers.update(trashed.id, { trashedAt: 3 })
    expect((await listLibraryPapers(db)).map((paper) => paper.id)).toEqual([kept.id])
    expect(await countLibraryPapers(db)).toBe(1)
  })
})

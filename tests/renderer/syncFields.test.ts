import { Dexie } from 'dexie'
import { describe, expect, it } from 'vitest'
import {
  addAnnotation,
  addPaper,
  applyEdit,
  createCollection,
  markNotDuplicates,
  openDatabase,
  readSetting,
  renameCollection,
  saveFullText,
  trashPapers,
  writeSetting,
  type AxisRefDatabase,
} from '../../renderer/src/db'
import { SCHEMA_VERSIONS } from '../../renderer/src/db/schema'

let count = 0
const HASH = 'a'.repeat(64)

/** Rows of every table a version had, as that version wrote them (no sync fields). */
const ROWS: Record<string, { since: number; rows: Record<string, unknown>[] }> = {
  papers: { since: 1, rows: [{ id: 'p1', citationKey: 'maes2008gut', csl: { id: 'p1', type: 'article-journal', title: 'The gut-brain barrier' }, addedAt: 10, modifiedAt: 11, axisNodes: [], tags: [], collections: ['c1'] }] },
  attachments: { since: 1, rows: [{ id: 'a1', paperId: 'p1', hash: HASH, size: 10, originalName: 'maes.pdf', textExtracted: true, addedAt: 12 }] },
  notes: { since: 1, rows: [{ id: 'n1', paperId: 'p1', markdown: 'IL-6', createdAt: 13, modifiedAt: 14 }] },
  collections: { since: 1, rows: [{ id: 'c1', name: 'Thesis', createdAt: 15 }] },
  settings: { since: 1, rows: [{ key: 'notDuplicates', value: [['p1', 'p2']] }] },
  fullTexts: { since: 2, rows: [{ attachmentId: 'a1', paperId: 'p1', text: 'lipopolysaccharide', truncated: false }] },
  annotations: { since: 5, rows: [{ id: 'h1', paperId: 'p1', attachmentId: 'a1', page: 1, kind: 'highlight', rects: [], createdAt: 16, modifiedAt: 17 }] },
  savedSearches: { since: 5, rows: [{ id: 's1', name: 'RCTs', query: 'type:rct', createdAt: 18 }] },
  mergedPapers: { since: 6, rows: [{ id: 'p0', keptId: 'p1', citationKey: 'old', mergedAt: 19 }] },
}

/** The modification time each row gets from the upgrade: its own time where it has one. */
const UPGRADED_AT = { papers: 11, attachments: 12, notes: 14, collections: 15, annotations: 17, savedSearches: 18, mergedPapers: 19 }

async function writtenBy(version: number, name: string): Promise<void> {
  const old = new Dexie(name)
  for (const schema of SCHEMA_VERSIONS.filter((candidate) => candidate.version <= version)) old.version(schema.version).stores(schema.stores)
  await old.open()
  for (const [table, { since, rows }] of Object.entries(ROWS)) if (since <= version) await old.table(table).bulkAdd(rows)
  old.close()
}

describe('upgrade to version 7 (what sync needs: id, modifiedAt, revision)', () => {
  it.each(SCHEMA_VERSIONS.slice(0, 6).map((schema) => schema.version))('a database written by version %i has every row stamped, nothing else changed', async (version) => {
    const name = `axisref-sync-upgrade-${version}`
    await writtenBy(version, name)
    const before = Date.now()
    const db = openDatabase(name)
    await db.open()
    for (const [table, { since, rows }] of Object.entries(ROWS)) {
      const stored = await db.table(table).toArray()
      expect(stored, table).toHaveLength(since <= version ? rows.length : 0)
      for (const [index, row] of stored.entries()) {
        const key = String(row.id)
        expect(row, `${table} ${key}`).toEqual({ ...rows[index], id: key, modifiedAt: expect.any(Number), revision: 1 })
        const own = UPGRADED_AT[table as keyof typeof UPGRADED_AT]
        if (own === undefined) expect(row.modifiedAt).toBeGreaterThanOrEqual(before)
        else expect(row.modifiedAt).toBe(own)
      }
    }
    expect(await db.settings.get('notDuplicates')).toMatchObject({ id: 'notDuplicates', revision: 1 })
    expect(await db.fullTexts.get('a1')).toMatchObject(version >= 2 ? { id: 'a1', revision: 1 } : {})
    db.close()
  })
})

describe('every write stamps the row', () => {
  let now = 1000
  const clock = () => now
  const fresh = (): AxisRefDatabase => openDatabase(`axisref-sync-${++count}`, { now: clock })

  it('a paper: revision 1 when added, one more on each edit and each move to the trash; its own edit time', async () => {
    const db = fresh()
    const paper = await addPaper(db, { csl: { id: 'x', type: 'article-journal', title: 'Gut' }, citationKey: 'gut' }, 500)
    expect(await db.papers.get(paper.id)).toMatchObject({ id: paper.id, modifiedAt: 500, revision: 1 })
    await applyEdit(db, { kind: 'paper', paperId: paper.id, before: { tags: [] }, after: { tags: ['PNI'] } }, 600)
    expect(await db.papers.get(paper.id)).toMatchObject({ modifiedAt: 600, revision: 2 })
    await trashPapers(db, [paper.id], 700)
    expect(await db.papers.get(paper.id)).toMatchObject({ modifiedAt: 700, revision: 3 })
  })

  it('a setting: its key as id, the time of the write, and a revision counted up from the stored one', async () => {
    const db = fresh()
    now = 2000
    await writeSetting(db, 'attachmentNamesAtImport', true)
    expect(await db.settings.get('attachmentNamesAtImport')).toEqual({ key: 'attachmentNamesAtImport', value: true, id: 'attachmentNamesAtImport', modifiedAt: 2000, revision: 1 })
    now = 3000
    await markNotDuplicates(db, ['b', 'a'])
    await markNotDuplicates(db, ['c', 'a'])
    expect(await db.settings.get('notDuplicates')).toMatchObject({ modifiedAt: 3000, revision: 2 })
    expect(await readSetting(db, 'notDuplicates')).toEqual([['a', 'b'], ['a', 'c']])
  })

  it('a collection, a full text and a highlight: stamped when made and when changed', async () => {
    const db = fresh()
    now = 4000
    const collection = await createCollection(db, 'Thesis', undefined, 4000)
    now = 4100
    await renameCollection(db, collection.id, 'Chapter 2')
    expect(await db.collections.get(collection.id)).toMatchObject({ name: 'Chapter 2', modifiedAt: 4100, revision: 2 })
    const paper = await addPaper(db, { csl: { id: 'y', type: 'article-journal', title: 'Microglia' }, citationKey: 'mg' })
    const attachment = { id: 'a1', paperId: paper.id, hash: HASH, size: 1, originalName: 'mg.pdf', textExtracted: false, addedAt: 1 }
    await db.attachments.add(attachment)
    await saveFullText(db, attachment, 'first reading', false)
    await saveFullText(db, attachment, 'second reading', false)
    expect(await db.fullTexts.get('a1')).toMatchObject({ id: 'a1', text: 'second reading', modifiedAt: 4100, revision: 2 })
    expect(await db.attachments.get('a1')).toMatchObject({ textExtracted: true, revision: 2 })
    const highlight = await addAnnotation(db, { paperId: paper.id, attachmentId: 'a1', page: 1, kind: 'highlight', rects: [{ x: 1, y: 1, width: 1, height: 1 }] })
    expect(await db.annotations.get(highlight.id)).toMatchObject({ id: highlight.id, revision: 1 })
  })
})

describe('typed settings', () => {
  it('read a value that is not of its key\'s type as the default, a fresh copy each time', async () => {
    const db = openDatabase(`axisref-sync-${++count}`)
    await db.settings.put({ key: 'notDuplicates', value: 'not a list' })
    const first = await readSetting(db, 'notDuplicates')
    expect(first).toEqual([])
    first.push(['a', 'b'])
    expect(await readSetting(db, 'notDuplicates')).toEqual([])
    expect(await readSetting(db, 'attachmentNamesAtImport')).toBe(false)
  })
})

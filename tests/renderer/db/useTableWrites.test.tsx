import { renderHook, waitFor } from '@testing-library/react'
import { Dexie, type ObservabilitySet } from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { addPaper, openDatabase, type AxisRefDatabase } from '../../../renderer/src/db'
import { touchesTables, useTableWrites } from '../../../renderer/src/db/useTableWrites'

let count = 0
const opened: AxisRefDatabase[] = []
afterEach(() => {
  for (const db of opened.splice(0)) db.close()
})

function freshDb(): AxisRefDatabase {
  const db = openDatabase(`table-changes-${++count}`)
  opened.push(db)
  return db
}

const article = (title: string) => ({ id: title, type: 'article-journal', title })

describe('the writes a window sees, without reading the tables or rendering (snapshots, auto-export)', () => {
  it('counts writes to the watched tables: added, edited, and deleted for good', async () => {
    const db = freshDb()
    let writes = 0
    renderHook(() => useTableWrites(db, ['papers', 'notes'], () => writes++))
    expect(writes).toBe(0)
    const paper = await addPaper(db, { csl: article('Gut microbiota and depression'), citationKey: 'key' })
    await waitFor(() => expect(writes).toBeGreaterThan(0))
    let seen = writes
    await db.papers.update(paper.id, { tags: ['read'] })
    await waitFor(() => expect(writes).toBeGreaterThan(seen))
    seen = writes
    // a hard delete changes no modifiedAt: a live "newest change" missed it, a count walked every row
    await db.papers.delete(paper.id)
    await waitFor(() => expect(writes).toBeGreaterThan(seen))
    // one unmounted hears nothing more
    let later = 0
    renderHook(() => useTableWrites(db, ['notes'], () => later++)).unmount()
    await db.notes.add({ id: 'n1', paperId: paper.id, markdown: 'Chapter 3', createdAt: 1, modifiedAt: 1, revision: 1 })
    await waitFor(() => expect(writes).toBeGreaterThan(seen + 1))
    expect(later).toBe(0)
  })

  it('does not count writes to other tables or to another library', async () => {
    const db = freshDb()
    const other = freshDb()
    // creating a database notifies every table of it (live queries run again): not a write
    await Promise.all([db.open(), other.open()])
    const notices: ObservabilitySet[] = []
    const listen = (parts: ObservabilitySet) => void notices.push(parts)
    Dexie.on('storagemutated', listen)
    try {
      await db.settings.put({ key: 'theme', value: 'dark' })
      await addPaper(other, { csl: article('In another library'), citationKey: 'key' })
      await db.collections.add({ id: 'c1', name: 'Thesis', createdAt: 1, modifiedAt: 1, revision: 1 })
      await waitFor(() => expect(notices.length).toBeGreaterThanOrEqual(3))
      expect(notices.filter((parts) => touchesTables(parts, db.name, ['papers']))).toEqual([])
      expect(notices.filter((parts) => touchesTables(parts, db.name, ['collections']))).toHaveLength(1)
      await addPaper(db, { csl: article('Seen'), citationKey: 'key' })
      await waitFor(() => expect(notices.some((parts) => touchesTables(parts, db.name, ['papers']))).toBe(true))
    } finally {
      Dexie.on.storagemutated.unsubscribe(listen)
    }
  })
})

import { fireEvent, render, screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import type { AxisRefApi } from '../../shared/ipc/api'
import { ok } from '../../shared/ipc/result'
import { addAnnotation, addPaper, DatabaseProvider, findOrphanedRows, openDatabase, type AxisRefDatabase } from '../../renderer/src/db'
import { IntegritySetting } from '../../renderer/src/features/integrity'
import { ApiProvider } from '../../renderer/src/ipc/ApiContext'

// Libraries merged before merges moved every row have highlights and notes that point at a
// paper that no longer exists. The library check finds them and offers them a home.

let count = 0
const HASH = 'a'.repeat(64)

/** A library as the old merge left it: the PDF moved to the kept paper, its highlight and a note not. */
async function damagedByOldMerge() {
  const db = openDatabase(`orphans-${++count}`)
  const kept = await addPaper(db, { csl: { id: '', type: 'article-journal', title: 'The gut-brain barrier in major depression' }, citationKey: 'maes2008gut' })
  const gone = await addPaper(db, { csl: { id: '', type: 'article-journal', title: 'The gut–brain barrier' }, citationKey: 'Maes2008' })
  await db.attachments.add({ id: 'pdf-1', paperId: gone.id, hash: HASH, size: 10, originalName: 'maes.pdf', pageCount: 8, textExtracted: true, addedAt: 1 })
  const highlight = await addAnnotation(db, { paperId: gone.id, attachmentId: 'pdf-1', page: 3, kind: 'highlight', rects: [{ x: 1, y: 1, width: 5, height: 1 }], quote: 'zonulin' })
  await db.notes.add({ id: 'note-1', paperId: gone.id, markdown: 'for chapter 2', createdAt: 1, modifiedAt: 1 })
  // what mergeDuplicates did before: paper deleted, PDF re-pointed, the rest left behind
  await db.papers.delete(gone.id)
  await db.attachments.update('pdf-1', { paperId: kept.id })
  await db.papers.update(kept.id, { citationKeyAliases: ['Maes2008'] })
  return { db, kept, goneId: gone.id, highlight }
}

function renderCheck(db: AxisRefDatabase) {
  const api = { checkLibraryIntegrity: vi.fn(async () => ok({ checkedFiles: 1, findings: [] })) }
  render(
    <ApiProvider api={api as unknown as AxisRefApi}>
      <DatabaseProvider db={db}>
        <IntegritySetting />
      </DatabaseProvider>
    </ApiProvider>,
  )
  fireEvent.click(screen.getByRole('button', { name: 'Check library' }))
  return screen.findByRole('list', { name: 'Library problems' })
}

describe('rows whose paper is gone', () => {
  it('are found for every table, with the paper that holds their PDF as their home', async () => {
    const { db, kept, goneId, highlight } = await damagedByOldMerge()
    expect(await findOrphanedRows(db)).toEqual([
      { paperId: goneId, rows: { attachments: [], notes: ['note-1'], annotations: [highlight.id], fullTexts: [] }, pdfNames: [], home: { paperId: kept.id, because: 'pdf' } },
    ])
  })

  it('a merge record names their home before any PDF does', async () => {
    const { db, kept, goneId } = await damagedByOldMerge()
    const other = await addPaper(db, { csl: { id: '', type: 'book', title: 'Psychoneuroimmunology' }, citationKey: 'ader2007' })
    await db.attachments.update('pdf-1', { paperId: other.id })
    await db.mergedPapers.put({ id: goneId, keptId: kept.id, citationKey: 'Maes2008', mergedAt: 1 })
    expect((await findOrphanedRows(db))[0]?.home).toEqual({ paperId: kept.id, because: 'merged' })
  })

  it('the library check lists them in words and attaches them to the paper that holds their PDF', async () => {
    const { db, kept, highlight } = await damagedByOldMerge()
    const list = await renderCheck(db)
    expect(await within(list).findByText('1 highlight or note on its PDF and 1 note belong to a paper that no longer exists. They belong with “The gut-brain barrier in major depression” (maes2008gut).')).toBeTruthy()
    fireEvent.click(within(list).getByRole('button', { name: 'Attach to the paper that holds the PDF' }))
    expect(await screen.findByText('2 records were attached to maes2008gut.')).toBeTruthy()
    expect((await db.annotations.get(highlight.id))?.paperId).toBe(kept.id)
    expect((await db.notes.get('note-1'))?.paperId).toBe(kept.id)
    expect(await findOrphanedRows(db)).toEqual([])
  })

  it('without a known home, attaches them to the paper the user names by key (an old merged key works too)', async () => {
    const { db, kept, goneId } = await damagedByOldMerge()
    await db.annotations.clear()
    const list = await renderCheck(db)
    const item = await within(list).findByText(/1 note belongs to a paper that no longer exists\.$/)
    expect(item).toBeTruthy()
    const input = within(list).getByRole('textbox', { name: 'Attach to the paper with citation key' })
    fireEvent.change(input, { target: { value: 'nobody1999' } })
    fireEvent.click(within(list).getByRole('button', { name: 'Attach' }))
    expect(await within(list).findByText("No paper has the citation key “nobody1999”: copy it from the paper's details and try again.")).toBeTruthy()
    expect((await db.notes.get('note-1'))?.paperId).toBe(goneId)
    fireEvent.change(input, { target: { value: 'maes2008' } })
    fireEvent.click(within(list).getByRole('button', { name: 'Attach' }))
    expect(await screen.findByText('It was attached to maes2008gut.')).toBeTruthy()
    expect((await db.notes.get('note-1'))?.paperId).toBe(kept.id)
  })

  it('lists each gone paper apart, each with its own repairs', async () => {
    const { db } = await damagedByOldMerge()
    await db.annotations.clear()
    await db.notes.add({ id: 'note-2', paperId: 'deleted-long-ago', markdown: 'another', createdAt: 1, modifiedAt: 1 })
    // React says so when two findings share a key, and may then drop or repeat one
    const consoleErrors = vi.spyOn(console, 'error')
    const list = await renderCheck(db)
    await vi.waitFor(() => expect(within(list).getAllByRole('button', { name: 'Keep as a recovered paper' })).toHaveLength(2))
    fireEvent.click(within(list).getAllByRole('button', { name: 'Keep as a recovered paper' })[1]!)
    await vi.waitFor(() => expect(within(list).getAllByRole('button', { name: 'Keep as a recovered paper' })).toHaveLength(1))
    expect((await findOrphanedRows(db)).map((orphans) => orphans.rows.notes)).toHaveLength(1)
    const logged = consoleErrors.mock.calls.flat().map(String).join('\n')
    consoleErrors.mockRestore()
    expect(logged).not.toMatch(/same key/)
  })

  it('or keeps them as a recovered paper of their own', async () => {
    const { db, goneId } = await damagedByOldMerge()
    await db.annotations.clear()
    const list = await renderCheck(db)
    fireEvent.click(await within(list).findByRole('button', { name: 'Keep as a recovered paper' }))
    expect(await screen.findByText('It was kept as the paper “Recovered notes and highlights” (recovered), tagged “recovered”.')).toBeTruthy()
    expect(await db.papers.get(goneId)).toMatchObject({ citationKey: 'recovered', tags: ['recovered'] })
    expect((await db.notes.get('note-1'))?.paperId).toBe(goneId)
  })
})

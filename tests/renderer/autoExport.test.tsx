import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { AxisRefApi } from '../../shared/ipc/api'
import type { AutoExportBinding, AutoExportStatus, ChannelInput } from '../../shared/ipc/contract'
import { addPaper, addToCollection, createCollection, openDatabase, saveSearch, trashPapers, type AxisRefDatabase } from '../../renderer/src/db'
import { DatabaseProvider } from '../../renderer/src/db/DatabaseContext'
import { ApiProvider } from '../../renderer/src/ipc/ApiContext'
import { boundPapers } from '../../renderer/src/features/export/autoExportPapers'
import { autoExportStore } from '../../renderer/src/features/export/autoExportStore'
import { syncBinding } from '../../renderer/src/features/export/useAutoExport'
import { AutoExportSetting } from '../../renderer/src/features/settings/AutoExportSetting'
import { CollectionTree } from '../../renderer/src/features/sidebar/CollectionTree'
import { startSearchWorker, type SearchClient } from '../../renderer/src/search'
import { quietApi } from './quietApi'

let count = 0
const cleanup: (() => void)[] = []
afterEach(() => cleanup.splice(0).forEach((close) => close()))

function freshDb(): AxisRefDatabase {
  const db = openDatabase(`auto-export-${++count}`)
  cleanup.push(() => db.close())
  return db
}

const article = (title: string) => ({ id: title, type: 'article-journal', title, issued: { 'date-parts': [[2008]] } })

/** A thesis collection with a chapter inside it, a review search, and a paper in the trash. */
async function library(db: AxisRefDatabase) {
  const thesis = await createCollection(db, 'Thesis')
  const chapter = await createCollection(db, 'Chapter 2', thesis.id)
  const maes = await addPaper(db, { csl: article('The gut-brain barrier in major depression'), citationKey: 'maes2008gut' })
  const berk = await addPaper(db, { csl: article('So depression is an inflammatory disease'), citationKey: 'berk2013depression' })
  const kelly = await addPaper(db, { csl: article('Transferring the blues: gut microbiota'), citationKey: 'kelly2016blues' })
  const gone = await addPaper(db, { csl: article('A trashed gut paper'), citationKey: 'trashed2001gut' })
  await addToCollection(db, thesis.id, [maes.id, berk.id, gone.id])
  await addToCollection(db, chapter.id, [kelly.id])
  await trashPapers(db, [gone.id])
  const review = await saveSearch(db, 'Gut review', 'gut')
  return { thesis, chapter, review, maes, berk, kelly }
}

async function readySearch(db: AxisRefDatabase): Promise<SearchClient> {
  const client = startSearchWorker(db.name)
  cleanup.push(() => client.dispose())
  await new Promise<void>((resolve) => {
    const unsubscribe = client.subscribe((event) => {
      if (event.type === 'status' && event.status.state === 'ready') {
        unsubscribe()
        resolve()
      }
    })
  })
  return client
}

const binding = (source: AutoExportBinding['source'], path = '/home/ana/thesis/thesis.bib'): AutoExportBinding => ({ id: `b-${path}`, source, path, format: 'bibtex' })
const keysOf = (found: Awaited<ReturnType<typeof boundPapers>>) => ('papers' in found ? found.papers.map((paper) => paper.citationKey) : found)

describe('the papers a bound file holds', () => {
  it('library: every paper but the trash; collection: its own papers, as the list shows it (not its subcollections); saved search: what the engine finds', async () => {
    const db = freshDb()
    const { thesis, chapter, review } = await library(db)
    const search = await readySearch(db)
    expect(keysOf(await boundPapers(db, search, binding({ kind: 'library' })))).toEqual(['berk2013depression', 'kelly2016blues', 'maes2008gut'])
    expect(keysOf(await boundPapers(db, search, binding({ kind: 'collection', id: thesis.id })))).toEqual(['berk2013depression', 'maes2008gut'])
    expect(keysOf(await boundPapers(db, search, binding({ kind: 'collection', id: chapter.id })))).toEqual(['kelly2016blues'])
    expect(keysOf(await boundPapers(db, search, binding({ kind: 'savedSearch', id: review.id })))).toEqual(['kelly2016blues', 'maes2008gut'])
  })

  it('says so when the collection or saved search is gone, and waits while the search engine is starting', async () => {
    const db = freshDb()
    const { review } = await library(db)
    expect(await boundPapers(db, undefined, binding({ kind: 'collection', id: 'deleted' }))).toEqual({ problem: 'The collection kept in step with thesis.bib was deleted: remove the binding, or bind the file to another collection.' })
    expect(await boundPapers(db, undefined, binding({ kind: 'savedSearch', id: 'deleted' }))).toMatchObject({ problem: expect.stringMatching(/^The saved search kept in step with thesis\.bib was deleted/) })
    expect(await boundPapers(db, undefined, binding({ kind: 'savedSearch', id: review.id }))).toEqual({ waiting: 'the search engine is starting' })
  })
})

describe('keeping bound files in step', () => {
  function writer() {
    const writes: ChannelInput<'writeAutoExport'>[] = []
    const api = quietApi({
      writeAutoExport: async (request) => {
        writes.push(request)
        return { ok: true, value: { written: true, bytes: request.text.length } }
      },
    })
    return { api, writes }
  }

  it('formats and writes a binding only when its own papers changed, with their pinned keys', async () => {
    const db = freshDb()
    const { thesis, chapter, kelly, maes } = await library(db)
    const { api, writes } = writer()
    const deps = { api, db, search: undefined, store: autoExportStore(api), written: new Map<string, string>(), onError: vi.fn() }
    const thesisFile = binding({ kind: 'collection', id: thesis.id }, '/t/thesis.bib')
    const chapterFile = binding({ kind: 'collection', id: chapter.id }, '/t/chapter.bib')
    for (const each of [thesisFile, chapterFile]) await syncBinding(each, deps)
    expect(writes.map((write) => write.id)).toEqual([thesisFile.id, chapterFile.id])
    expect([...(writes[0]?.text ?? '').matchAll(/^@\w+\{([^,]+),/gm)].map((match) => match[1])).toEqual(['berk2013depression', 'maes2008gut'])

    await db.papers.update(kelly.id, { csl: article('Transferring the blues, revised'), modifiedAt: Date.now() + 1000 })
    for (const each of [thesisFile, chapterFile]) await syncBinding(each, deps)
    expect(writes.map((write) => write.id)).toEqual([thesisFile.id, chapterFile.id, chapterFile.id])
    expect(writes[2]?.text).toContain('revised')
    expect(writes[2]?.text).toMatch(/^@\w+\{kelly2016blues,/m)

    await db.papers.update(maes.id, { citationKey: 'maes2008gut', modifiedAt: Date.now() + 2000 })
    await syncBinding(chapterFile, deps)
    expect(writes).toHaveLength(3)
    expect(deps.onError).not.toHaveBeenCalled()
  })

  it('says in words why a file could not be written, once, and keeps it for Settings and the sidebar', async () => {
    const db = freshDb()
    const { thesis } = await library(db)
    const gone = 'The folder of thesis.bib (/t) is gone: choose the file again or remove the binding.'
    const thesisFile = binding({ kind: 'collection', id: thesis.id }, '/t/thesis.bib')
    const listed: AutoExportStatus[] = [{ ...thesisFile, folderMissing: true, lastError: gone }]
    const api = quietApi({
      writeAutoExport: async () => ({ ok: false, error: { code: 'IO_ERROR', message: gone } }),
      listAutoExports: async () => ({ ok: true, value: listed }),
    })
    const onError = vi.fn()
    const deps = { api, db, search: undefined, store: autoExportStore(api), written: new Map<string, string>(), onError }
    await syncBinding(thesisFile, deps)
    await syncBinding(thesisFile, deps)
    expect(onError.mock.calls).toEqual([[gone]])
    expect(deps.store.state()).toMatchObject({ bindings: listed, problems: { [thesisFile.id]: gone } })
  })
})

function renderWith(api: AxisRefApi, db: AxisRefDatabase, ui: React.ReactNode) {
  return render(
    <ApiProvider api={api}>
      <DatabaseProvider db={db}>{ui}</DatabaseProvider>
    </ApiProvider>,
  )
}

describe('auto-export in Settings and the sidebar', () => {
  it('lists each binding with its source, file, format and state, binds a collection through the save dialog, and removes', async () => {
    const db = freshDb()
    const { thesis, review } = await library(db)
    let listed: AutoExportStatus[] = [
      { id: 'b1', source: { kind: 'collection', id: thesis.id }, path: '/home/ana/thesis/thesis.bib', format: 'biblatex', folderMissing: false },
      { id: 'b2', source: { kind: 'savedSearch', id: review.id }, path: '/mnt/usb/review.json', format: 'csl-json', folderMissing: true },
    ]
    const addAutoExport = vi.fn(async (request: ChannelInput<'addAutoExport'>) => {
      listed = [...listed, { id: 'b3', source: request.source, path: '/home/ana/thesis/Thesis.bib', format: request.format, folderMissing: false }]
      return { ok: true as const, value: listed }
    })
    const removeAutoExport = vi.fn(async ({ id }: { id: string }) => {
      listed = listed.filter((each) => each.id !== id)
      return { ok: true as const, value: listed }
    })
    const api = quietApi({ listAutoExports: async () => ({ ok: true, value: listed }), addAutoExport, removeAutoExport })
    renderWith(api, db, <AutoExportSetting />)

    // the names come from IndexedDB a moment after the list
    await waitFor(() =>
      expect(screen.getAllByTestId('auto-export-binding').map((row) => row.textContent)).toEqual([
        'Thesis → /home/ana/thesis/thesis.bib biblatex In step Remove',
        'Gut review → /mnt/usb/review.json csl-json Folder is gone. The folder of review.json (/mnt/usb) is gone: choose the file again or remove the binding. Remove',
      ]),
    )
    fireEvent.change(screen.getByLabelText('Papers to keep in step'), { target: { value: `collection:${thesis.id}` } })
    fireEvent.change(screen.getByLabelText('Auto-export format'), { target: { value: 'csl-json' } })
    fireEvent.click(screen.getByRole('button', { name: 'Keep a file in step…' }))
    await waitFor(() => expect(screen.getAllByTestId('auto-export-binding')).toHaveLength(3))
    expect(addAutoExport).toHaveBeenCalledWith({ source: { kind: 'collection', id: thesis.id }, format: 'csl-json', name: 'Thesis' })

    fireEvent.click(screen.getByRole('button', { name: 'Stop keeping /mnt/usb/review.json in step' }))
    await waitFor(() => expect(screen.getAllByTestId('auto-export-binding')).toHaveLength(2))
    expect(removeAutoExport).toHaveBeenCalledWith({ id: 'b2' })
  })

  it('marks a bound collection in the sidebar, and turns the mark into a warning in words when its folder is gone', async () => {
    const db = freshDb()
    const { thesis, chapter } = await library(db)
    const listed: AutoExportStatus[] = [
      { id: 'b1', source: { kind: 'collection', id: thesis.id }, path: '/home/ana/thesis/thesis.bib', format: 'bibtex', folderMissing: false },
      { id: 'b2', source: { kind: 'collection', id: chapter.id }, path: '/mnt/usb/chapter.bib', format: 'bibtex', folderMissing: true },
    ]
    const api = quietApi({ listAutoExports: async () => ({ ok: true, value: listed }) })
    await autoExportStore(api).refresh()
    const noop = () => undefined
    renderWith(api, db, <CollectionTree collections={[thesis, chapter]} activeId={undefined} onOpen={noop} onDropPapers={noop} onCreate={noop} onRename={noop} onDelete={noop} />)
    const thesisRow = screen.getByRole('button', { name: /^Thesis/ })
    expect(within(thesisRow).getByTestId('bound-mark').title).toBe('Kept in step with thesis.bib')
    const chapterMark = within(screen.getByRole('button', { name: /^Chapter 2/ })).getByTestId('bound-mark')
    expect(chapterMark.textContent).toBe('⚠ folder gone')
    expect(chapterMark.title).toBe('The folder of chapter.bib (/mnt/usb) is gone: choose the file again or remove the binding.')
  })
})

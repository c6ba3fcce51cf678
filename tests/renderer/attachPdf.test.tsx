import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import type { AxisRefApi } from '../../shared/ipc/api'
import type { ExtractedItem, PdfMetadata } from '../../shared/ipc/importSchemas'
import { fail, ok } from '../../shared/ipc/result'
import { App } from '../../renderer/src/App'
import { addPaper, DatabaseProvider, openDatabase, type AxisRefDatabase } from '../../renderer/src/db'
import { DetailsPane } from '../../renderer/src/features/details'
import { attachPdf, mismatchWarnings } from '../../renderer/src/features/import/attachPdf'
import { indexFullTexts } from '../../renderer/src/features/import/fullText'
import { titlesMatch } from '../../shared/lookup/titleMatch'
import { useAttachPdf, useAttaching, type AttachPdfActions } from '../../renderer/src/features/import'
import { ApiProvider } from '../../renderer/src/ipc/ApiContext'
import { quietApi } from './quietApi'

let count = 0
const TITLE = 'Transferring the blues: depression-associated gut microbiota induces neurobehavioural changes in the rat'
const DOI = '10.1016/j.jpsychires.2016.07.019'

async function sha256(bytes: Uint8Array): Promise<string> {
  return [...new Uint8Array(await crypto.subtle.digest('SHA-256', new Uint8Array(bytes)))].map((byte) => byte.toString(16).padStart(2, '0')).join('')
}

/**
 * A host that stores dropped bytes under their real SHA-256 (as main does), reads each file's
 * metadata from a table by name, and keeps what it stored, so a discard can be seen.
 */
function pdfHost(metadata: Record<string, ExtractedItem>) {
  const stored = new Set<string>()
  const api = {
    storePdfData: vi.fn(async ({ name, bytes }: { name: string; bytes: Uint8Array }) => {
      const hash = await sha256(bytes)
      const newlyStored = !stored.has(hash)
      stored.add(hash)
      return ok({ hash, size: bytes.length, originalName: name, newlyStored })
    }),
    storePdfFile: vi.fn(async ({ path }: { path: string }) => fail('NOT_FOUND', `${path} is not there`)),
    discardStoredPdf: vi.fn(async ({ hash }: { hash: string }) => ok({ removed: stored.delete(hash) })),
    extractPdfMetadata: vi.fn(async ({ originalName }: { originalName: string }) => {
      const item = metadata[originalName]
      if (!item) return fail('NOT_A_PDF', `${originalName}: This is not a PDF.`)
      return ok({ item, fields: {}, pageCount: 9, noTextLayer: false } satisfies PdfMetadata)
    }),
    extractPdfFullText: vi.fn(async () => ok({ text: 'germ-free rats received the microbiota of depressed patients', pageCount: 9, truncated: false })),
  }
  return { api, stored }
}

const pdfFile = (name: string, body = name) => new File([`%PDF-1.7\n${body}\n%%EOF`], name, { type: 'application/pdf' })
const fileSource = (file: File) => ({ kind: 'file' as const, file, name: file.name })

async function libraryWithKelly() {
  const db = openDatabase(`attach-${++count}`)
  const kelly = await addPaper(db, {
    csl: { id: '', type: 'article-journal', title: TITLE, author: [{ family: 'Kelly', given: 'John R.' }], issued: { 'date-parts': [[2016]] }, DOI },
    citationKey: 'kelly2016transferring',
  })
  const other = await addPaper(db, { csl: { id: '', type: 'article-journal', title: 'Mind-altering microorganisms', author: [{ family: 'Cryan' }], issued: { 'date-parts': [[2012]] } }, citationKey: 'cryan2012mind' })
  return { db, kelly, other }
}

/** What a drop of these files hands the page: file items, as Chromium gives them. */
function dropOf(files: File[]) {
  return { dataTransfer: { types: ['Files'], items: files.map((file) => ({ kind: 'file', getAsFile: () => file })) } }
}

describe('titles and DOIs that do not fit the record', () => {
  it('matches titles whatever their case, accents, punctuation or a left-out subtitle', () => {
    expect(titlesMatch(TITLE, 'TRANSFERRING THE BLUES — depression-associated gut microbiota induces neurobehavioural changes in the rat.')).toBe(true)
    expect(titlesMatch(TITLE, 'Transferring')).toBe(false)
    expect(titlesMatch('Depression-associated gut microbiota induces changes', 'Depression-associated gut microbiota induces changes: a study in rats')).toBe(true)
    expect(titlesMatch('Études sur la dépression', 'Etudes sur la depression')).toBe(true)
    expect(titlesMatch(TITLE, 'Mind-altering microorganisms: the impact of the gut microbiota on brain and behaviour')).toBe(false)
  })

  it('warns about another DOI, and about another title only when the DOIs do not already agree', () => {
    const record = { id: 'k', type: 'article-journal', title: TITLE, DOI }
    expect(mismatchWarnings(record, { type: 'article-journal', title: 'Journal of Psychiatric Research', DOI: DOI.toUpperCase() })).toEqual([])
    expect(mismatchWarnings(record, { type: 'article-journal', title: TITLE, DOI: '10.1038/nrn3346' })).toEqual([`The PDF's DOI is 10.1038/nrn3346, the record's ${DOI}.`])
    expect(mismatchWarnings(record, { type: 'article-journal', title: 'Mind-altering microorganisms' })).toEqual(['The PDF\'s title, “Mind-altering microorganisms”, is not the record\'s.'])
    expect(mismatchWarnings(record, { type: 'article-journal' })).toEqual([])
  })
})

describe('attaching a PDF to a paper already in the library', () => {
  it('adds the PDF to THAT paper (no new paper), reads its full text, and never attaches the same file twice', async () => {
    const { db, kelly, other } = await libraryWithKelly()
    const { api } = pdfHost({ 'kelly.pdf': { type: 'article-journal', title: TITLE, DOI }, 'copy.pdf': { type: 'article-journal', title: TITLE, DOI } })
    const file = pdfFile('kelly.pdf')
    const outcome = await attachPdf(kelly.id, fileSource(file), { api: api as never, db })
    expect(outcome).toMatchObject({ status: 'attached', paperId: kelly.id, warnings: [], newlyStored: true })
    expect(await db.papers.count()).toBe(2)
    const [attachment] = await db.attachments.where('paperId').equals(kelly.id).toArray()
    expect(attachment).toMatchObject({ hash: await sha256(new Uint8Array(await file.arrayBuffer())), originalName: 'kelly.pdf', pageCount: 9, textExtracted: false })
    expect(await indexFullTexts(api, db)).toEqual({ indexed: 1, failed: 0 })
    expect((await db.fullTexts.get(attachment!.id))?.text).toContain('germ-free rats')

    // the same bytes under another name, to the same paper and to another one
    expect(await attachPdf(kelly.id, fileSource(pdfFile('copy.pdf', 'kelly.pdf')), { api: api as never, db })).toEqual({ status: 'refused', name: 'copy.pdf', message: 'copy.pdf is already attached to this paper.' })
    expect(await attachPdf(other.id, fileSource(pdfFile('copy.pdf', 'kelly.pdf')), { api: api as never, db })).toEqual({
      status: 'refused',
      name: 'copy.pdf',
      message: `copy.pdf was not attached: it is already the PDF of “${TITLE}” (kelly2016transferring). If the two are the same paper, merge them in Find duplicates.`,
    })
    expect(await db.attachments.count()).toBe(1)
  })

  it('refuses what is not a PDF, in words, and removes the bytes it stored for it', async () => {
    const { db, kelly } = await libraryWithKelly()
    const { api, stored } = pdfHost({})
    const outcome = await attachPdf(kelly.id, fileSource(pdfFile('page.pdf')), { api: api as never, db })
    expect(outcome).toEqual({ status: 'refused', name: 'page.pdf', message: 'page.pdf: This is not a PDF.' })
    expect(stored.size).toBe(0)
    expect(await db.attachments.count()).toBe(0)
  })
})

function Pane({ db, api, paperId }: { db: AxisRefDatabase; api: Partial<AxisRefApi>; paperId: string }) {
  return (
    <ApiProvider api={api as AxisRefApi}>
      <DatabaseProvider db={db}>
        <DetailsPane paperId={paperId} selectedIds={[paperId]} />
      </DatabaseProvider>
    </ApiProvider>
  )
}

describe('attaching in the details pane', () => {
  it('a PDF dropped on the details whose DOI differs is attached with a warning in words; Detach takes it off again', async () => {
    const { db, kelly } = await libraryWithKelly()
    const { api, stored } = pdfHost({ 'cryan.pdf': { type: 'article-journal', title: 'Mind-altering microorganisms', DOI: '10.1038/nrn3346' } })
    render(<Pane db={db} api={api} paperId={kelly.id} />)
    const details = await screen.findByRole('article', { name: 'Paper details' })
    fireEvent.drop(details, dropOf([pdfFile('cryan.pdf')]))
    const notice = await screen.findByTestId('attach-notice')
    expect(notice.textContent).toBe(`Attached cryan.pdf, but check that it is this paper's PDF: The PDF's DOI is 10.1038/nrn3346, the record's ${DOI}. The PDF's title, “Mind-altering microorganisms”, is not the record's.Detach`)
    expect(notice.getAttribute('role')).toBe('alert')
    await within(screen.getByTestId('attachments')).findByText('cryan.pdf')
    expect(await db.attachments.where('paperId').equals(kelly.id).count()).toBe(1)

    fireEvent.click(within(notice).getByRole('button', { name: 'Detach' }))
    await waitFor(() => expect(screen.getByTestId('attach-notice').textContent).toBe('Detached cryan.pdf.'))
    expect(await db.attachments.count()).toBe(0)
    expect(stored.size).toBe(0)
  })

  it('"Attach PDF…" uses the host\'s file dialog, or the page\'s file picker where the host has none', async () => {
    const { db, kelly } = await libraryWithKelly()
    const { api } = pdfHost({ 'kelly.pdf': { type: 'article-journal', title: `${TITLE}.` } })
    const openFileDialog = vi.fn(async () => fail('UNAVAILABLE', 'The browser host has no file dialog.'))
    render(<Pane db={db} api={{ ...api, openFileDialog }} paperId={kelly.id} />)
    const picker = await screen.findByLabelText('PDF to attach')
    const click = vi.spyOn(picker, 'click')
    fireEvent.click(screen.getByRole('button', { name: 'Attach PDF…' }))
    await waitFor(() => expect(click).toHaveBeenCalled())
    expect(openFileDialog).toHaveBeenCalledWith({ purpose: 'pdf' })
    fireEvent.change(picker, { target: { files: [pdfFile('kelly.pdf')] } })
    expect((await screen.findByTestId('attach-notice')).textContent).toBe('Attached kelly.pdf.')
    expect(await db.attachments.where('paperId').equals(kelly.id).count()).toBe(1)
  })

  it('says so when the file dropped is not a PDF or is attached already', async () => {
    const { db, kelly } = await libraryWithKelly()
    const { api } = pdfHost({ 'kelly.pdf': { type: 'article-journal', title: TITLE, DOI } })
    render(<Pane db={db} api={api} paperId={kelly.id} />)
    const details = await screen.findByRole('article', { name: 'Paper details' })
    fireEvent.drop(details, dropOf([pdfFile('kelly.pdf')]))
    expect((await screen.findByTestId('attach-notice')).textContent).toBe('Attached kelly.pdf.')
    fireEvent.drop(details, dropOf([pdfFile('kelly.pdf'), new File(['@article{x,}'], 'refs.bib')]))
    await waitFor(() => expect(screen.getAllByTestId('attach-notice').map((notice) => notice.textContent)).toEqual(['kelly.pdf is already attached to this paper.', 'refs.bib is not a PDF; only a PDF can be attached to a paper.']))
    expect(await db.attachments.count()).toBe(1)
  })
})

describe('attaching from the paper list', () => {
  it('a PDF dropped on a paper\'s row is attached to that paper, not imported as a new one', async () => {
    const { db, kelly } = await libraryWithKelly()
    const { api } = pdfHost({ 'kelly.pdf': { type: 'article-journal', title: TITLE, DOI } })
    render(<App api={quietApi(api as Partial<AxisRefApi>)} db={db} />)
    const row = await waitFor(() => {
      const found = screen.getAllByTestId('paper-row').find((candidate) => candidate.textContent?.includes('Transferring the blues'))
      if (!found) throw new Error('the row of Kelly 2016 is not shown yet')
      return found
    }, { timeout: 8000 })
    fireEvent.dragOver(row, dropOf([]))
    fireEvent.drop(row, dropOf([pdfFile('kelly.pdf')]))
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Attached kelly.pdf.'), { timeout: 8000 })
    expect(await db.papers.count()).toBe(2)
    expect((await db.attachments.toArray()).map((attachment) => attachment.paperId)).toEqual([kelly.id])
    // the paper is selected: its details list the PDF
    await within(await screen.findByTestId('attachments')).findByText('kelly.pdf')
  }, 30_000)

  it('"Attach a PDF to the paper…" from the palette opens the file dialog for the selected paper', async () => {
    const { db, kelly } = await libraryWithKelly()
    const { api } = pdfHost({ 'kelly.pdf': { type: 'article-journal', title: TITLE, DOI } })
    const openFileDialog = vi.fn(async () => ok({ canceled: false, files: [{ path: '/home/ana/kelly.pdf', name: 'kelly.pdf', size: 20 }] }))
    const storePdfFile = vi.fn(async () => api.storePdfData({ name: 'kelly.pdf', bytes: new TextEncoder().encode('%PDF-1.7 kelly') }))
    render(<App api={quietApi({ ...(api as Partial<AxisRefApi>), openFileDialog, storePdfFile })} db={db} />)
    const openPalette = async () => {
      fireEvent.keyDown(document.body, { key: 'k', ctrlKey: true })
      const commands = await screen.findByRole('listbox', { name: 'Commands' })
      return within(commands).getAllByRole('option').find((candidate) => candidate.textContent?.startsWith('Attach a PDF to the paper…'))!
    }
    const row = await waitFor(() => {
      const found = screen.getAllByTestId('paper-row').find((candidate) => candidate.textContent?.includes('Transferring the blues'))
      if (!found) throw new Error('the row of Kelly 2016 is not shown yet')
      return found
    }, { timeout: 8000 })
    fireEvent.click(row)
    // (a test id: asking for roles over the whole workspace is slow in jsdom)
    await screen.findByTestId('citation-key', {}, { timeout: 8000 })
    fireEvent.click(await openPalette())
    expect((await screen.findByTestId('attach-notice', {}, { timeout: 8000 })).textContent).toBe('Attached kelly.pdf.')
    expect(openFileDialog).toHaveBeenCalledWith({ purpose: 'pdf' })
    expect(storePdfFile).toHaveBeenCalledWith({ path: '/home/ana/kelly.pdf' })
    expect((await db.attachments.toArray()).map((attachment) => attachment.paperId)).toEqual([kelly.id])
  }, 30_000)
})

describe('the library check waits for an attach', () => {
  it('an attach counts as under way from storing the bytes until its attachment is written', async () => {
    const { db, kelly } = await libraryWithKelly()
    const { api } = pdfHost({ 'kelly.pdf': { type: 'article-journal', title: TITLE, DOI } })
    let release: () => void = () => undefined
    const held = new Promise<void>((resolve) => (release = resolve))
    const slowHost: Partial<AxisRefApi> = {
      ...api,
      storePdfData: async (input) => {
        await held
        return api.storePdfData(input)
      },
    }
    let actions: AttachPdfActions | undefined
    function Probe() {
      actions = useAttachPdf()
      return <p data-testid="attaching">{useAttaching() ? 'attaching' : 'idle'}</p>
    }
    render(
      <ApiProvider api={slowHost as AxisRefApi}>
        <DatabaseProvider db={db}>
          <Probe />
        </DatabaseProvider>
      </ApiProvider>,
    )
    expect(screen.getByTestId('attaching').textContent).toBe('idle')
    const attached = actions!.attach(kelly.id, [fileSource(pdfFile('kelly.pdf'))])
    await waitFor(() => expect(screen.getByTestId('attaching').textContent).toBe('attaching'))
    release()
    expect(await attached).toMatchObject([{ status: 'attached' }])
    await waitFor(() => expect(screen.getByTestId('attaching').textContent).toBe('idle'))
    expect(await db.attachments.count()).toBe(1)
  })
})

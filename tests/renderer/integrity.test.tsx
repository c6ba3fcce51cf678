import { fireEvent, render, screen, within } from '@testing-library/react'
import type { ReactNode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import type { AxisRefApi } from '../../shared/ipc/api'
import type { IntegrityFinding } from '../../shared/ipc/contract'
import { ok } from '../../shared/ipc/result'
import { addPaper, DatabaseProvider, openDatabase, type AxisRefDatabase } from '../../renderer/src/db'
import { IntegrityBanner, IntegritySetting } from '../../renderer/src/features/integrity'
import { ApiProvider } from '../../renderer/src/ipc/ApiContext'

let count = 0
const HASH_A = 'a'.repeat(64)
const HASH_B = 'b'.repeat(64)
const HASH_NEW = 'c'.repeat(64)
const pathOf = (hash: string) => `files/${hash.slice(0, 2)}/${hash}.pdf`

/** A library of two papers with a PDF each, as IndexedDB holds it. */
async function twoPapers() {
  const db = openDatabase(`integrity-ui-${++count}`)
  const ids: string[] = []
  for (const [index, hash] of [HASH_A, HASH_B].entries()) {
    const paper = await addPaper(db, { csl: { id: '', type: 'article-journal', title: `Paper ${index === 0 ? 'one' : 'two'} on microglia` }, citationKey: `paper${index}` })
    await db.attachments.add({ id: `att-${index}`, paperId: paper.id, hash, size: 10, originalName: `paper-${index}.pdf`, textExtracted: true, addedAt: 1 })
    ids.push(paper.id)
  }
  return { db, ids }
}

/** The host's side of the check: it answers these findings and records what the renderer asks. */
function host(findings: IntegrityFinding[], overrides: Partial<AxisRefApi> = {}) {
  const api = {
    checkLibraryIntegrity: vi.fn(async () => ok({ checkedFiles: 2, findings })),
    relinkLibraryFile: vi.fn(async () => ok({ canceled: false, status: 'relinked' as const })),
    moveLibraryFileToTrash: vi.fn(async ({ path }: { path: string }) => ok({ trashedTo: `trash/${path.split('/').pop()}` })),
    openFileDialog: vi.fn(async () => ok({ canceled: false, files: [{ path: '/home/ana/Downloads/corrected.pdf', name: 'corrected.pdf', size: 20 }] })),
    storePdfFile: vi.fn(async () => ok({ hash: HASH_NEW, size: 20, originalName: 'corrected.pdf', newlyStored: true })),
    getLibraryLocation: vi.fn(async () => ok({ path: '/home/ana/Library', isDefault: true })),
    extractPdfFullText: vi.fn(async () => ok({ text: 'the corrected text', pageCount: 1, truncated: false })),
    ...overrides,
  }
  return api
}

function wrap(api: object, db: AxisRefDatabase, ui: ReactNode) {
  return (
    <ApiProvider api={api as AxisRefApi}>
      <DatabaseProvider db={db}>{ui}</DatabaseProvider>
    </ApiProvider>
  )
}

function renderWith(api: object, db: AxisRefDatabase, ui: ReactNode) {
  return render(wrap(api, db, ui))
}

const missing = (paperId: string): IntegrityFinding => ({ kind: 'missing', path: pathOf(HASH_A), hash: HASH_A, paperIds: [paperId], attachmentIds: ['att-0'], repairs: ['relink', 're-import'], message: 'The PDF is not in the library folder.' })

describe('the library check in the renderer', () => {
  it('sends every attachment record, names the paper whose PDF is missing, and relinks it', async () => {
    const { db, ids } = await twoPapers()
    const relinkLibraryFile = vi
      .fn()
      .mockResolvedValueOnce({ ok: false, error: { code: 'INVALID_INPUT', message: 'other.pdf is not the PDF the library lost.' } })
      .mockResolvedValueOnce(ok({ canceled: false, status: 'relinked' }))
    const api = host([missing(ids[0]!)], { relinkLibraryFile })
    renderWith(api, db, <IntegritySetting />)
    fireEvent.click(screen.getByRole('button', { name: 'Check library' }))
    const list = await screen.findByRole('list', { name: 'Library problems' })
    expect(await within(list).findByText('The PDF of “Paper one on microglia” (paper0) is missing from the library folder.')).toBeTruthy()
    expect(api.checkLibraryIntegrity).toHaveBeenCalledWith({
      verifyHashes: true,
      attachments: expect.arrayContaining([
        { attachmentId: 'att-0', paperId: ids[0], hash: HASH_A },
        { attachmentId: 'att-1', paperId: ids[1], hash: HASH_B },
      ]),
    })
    fireEvent.click(within(list).getByRole('button', { name: 'Find the file…' }))
    expect(await within(list).findByText('other.pdf is not the PDF the library lost.')).toBeTruthy()
    fireEvent.click(within(list).getByRole('button', { name: 'Find the file…' }))
    expect(await screen.findByText('The PDF is back in the library.')).toBeTruthy()
    expect(relinkLibraryFile).toHaveBeenLastCalledWith({ hash: HASH_A })
    expect(screen.queryByRole('list', { name: 'Library problems' })).toBeNull()
  })

  it('points a paper at another PDF the user chooses, moving the damaged one to the library trash first', async () => {
    const { db, ids } = await twoPapers()
    await db.fullTexts.put({ attachmentId: 'att-0', paperId: ids[0]!, text: 'old text', truncated: false })
    const damaged: IntegrityFinding = { ...missing(ids[0]!), kind: 'mismatch', actualHash: 'd'.repeat(64), repairs: ['relink', 're-import', 'trash'], message: 'Damaged.' }
    const api = host([damaged])
    renderWith(api, db, <IntegritySetting />)
    fireEvent.click(screen.getByRole('button', { name: 'Check library' }))
    const list = await screen.findByRole('list', { name: 'Library problems' })
    expect(await within(list).findByText('The PDF of “Paper one on microglia” (paper0) is damaged: its content changed after it was imported.')).toBeTruthy()
    fireEvent.click(within(list).getByRole('button', { name: 'Use another PDF…' }))
    expect(await screen.findByText("corrected.pdf is now the paper's PDF.")).toBeTruthy()
    expect(api.moveLibraryFileToTrash).toHaveBeenCalledWith({ path: pathOf(HASH_A) })
    expect(vi.mocked(api.moveLibraryFileToTrash).mock.invocationCallOrder[0]!).toBeLessThan(vi.mocked(api.storePdfFile).mock.invocationCallOrder[0]!)
    expect(api.storePdfFile).toHaveBeenCalledWith({ path: '/home/ana/Downloads/corrected.pdf' })
    expect(await db.attachments.get('att-0')).toMatchObject({ paperId: ids[0], hash: HASH_NEW, size: 20, originalName: 'corrected.pdf' })
    // the old page text goes; the new PDF's is read in the background
    await vi.waitFor(async () => expect(await db.fullTexts.get('att-0')).toMatchObject({ text: 'the corrected text' }))
    expect(api.extractPdfFullText).toHaveBeenCalledWith({ hash: HASH_NEW })
  })

  it('keeps a paper without its lost PDF, or moves the paper to the trash', async () => {
    const { db, ids } = await twoPapers()
    const lostB: IntegrityFinding = { ...missing(ids[1]!), path: pathOf(HASH_B), hash: HASH_B, attachmentIds: ['att-1'] }
    renderWith(host([missing(ids[0]!), lostB]), db, <IntegritySetting />)
    fireEvent.click(screen.getByRole('button', { name: 'Check library' }))
    const list = await screen.findByRole('list', { name: 'Library problems' })
    const [first, second] = await within(list).findAllByRole('listitem')
    fireEvent.click(within(first!).getByRole('button', { name: 'Remove the PDF from the paper' }))
    expect(await screen.findByText('The paper is kept without its PDF.')).toBeTruthy()
    fireEvent.click(within(second!).getByRole('button', { name: 'Move the paper to the trash' }))
    expect(await screen.findByText('The paper was moved to the trash.')).toBeTruthy()
    expect(await db.attachments.get('att-0')).toBeUndefined()
    expect(await db.papers.get(ids[0]!)).toMatchObject({ citationKey: 'paper0' })
    expect((await db.papers.get(ids[0]!))?.trashedAt).toBeUndefined()
    expect((await db.papers.get(ids[1]!))?.trashedAt).toBeGreaterThan(0)
    expect(await screen.findByText('Checked 2 PDFs: no problems left.')).toBeTruthy()
  })

  it('after start, leaves an empty library alone (its PDFs are for the restore offer)', async () => {
    const db = openDatabase(`integrity-ui-${++count}`)
    const api = host([{ kind: 'orphan', path: pathOf(HASH_A), hash: HASH_A, paperIds: [], attachmentIds: [], repairs: ['re-import', 'trash'], message: 'No paper points to this PDF.' }])
    renderWith(api, db, <IntegrityBanner delayMs={0} />)
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(api.checkLibraryIntegrity).not.toHaveBeenCalled()
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('after start, waits for a running import to end before it looks (its PDFs have no papers yet)', async () => {
    const { db } = await twoPapers()
    const api = host([])
    const { rerender } = renderWith(api, db, <IntegrityBanner delayMs={0} busy />)
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(api.checkLibraryIntegrity).not.toHaveBeenCalled()
    rerender(wrap(api, db, <IntegrityBanner delayMs={0} busy={false} />))
    await vi.waitFor(() => expect(api.checkLibraryIntegrity).toHaveBeenCalledTimes(1))
    rerender(wrap(api, db, <IntegrityBanner delayMs={0} busy />))
    rerender(wrap(api, db, <IntegrityBanner delayMs={0} busy={false} />))
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(api.checkLibraryIntegrity).toHaveBeenCalledTimes(1)
  })

  it('says a PDF on the sync server is fetched when its paper is opened, and counts it as no problem', async () => {
    const { db, ids } = await twoPapers()
    const remote: IntegrityFinding = { kind: 'remote', path: pathOf(HASH_B), hash: HASH_B, paperIds: [ids[1]!], attachmentIds: ['att-1'], repairs: [], message: 'On the sync server, fetched when the paper is opened.' }
    const api = host([missing(ids[0]!), remote])
    renderWith(api, db, <IntegritySetting />)
    fireEvent.click(screen.getByRole('button', { name: 'Check library' }))
    const list = await screen.findByRole('list', { name: 'Library problems' })
    const item = (await within(list).findByText('The PDF of “Paper two on microglia” (paper1) is on the sync server; it is fetched when the paper is opened.')).closest('li')!
    expect(within(item).queryAllByRole('button')).toEqual([])
    expect(screen.getByTestId('integrity-status').textContent).toBe('Checked 2 PDFs: 1 problem to look at.')
  })

  it('after start, raises no banner for PDFs that are only on the sync server', async () => {
    const { db, ids } = await twoPapers()
    const remote: IntegrityFinding = { kind: 'remote', path: pathOf(HASH_A), hash: HASH_A, paperIds: [ids[0]!], attachmentIds: ['att-0'], repairs: [], message: 'On the sync server, fetched when the paper is opened.' }
    const api = host([remote])
    renderWith(api, db, <IntegrityBanner delayMs={0} />)
    await vi.waitFor(() => expect(api.checkLibraryIntegrity).toHaveBeenCalledTimes(1))
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('after start, says nothing for a healthy library', async () => {
    const { db } = await twoPapers()
    const api = host([])
    renderWith(api, db, <IntegrityBanner delayMs={0} />)
    await vi.waitFor(() => expect(api.checkLibraryIntegrity).toHaveBeenCalledWith(expect.objectContaining({ verifyHashes: false })))
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('after start, shows a banner for a file no paper points to and for a record whose paper is gone', async () => {
    const { db } = await twoPapers()
    await db.attachments.add({ id: 'att-ghost', paperId: 'deleted-paper', hash: HASH_A, size: 1, originalName: 'ghost.pdf', textExtracted: false, addedAt: 1 })
    const orphan: IntegrityFinding = { kind: 'orphan', path: pathOf(HASH_NEW), hash: HASH_NEW, paperIds: [], attachmentIds: [], repairs: ['re-import', 'trash'], message: 'No paper points to this PDF.' }
    const temp: IntegrityFinding = { kind: 'temp', path: 'files/.x.pdf.1.tmp', paperIds: [], attachmentIds: [], repairs: ['clean'], message: 'Partial copy.' }
    const api = host([orphan, temp])
    renderWith(api, db, <IntegrityBanner delayMs={0} />)
    const banner = await screen.findByRole('alert', { name: 'Library check' })
    expect(banner.textContent).toContain('The library check found 2 problems')
    fireEvent.click(within(banner).getByRole('button', { name: 'Review' }))
    expect(within(banner).getByText('The PDF record ghost.pdf belongs to a paper that no longer exists.')).toBeTruthy()
    expect(within(banner).getByText(`A PDF in the library folder belongs to no paper (${pathOf(HASH_NEW)}).`)).toBeTruthy()
    fireEvent.click(within(banner).getByRole('button', { name: 'Remove the record' }))
    expect(await within(banner).findByText('The record was removed.')).toBeTruthy()
    fireEvent.click(within(banner).getByRole('button', { name: 'Move to the library trash' }))
    await vi.waitFor(() => expect(banner.textContent).toContain('Every problem the library check found is repaired.'))
    expect(api.moveLibraryFileToTrash).toHaveBeenCalledWith({ path: pathOf(HASH_NEW) })
    expect(await db.attachments.get('att-ghost')).toBeUndefined()
    expect(await db.attachments.count()).toBe(2)
  })
})

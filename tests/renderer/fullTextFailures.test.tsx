import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import type { AxisRefApi } from '../../shared/ipc/api'
import type { PdfFullText } from '../../shared/ipc/importSchemas'
import { fail, ok, type Result } from '../../shared/ipc/result'
import { addPaper, DatabaseProvider, openDatabase, type AxisRefDatabase } from '../../renderer/src/db'
import { DetailsPane } from '../../renderer/src/features/details'
import { indexFullTexts, pdfArrived, retryFullText } from '../../renderer/src/features/import/fullText'
import { ApiProvider } from '../../renderer/src/ipc/ApiContext'

// A PDF whose text cannot be read was read again after every import, each time up to the
// reader's time limit. Now the failure is kept with its reason, and read again only on Retry.

let count = 0
const hashOf = (letter: string) => letter.repeat(64)
// the words the host's reader answers when a file takes longer than its time limit
const TIMEOUT = { code: 'TIMEOUT' as const, message: 'Reading this PDF took longer than 60 s, so it was stopped and skipped; the file may be damaged or unusually complex.' }

/** A host whose reader fails on the hashes in `failing` and reads every other file. */
function reader(failing: Set<string>) {
  return {
    extractPdfFullText: vi.fn(async ({ hash }: { hash: string }): Promise<Result<PdfFullText>> =>
      failing.has(hash) ? fail(TIMEOUT.code, TIMEOUT.message) : ok({ text: 'lipopolysaccharide and microglia', pageCount: 3, truncated: false }),
    ),
  }
}

async function paperWithPdf(db: AxisRefDatabase, letter: string) {
  const paper = await addPaper(db, { csl: { id: '', type: 'article-journal', title: `Paper ${letter}` }, citationKey: `paper${letter}` })
  await db.attachments.add({ id: `pdf-${letter}`, paperId: paper.id, hash: hashOf(letter), size: 10, originalName: `${letter}.pdf`, textExtracted: false, addedAt: 1 })
  return paper
}

describe('full text that cannot be read', () => {
  it('is recorded with its reason and not read again after the next import', async () => {
    const db = openDatabase(`full-text-${++count}`)
    await paperWithPdf(db, 'a')
    await paperWithPdf(db, 'b')
    const api = reader(new Set([hashOf('a')]))
    expect(await indexFullTexts(api, db)).toEqual({ indexed: 1, failed: 1 })
    expect((await db.attachments.get('pdf-a'))?.fullTextFailure).toEqual({ code: 'TIMEOUT', reason: TIMEOUT.message, failedAt: expect.any(Number) })
    expect((await db.attachments.get('pdf-a'))?.textExtracted).toBe(false)

    // the next import adds c.pdf; only that one is read
    await paperWithPdf(db, 'c')
    api.extractPdfFullText.mockClear()
    expect(await indexFullTexts(api, db)).toEqual({ indexed: 1, failed: 0 })
    expect(api.extractPdfFullText.mock.calls).toEqual([[{ hash: hashOf('c') }]])
  })

  it('a PDF that came through sync with its text read on another device is read here too; one not on this device yet is no failure', async () => {
    const db = openDatabase(`full-text-${++count}`)
    await paperWithPdf(db, 'a')
    await paperWithPdf(db, 'b')
    // as the sync bridge stores them: read on the other device, whose text stays there
    await db.attachments.update('pdf-a', { textExtracted: true })
    await db.attachments.update('pdf-b', { textExtracted: true })
    const api = {
      extractPdfFullText: vi.fn(async ({ hash }: { hash: string }): Promise<Result<PdfFullText>> =>
        hash === hashOf('b') ? fail('NOT_FOUND', 'The PDF is not in the library folder.') : ok({ text: 'microglia', pageCount: 1, truncated: false }),
      ),
    }
    expect(await indexFullTexts(api, db)).toEqual({ indexed: 1, failed: 1 })
    expect((await db.fullTexts.get('pdf-a'))?.text).toBe('microglia')
    expect((await db.attachments.get('pdf-b'))?.fullTextFailure).toBeUndefined()
    // the next imports do not ask main for it again while it is not here
    await paperWithPdf(db, 'c')
    api.extractPdfFullText.mockClear()
    expect(await indexFullTexts(api, db)).toEqual({ indexed: 1, failed: 0 })
    expect(api.extractPdfFullText.mock.calls).toEqual([[{ hash: hashOf('c') }]])
    // fetched later (the paper was opened in the reader): the next phase reads it
    pdfArrived(db, hashOf('b'))
    api.extractPdfFullText.mockImplementation(async () => ok({ text: 'astrocytes', pageCount: 1, truncated: false }))
    expect(await indexFullTexts(api, db)).toEqual({ indexed: 1, failed: 0 })
    expect((await db.fullTexts.get('pdf-b'))?.text).toBe('astrocytes')
  })

  it('is read again on retry: the failure is cleared and the text stored', async () => {
    const db = openDatabase(`full-text-${++count}`)
    const paper = await paperWithPdf(db, 'a')
    const failing = new Set([hashOf('a')])
    const api = reader(failing)
    await indexFullTexts(api, db)
    failing.clear()
    expect(await retryFullText(api, db, 'pdf-a')).toEqual({ ok: true })
    expect((await db.attachments.get('pdf-a'))?.fullTextFailure).toBeUndefined()
    expect(await db.fullTexts.get('pdf-a')).toEqual({ id: 'pdf-a', attachmentId: 'pdf-a', paperId: paper.id, text: 'lipopolysaccharide and microglia', truncated: false, modifiedAt: expect.any(Number), revision: 1 })
  })

  it('is said in the details pane with a Retry that reads the PDF again', async () => {
    const db = openDatabase(`full-text-${++count}`)
    const paper = await paperWithPdf(db, 'a')
    const failing = new Set([hashOf('a')])
    const api = reader(failing)
    await indexFullTexts(api, db)
    render(
      <ApiProvider api={api as unknown as AxisRefApi}>
        <DatabaseProvider db={db}>
          <DetailsPane paperId={paper.id} selectedIds={[paper.id]} />
        </DatabaseProvider>
      </ApiProvider>,
    )
    const failure = await screen.findByTestId('full-text-failure')
    expect(failure.textContent).toContain(`Full text could not be read: ${TIMEOUT.message}`)
    failing.clear()
    fireEvent.click(within(failure).getByRole('button', { name: 'Retry' }))
    await waitFor(async () => expect((await db.attachments.get('pdf-a'))?.textExtracted).toBe(true))
    await waitFor(() => expect(screen.queryByText(/Reading the text of a.pdf again/)).toBeNull())
    expect(screen.queryByTestId('full-text-failure')).toBeNull()
    expect(api.extractPdfFullText).toHaveBeenCalledTimes(2)
  })
})

describe('full text read while its paper changes', () => {
  it('is not stored for a paper deleted for good during the reading, and follows a PDF merged into another paper', async () => {
    const db = openDatabase(`full-text-${++count}`)
    const gone = await paperWithPdf(db, 'a')
    await paperWithPdf(db, 'b')
    const kept = await addPaper(db, { csl: { id: '', type: 'article-journal', title: 'Kept' }, citationKey: 'kept' })
    // the reading takes seconds: meanwhile the trash is emptied of paper a, and b is merged into "kept"
    const api = {
      extractPdfFullText: vi.fn(async ({ hash }: { hash: string }): Promise<Result<PdfFullText>> => {
        if (hash === hashOf('a')) await db.transaction('rw', db.papers, db.attachments, async () => {
          await db.attachments.delete('pdf-a')
          await db.papers.delete(gone.id)
        })
        if (hash === hashOf('b')) await db.attachments.update('pdf-b', { paperId: kept.id })
        return ok({ text: 'lipopolysaccharide and microglia', pageCount: 3, truncated: false })
      }),
    }
    await indexFullTexts(api, db)
    expect(await db.fullTexts.where('paperId').equals(gone.id).count()).toBe(0)
    expect(await db.fullTexts.get('pdf-b')).toMatchObject({ paperId: kept.id })
  })
})

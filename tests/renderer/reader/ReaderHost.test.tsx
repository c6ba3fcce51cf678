import { fireEvent, render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { createApi } from '../../../shared/ipc/api'
import { CHANNELS } from '../../../shared/ipc/channels'
import { fail } from '../../../shared/ipc/result'
import { addPaper, addPdfPaper, DatabaseProvider, openDatabase, type AxisRefDatabase } from '../../../renderer/src/db'
import { ReaderHost, ReaderProvider, useReader } from '../../../renderer/src/features/reader'
import { ApiProvider } from '../../../renderer/src/ipc/ApiContext'

// the host answers every channel as it does when the library folder has lost the file
const api = createApi(CHANNELS, async (channel) =>
  fail(channel === 'readStoredPdf' ? 'NOT_FOUND' : 'UNAVAILABLE', 'The PDF dddddddddddd… is missing from the library folder. Run the integrity check (Settings) to find papers whose files are gone, then attach the PDF again.'),
)

function Opener({ paperId }: { paperId: string }) {
  const reader = useReader()
  return (
    <button type="button" onClick={() => reader?.open(paperId)}>
      Open
    </button>
  )
}

function renderReader(db: AxisRefDatabase, paperId: string) {
  render(
    <ApiProvider api={api}>
      <DatabaseProvider db={db}>
        <ReaderProvider>
          <Opener paperId={paperId} />
          <ReaderHost />
        </ReaderProvider>
      </DatabaseProvider>
    </ApiProvider>,
  )
  fireEvent.click(screen.getByRole('button', { name: 'Open' }))
}

describe('the reader host', () => {
  it('says a paper without a PDF has nothing to read, and closes', async () => {
    const db = openDatabase('reader-host-1')
    const paper = await addPaper(db, { csl: { id: 'p', type: 'article-journal', title: 'Leaky gut in depression' }, citationKey: 'maes2008leaky' })
    renderReader(db, paper.id)
    expect((await screen.findByRole('alert')).textContent).toBe('Leaky gut in depression has no PDF to read. Drop its PDF on the window to attach one.')
    fireEvent.click(screen.getByRole('button', { name: 'Close reader' }))
    expect(screen.queryByRole('region', { name: 'PDF reader' })).toBeNull()
  })

  it('names the file and says to run the integrity check when the host cannot find it', async () => {
    const db = openDatabase('reader-host-2')
    const added = await addPdfPaper(
      db,
      { csl: { id: 'x', type: 'article-journal', title: 'Vagal signalling' }, fieldSources: {}, attachment: { hash: 'd'.repeat(64), size: 10, originalName: 'vagus.pdf', pageCount: 9 } },
      () => 'dantzer2008vagal',
    )
    if (added.status !== 'added') throw new Error('not added')
    renderReader(db, added.paper.id)
    expect((await screen.findByRole('alert')).textContent).toMatch(/^vagus\.pdf: The PDF d+… is missing from the library folder\. Run the integrity check/)
  })
})

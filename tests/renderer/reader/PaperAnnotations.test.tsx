import { fireEvent, render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { addAnnotation, addPdfPaper, DatabaseProvider, openDatabase } from '../../../renderer/src/db'
import { PaperAnnotations, ReaderProvider, useReader } from '../../../renderer/src/features/reader'
import { openOnActivate } from '../../../renderer/src/features/reader/openFromList'

function ReaderProbe() {
  const target = useReader()?.target
  return <output data-testid="reader-target">{target ? `${target.paperId} page ${target.page ?? '-'}` : 'closed'}</output>
}

async function libraryWithAnnotations(name: string) {
  const db = openDatabase(name)
  const added = await addPdfPaper(
    db,
    { csl: { id: 'x', type: 'article-journal', title: 'Vagal signalling in sickness behaviour' }, fieldSources: {}, attachment: { hash: 'd'.repeat(64), size: 10, originalName: 'vagus.pdf', pageCount: 9 } },
    () => 'dantzer2008vagal',
  )
  if (added.status !== 'added') throw new Error('not added')
  const attachment = await db.attachments.where('paperId').equals(added.paper.id).first()
  if (!attachment) throw new Error('no attachment')
  const ids = { paperId: added.paper.id, attachmentId: attachment.id }
  await addAnnotation(db, { ...ids, page: 4, kind: 'highlight', rects: [{ x: 70, y: 500, width: 200, height: 10 }], quote: 'vagotomy blocks the response', comment: 'Key *mechanism*' })
  await addAnnotation(db, { ...ids, page: 1, kind: 'note', rects: [{ x: 70, y: 700, width: 0, height: 0 }], comment: 'Read with Goehler 2000' })
  return { db, paperId: added.paper.id }
}

describe('the details pane’s highlights and notes', () => {
  it('lists them by page and opens the reader at the page of the one clicked', async () => {
    const { db, paperId } = await libraryWithAnnotations('paper-annotations-1')
    render(
      <DatabaseProvider db={db}>
        <ReaderProvider>
          <PaperAnnotations paperId={paperId} />
          <ReaderProbe />
        </ReaderProvider>
      </DatabaseProvider>,
    )
    const list = await screen.findByRole('list', { name: 'Annotations' })
    await within(list).findByText('vagotomy blocks the response')
    const items = within(list).getAllByRole('listitem').map((item) => item.textContent)
    expect(items[0]).toMatch(/^p\. 1.*Read with Goehler 2000/)
    expect(items[1]).toMatch(/^p\. 4.*vagotomy blocks the response.*Key \*mechanism\*/)
    fireEvent.click(within(list).getByText('vagotomy blocks the response'))
    expect(screen.getByTestId('reader-target').textContent).toBe(`${paperId} page 4`)
    fireEvent.click(screen.getByRole('button', { name: 'Open in reader' }))
    expect(screen.getByTestId('reader-target').textContent).toBe(`${paperId} page -`)
  })

  it('deletes one from the list', async () => {
    const { db, paperId } = await libraryWithAnnotations('paper-annotations-2')
    render(
      <DatabaseProvider db={db}>
        <PaperAnnotations paperId={paperId} />
      </DatabaseProvider>,
    )
    fireEvent.click(await screen.findByRole('button', { name: 'Delete note on page 1' }))
    await screen.findByRole('button', { name: 'Delete highlight on page 4' })
    await expect.poll(() => db.annotations.count()).toBe(1)
    expect(screen.queryByRole('button', { name: 'Open in reader' })).toBeNull()
  })
})

describe('opening a paper from the list', () => {
  it('opens the selected paper on double-click in a row or Enter, but not from a field or the reader', () => {
    const opened: string[] = []
    render(
      <main {...openOnActivate('p1', (id) => opened.push(id))}>
        <table>
          <thead><tr><th>Title</th></tr></thead>
          <tbody><tr><td>Gut feelings</td></tr></tbody>
        </table>
        <input aria-label="Search" />
        <section className="reader"><p>Page text</p></section>
      </main>,
    )
    fireEvent.doubleClick(screen.getByText('Title'))
    fireEvent.doubleClick(screen.getByText('Page text'))
    fireEvent.keyDown(screen.getByLabelText('Search'), { key: 'Enter' })
    expect(opened).toEqual([])
    fireEvent.doubleClick(screen.getByText('Gut feelings'))
    fireEvent.keyDown(screen.getByText('Gut feelings'), { key: 'Enter' })
    expect(opened).toEqual(['p1', 'p1'])
  })
})

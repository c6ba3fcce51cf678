import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import type { AxisRefApi } from '../../../shared/ipc/api'
import { addPaper, DatabaseProvider, openDatabase, type AxisRefDatabase } from '../../../renderer/src/db'
import { DetailsPane } from '../../../renderer/src/features/details'
import { ApiProvider } from '../../../renderer/src/ipc/ApiContext'

let count = 0
const HASH = 'c'.repeat(64)

async function setUp(api: Partial<AxisRefApi> = {}) {
  const db = openDatabase(`details-${++count}`)
  const paper = await addPaper(db, {
    csl: { id: 'p', type: 'article-journal', title: 'The gut-brain barrier in major depression', author: [{ family: 'Maes', given: 'Michael' }], issued: { 'date-parts': [[2008, 2]] }, DOI: '10.1016/j.x.2008.1' },
    citationKey: 'maes2008gut',
    tags: ['gut'],
  })
  await addPaper(db, { csl: { id: 'q', type: 'article-journal', title: 'Other' }, citationKey: 'other', tags: ['microglia', 'microbiota'] })
  await db.attachments.add({ id: 'a1', paperId: paper.id, hash: HASH, size: 10, originalName: 'scan0001.pdf', textExtracted: true, addedAt: 1 })
  render(<Pane db={db} api={api} paperId={paper.id} />)
  await screen.findByRole('article', { name: 'Paper details' })
  return { db, paper, stored: async () => (await db.papers.get(paper.id))! }
}

function Pane({ db, api, paperId }: { db: AxisRefDatabase; api: Partial<AxisRefApi>; paperId: string }) {
  return (
    <ApiProvider api={api as AxisRefApi}>
      <DatabaseProvider db={db}>
        <DetailsPane paperId={paperId} selectedIds={[paperId]} />
      </DatabaseProvider>
    </ApiProvider>
  )
}

function type(label: string, text: string, key = 'Enter') {
  const field = screen.getByLabelText(label)
  fireEvent.focus(field)
  fireEvent.change(field, { target: { value: text } })
  fireEvent.keyDown(field, { key })
  return field
}

describe('the details pane editor', () => {
  it('saves a title on Enter and undoes it with the Undo button', async () => {
    const { stored } = await setUp()
    type('Title', 'Leaky gut in major depression')
    await waitFor(async () => expect((await stored()).csl.title).toBe('Leaky gut in major depression'))
    expect(await screen.findByText('Edited title')).toBeTruthy()
    expect(await screen.findByRole('heading', { level: 2, name: 'Leaky gut in major depression' })).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }))
    await waitFor(async () => expect((await stored()).csl.title).toBe('The gut-brain barrier in major depression'))
    await waitFor(() => expect((screen.getByLabelText('Title') as HTMLTextAreaElement).value).toBe('The gut-brain barrier in major depression'))
    expect(screen.getByText('Undone: Edited title')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'Redo' }))
    await waitFor(async () => expect((await stored()).csl.title).toBe('Leaky gut in major depression'))
  })

  it('shows why a DOI or year is invalid beside the field and saves nothing; Esc puts the stored value back', async () => {
    const { stored } = await setUp()
    const doi = type('DOI', 'j.bbi 2019')
    expect((await screen.findByRole('alert')).textContent).toBe('A DOI has no spaces. Copy it again, as 10.xxxx/…')
    expect(doi.getAttribute('aria-invalid')).toBe('true')
    fireEvent.blur(doi)
    expect((await stored()).csl.DOI).toBe('10.1016/j.x.2008.1')
    fireEvent.keyDown(doi, { key: 'Escape' })
    expect((doi as HTMLInputElement).value).toBe('10.1016/j.x.2008.1')
    expect(screen.queryByRole('alert')).toBeNull()

    type('Year', '08')
    expect((await screen.findByRole('alert')).textContent).toBe('Type the year as four digits, e.g. 2019.')
    type('Year', '2009')
    await waitFor(async () => expect((await stored()).csl.issued).toEqual({ 'date-parts': [[2009, 2]] }))

    type('DOI', 'https://doi.org/10.1038/S41380-018-0123-4')
    await waitFor(async () => expect((await stored()).doi).toBe('10.1038/s41380-018-0123-4'))
    expect((await stored()).csl.DOI).toBe('10.1038/S41380-018-0123-4')
  })

  it('saves once when Enter is followed at once by leaving the field', async () => {
    const { stored } = await setUp()
    fireEvent.blur(type('Journal', 'Brain, Behavior, and Immunity'))
    await waitFor(async () => expect((await stored()).csl['container-title']).toBe('Brain, Behavior, and Immunity'))
    expect(await screen.findByText('Edited journal')).toBeTruthy()
    // a second save of the same draft would fail its conflict check and say "Not saved"
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(screen.getByTestId('undo-bar').textContent).toMatch(/^Edited journal/)
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }))
    await waitFor(async () => expect((await stored()).csl['container-title']).toBeUndefined())
    expect((screen.getByRole('button', { name: 'Undo' }) as HTMLButtonElement).disabled).toBe(true)
  })

  it('changes the type from a list and regenerates the citation key, both undoable', async () => {
    const { stored } = await setUp()
    fireEvent.change(screen.getByLabelText('Type'), { target: { value: 'review' } })
    await waitFor(async () => expect((await stored()).csl.type).toBe('review'))
    type('Title', 'Leaky gut in major depression')
    await waitFor(async () => expect((await stored()).csl.title).toBe('Leaky gut in major depression'))
    fireEvent.click(screen.getByRole('button', { name: 'Regenerate' }))
    await waitFor(async () => expect((await stored()).citationKey).toBe('maes2008leaky'))
    expect((await screen.findByTestId('citation-key')).textContent).toBe('maes2008leaky')
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }))
    await waitFor(async () => expect((await stored()).citationKey).toBe('maes2008gut'))
  })

  it('undoes with Ctrl+Z outside text fields only', async () => {
    const { stored } = await setUp()
    const pages = type('Pages', '213-217')
    await waitFor(async () => expect((await stored()).csl.page).toBe('213-217'))
    fireEvent.keyDown(pages, { key: 'z', ctrlKey: true })
    fireEvent.blur(pages)
    expect((await stored()).csl.page).toBe('213-217')
    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true })
    await waitFor(async () => expect((await stored()).csl.page).toBeUndefined())
    fireEvent.keyDown(document.body, { key: 'Z', ctrlKey: true, shiftKey: true })
    await waitFor(async () => expect((await stored()).csl.page).toBe('213-217'))
  })

  it('adds, reorders, renames and removes authors, each undoable', async () => {
    const { stored } = await setUp()
    fireEvent.change(screen.getByLabelText('Add an author'), { target: { value: 'Kubera, Marta' } })
    fireEvent.click(within(screen.getByRole('region', { name: 'Authors' })).getByRole('button', { name: 'Add' }))
    await waitFor(async () => expect((await stored()).csl.author).toEqual([{ family: 'Maes', given: 'Michael' }, { family: 'Kubera', given: 'Marta' }]))
    fireEvent.click(await screen.findByRole('button', { name: 'Move Kubera up' }))
    await waitFor(async () => expect((await stored()).csl.author?.[0]?.family).toBe('Kubera'))
    await waitFor(() => expect((screen.getByLabelText('Family name 1') as HTMLInputElement).value).toBe('Kubera'))
    type('Given names 1', 'M.')
    await waitFor(async () => expect((await stored()).csl.author?.[0]).toEqual({ family: 'Kubera', given: 'M.' }))
    type('Family name 2', '')
    expect((await screen.findByRole('alert')).textContent).toContain('needs a family name')
    fireEvent.keyDown(screen.getByLabelText('Family name 2'), { key: 'Escape' })
    fireEvent.click(screen.getByRole('button', { name: 'Treat Maes as an organisation' }))
    await waitFor(async () => expect((await stored()).csl.author?.[1]).toEqual({ literal: 'Michael Maes' }))
    fireEvent.click(await screen.findByRole('button', { name: 'Remove Michael Maes' }))
    await waitFor(async () => expect((await stored()).csl.author).toHaveLength(1))
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }))
    await waitFor(async () => expect((await stored()).csl.author).toHaveLength(2))
  })

  it('adds tags with suggestions from the library and removes them as chips', async () => {
    const { stored } = await setUp()
    const box = screen.getByLabelText('Add a tag')
    fireEvent.change(box, { target: { value: 'micro' } })
    await waitFor(() => expect([...screen.getByRole('region', { name: 'Tags' }).querySelectorAll('datalist option')].map((option) => option.getAttribute('value'))).toEqual(['microbiota', 'microglia']))
    fireEvent.change(box, { target: { value: 'microglia, Gut, cytokines' } })
    fireEvent.submit(box.closest('form')!)
    await waitFor(async () => expect((await stored()).tags).toEqual(['gut', 'microglia', 'cytokines']))
    fireEvent.click(await screen.findByRole('button', { name: 'Remove tag gut' }))
    await waitFor(async () => expect((await stored()).tags).toEqual(['microglia', 'cytokines']))
    await act(async () => fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true }))
    await waitFor(async () => expect((await stored()).tags).toEqual(['gut', 'microglia', 'cytokines']))
  })

  it('writes Markdown notes, renders them without running any HTML, and undoes them', async () => {
    const { db } = await setUp()
    fireEvent.click(screen.getByRole('button', { name: 'Add note' }))
    fireEvent.change(screen.getByLabelText('Note (Markdown)'), { target: { value: '**IL-6** raised <img src=x onerror=alert(1)>\n\n- CRP\n- TNF-α' } })
    fireEvent.click(screen.getByRole('button', { name: 'Save note' }))
    const notes = screen.getByRole('region', { name: 'Notes' })
    expect((await within(notes).findByText('IL-6')).tagName).toBe('STRONG')
    expect(within(notes).getByText(/<img src=x onerror=alert\(1\)>/)).toBeTruthy()
    expect(notes.querySelector('img')).toBeNull()
    expect([...notes.querySelectorAll('li')].map((item) => item.textContent)).toEqual(['CRP', 'TNF-α'])
    expect(await db.notes.count()).toBe(1)
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }))
    await waitFor(async () => expect(await db.notes.count()).toBe(0))
  })

  it('opens the PDF through the host by hash, shows the host\'s refusal, and names it from the record', async () => {
    const openAttachment = vi.fn(async () => ({ ok: false as const, error: { code: 'UNAVAILABLE' as const, message: 'This window runs in a browser, which cannot open files on your computer.' } }))
    const { db } = await setUp({ openAttachment })
    fireEvent.click(await screen.findByRole('button', { name: 'Open' }))
    expect(await screen.findByText('This window runs in a browser, which cannot open files on your computer.')).toBeTruthy()
    expect(openAttachment).toHaveBeenCalledWith({ hash: HASH })
    fireEvent.click(screen.getByRole('button', { name: 'Name from record' }))
    await waitFor(async () => expect((await db.attachments.get('a1'))?.originalName).toBe('Maes_2008_The-gut-brain-barrier-in-major-depression.pdf'))
    expect(await screen.findByText('Maes_2008_The-gut-brain-barrier-in-major-depression.pdf')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }))
    await waitFor(async () => expect((await db.attachments.get('a1'))?.originalName).toBe('scan0001.pdf'))
  })
})

import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { App } from '../../renderer/src/App'
import { addPaper, openDatabase, type AxisRefDatabase } from '../../renderer/src/db'
import { quietApi } from './quietApi'

const PATIENT = { timeout: 8000 }
/** Each test drives the real search host on jsdom's one thread, beside the full suite. */
const SLOW = 30_000
let count = 0

async function library(): Promise<AxisRefDatabase> {
  const db = openDatabase(`list-${++count}`)
  const papers = [
    { key: 'maes2008', title: 'The gut-brain barrier in major depression', family: 'Maes', year: 2008, journal: 'Neuro Endocrinol Lett', studyType: 'case-control', tags: ['leaky-gut'], axisNodes: ['gut.barrier'] },
    { key: 'cryan2012', title: 'Mind-altering microorganisms', family: 'Cryan', year: 2012, journal: 'Nat Rev Neurosci', studyType: 'review', tags: ['to-read'], axisNodes: ['microbiota'] },
    { key: 'raison2013', title: 'A randomized trial of infliximab in depression', family: 'Raison', year: 2013, journal: 'JAMA Psychiatry', studyType: 'rct', tags: ['to-read'], axisNodes: ['immune.cytokines'] },
  ]
  for (const [index, paper] of papers.entries()) {
    const record = await addPaper(db, { csl: { id: paper.key, type: 'article-journal', title: paper.title, author: [{ family: paper.family, given: 'A' }], issued: { 'date-parts': [[paper.year]] }, 'container-title': paper.journal }, citationKey: paper.key, tags: paper.tags, axisNodes: paper.axisNodes }, index + 1)
    await db.papers.update(record.id, { studyType: paper.studyType })
  }
  return db
}

function titles(): string[] {
  return screen.queryAllByTestId('paper-row').map((row) => row.querySelector('.col-title')?.textContent ?? '')
}

async function shows(expected: string[]): Promise<void> {
  await waitFor(() => expect(titles()).toEqual(expected), PATIENT)
}

function search(text: string): void {
  fireEvent.change(screen.getByRole('searchbox', { name: 'Search the library' }), { target: { value: text } })
}

describe('the paper list', () => {
  it('searches as you type, with fielded terms, explains a malformed one, and sorts by a header', async () => {
    render(<App api={quietApi()} db={await library()} />)
    await shows(['A randomized trial of infliximab in depression', 'Mind-altering microorganisms', 'The gut-brain barrier in major depression'])
    const box = screen.getByRole('searchbox', { name: 'Search the library' })
    fireEvent.keyDown(window, { key: '/' })
    expect(document.activeElement).toBe(box)
    box.blur()
    fireEvent.keyDown(window, { key: 'f', ctrlKey: true })
    expect(document.activeElement).toBe(box)
    search('depression')
    await waitFor(() => expect(titles().sort()).toEqual(['A randomized trial of infliximab in depression', 'The gut-brain barrier in major depression']), PATIENT)
    search('author:maes')
    await shows(['The gut-brain barrier in major depression'])
    search('year:2010-2020 -infliximab')
    await shows(['Mind-altering microorganisms'])
    search('node:gut')
    await shows(['The gut-brain barrier in major depression'])
    search('type:rct')
    await shows(['A randomized trial of infliximab in depression'])
    search('depression year:20x')
    expect((await screen.findByRole('alert', {}, PATIENT)).textContent).toContain('year:20x is not a year')
    search('')
    fireEvent.click(screen.getByRole('columnheader', { name: 'Title' }))
    await shows(['A randomized trial of infliximab in depression', 'Mind-altering microorganisms', 'The gut-brain barrier in major depression'])
    fireEvent.click(screen.getByRole('columnheader', { name: /Year/ }))
    await shows(['A randomized trial of infliximab in depression', 'Mind-altering microorganisms', 'The gut-brain barrier in major depression'])
    fireEvent.click(screen.getByRole('columnheader', { name: /Year/ }))
    await shows(['The gut-brain barrier in major depression', 'Mind-altering microorganisms', 'A randomized trial of infliximab in depression'])
  }, SLOW)

  it('remembers the chosen columns and sort for the next session', async () => {
    const db = await library()
    const first = render(<App api={quietApi()} db={db} />)
    await shows(['A randomized trial of infliximab in depression', 'Mind-altering microorganisms', 'The gut-brain barrier in major depression'])
    const chooser = screen.getByRole('group', { name: 'Show columns' })
    fireEvent.click(within(chooser).getByLabelText('Citation key'))
    fireEvent.click(within(chooser).getByLabelText('Journal'))
    fireEvent.click(screen.getByRole('columnheader', { name: 'Citation key' }))
    await shows(['Mind-altering microorganisms', 'The gut-brain barrier in major depression', 'A randomized trial of infliximab in depression'])
    first.unmount()
    render(<App api={quietApi()} db={db} />)
    await shows(['Mind-altering microorganisms', 'The gut-brain barrier in major depression', 'A randomized trial of infliximab in depression'])
    const headers = screen.getAllByRole('columnheader').map((header) => header.textContent)
    expect(headers).toContain('Citation key ▲')
    expect(headers).not.toContain('Journal')
  }, SLOW)

  it('selects with the keyboard, moves the selection to the trash with Delete, restores it, and empties the trash after asking', async () => {
    const db = await library()
    render(<App api={quietApi()} db={db} />)
    await shows(['A randomized trial of infliximab in depression', 'Mind-altering microorganisms', 'The gut-brain barrier in major depression'])
    const grid = screen.getByRole('grid', { name: 'Papers' })
    fireEvent.keyDown(grid, { key: 'ArrowDown' })
    fireEvent.keyDown(grid, { key: 'ArrowDown', shiftKey: true })
    await waitFor(() => expect(screen.getAllByTestId('paper-row').filter((row) => row.getAttribute('aria-selected') === 'true')).toHaveLength(2))
    fireEvent.keyDown(grid, { key: 'Delete' })
    await shows(['The gut-brain barrier in major depression'])
    expect(await screen.findByText('Moved 2 papers to the trash.')).toBeTruthy()
    const sidebar = screen.getByRole('navigation', { name: 'Library navigation' })
    fireEvent.click(within(sidebar).getByRole('button', { name: /^Trash/ }))
    await waitFor(() => expect(titles().sort()).toEqual(['A randomized trial of infliximab in depression', 'Mind-altering microorganisms']), PATIENT)
    fireEvent.click(screen.getByText('Mind-altering microorganisms'))
    fireEvent.click(screen.getByRole('button', { name: 'Restore' }))
    await shows(['A randomized trial of infliximab in depression'])
    fireEvent.click(screen.getByRole('button', { name: 'Empty trash…' }))
    // jsdom has no modal dialogs: the dialog's content counts as hidden
    fireEvent.click(screen.getByRole('button', { name: 'Cancel', hidden: true }))
    expect(await db.papers.count()).toBe(3)
    fireEvent.click(screen.getByRole('button', { name: 'Empty trash…' }))
    fireEvent.click(screen.getByRole('button', { name: 'Empty trash', hidden: true }))
    await waitFor(async () => expect(await db.papers.count()).toBe(2), PATIENT)
    await shows([])
  }, SLOW)

  it('narrows by a facet with counts, and keeps papers in collections and searches by name', async () => {
    render(<App api={quietApi()} db={await library()} />)
    await shows(['A randomized trial of infliximab in depression', 'Mind-altering microorganisms', 'The gut-brain barrier in major depression'])
    const tags = await screen.findByRole('list', { name: 'Tags' }, PATIENT)
    const toRead = within(tags).getByRole('button', { name: /to-read/ })
    expect(toRead.textContent).toBe('to-read2')
    fireEvent.click(toRead)
    await waitFor(() => expect(titles().sort()).toEqual(['A randomized trial of infliximab in depression', 'Mind-altering microorganisms']), PATIENT)
    await waitFor(() => expect(within(screen.getByRole('list', { name: 'Years' })).getAllByRole('button').map((button) => button.textContent)).toEqual(['20131', '20121']), PATIENT)
    fireEvent.click(within(screen.getByRole('list', { name: 'Years' })).getByRole('button', { name: /2012/ }))
    await shows(['Mind-altering microorganisms'])
    expect(screen.getByTestId('list-summary').textContent).toBe('1 paper on #to-read + 2012')

    fireEvent.click(screen.getByRole('button', { name: 'Save current search' }))
    fireEvent.change(screen.getByLabelText('Saved search name'), { target: { value: 'Reading list 2012' } })
    fireEvent.click(screen.getByRole('button', { name: 'Save' }))
    fireEvent.click(await screen.findByRole('button', { name: 'Clear filter' }))
    await waitFor(() => expect(titles()).toHaveLength(3), PATIENT)

    fireEvent.click(screen.getByRole('button', { name: 'New collection' }))
    fireEvent.change(screen.getByLabelText('New collection name'), { target: { value: 'Thesis' } })
    fireEvent.click(screen.getByRole('button', { name: 'Create' }))
    const collections = await screen.findByRole('list', { name: 'Collections' })
    fireEvent.click(screen.getByText('The gut-brain barrier in major depression'))
    fireEvent.click(screen.getByText('Mind-altering microorganisms'), { ctrlKey: true })
    const menu = screen.getByRole('combobox', { name: 'Add selected papers to a collection' })
    fireEvent.change(menu, { target: { value: within(menu).getByRole('option', { name: 'Thesis' }).getAttribute('value') } })
    expect(await screen.findByText('Added 2 papers to “Thesis”.')).toBeTruthy()
    fireEvent.click(within(collections).getByRole('button', { name: 'Thesis' }))
    await waitFor(() => expect(titles().sort()).toEqual(['Mind-altering microorganisms', 'The gut-brain barrier in major depression']), PATIENT)
    expect(screen.getByTestId('list-summary').textContent).toBe('Thesis: 2 papers')

    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Reading list 2012' })))
    expect((screen.getByRole('searchbox', { name: 'Search the library' }) as HTMLInputElement).value).toBe('tag:to-read year:2012')
    await shows(['Mind-altering microorganisms'])
  }, SLOW)
})

import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { App } from '../../../renderer/src/App'
import { addPaper, openDatabase, type AxisRefDatabase } from '../../../renderer/src/db'
import { HAS_ONLINE, pubmedArticle } from '../pubmedRecords'
import { quietApi } from '../quietApi'

let dbCount = 0

/** A library with the retracted Lancet paper (as a Crossref check left it) and a PubMed guideline with its MeSH. */
async function library(): Promise<{ db: AxisRefDatabase; lancet: string; guideline: string }> {
  const db = openDatabase(`registry-details-${++dbCount}`)
  const lancet = await addPaper(db, {
    csl: { id: 'l', type: 'article-journal', title: 'Hydroxychloroquine or chloroquine with or without a macrolide for treatment of COVID-19', DOI: '10.1016/S0140-6736(20)31180-6' },
    citationKey: 'mehra2020',
  })
  await db.papers.update(lancet.id, {
    retraction: { status: 'retracted', notice: { doi: '10.1016/s0140-6736(20)31324-6', url: 'https://doi.org/10.1016/s0140-6736(20)31324-6', date: '2020-06-05' }, source: 'crossref', checkedAt: 1 },
  })
  const article = pubmedArticle('34843274')
  const guideline = await addPaper(db, { csl: { ...article.item, id: 'g' }, citationKey: 'guideline2021' })
  await db.papers.update(guideline.id, { extension: { mesh: article.mesh, publicationTypes: article.publicationTypes, keywords: ['depression guideline'] } })
  return { db, lancet: lancet.id, guideline: guideline.id }
}

function row(title: string): HTMLElement {
  const cell = screen.getAllByRole('gridcell').find((candidate) => candidate.textContent?.includes(title))
  const found = cell?.closest<HTMLElement>('[role="row"]')
  if (!found) throw new Error(`No row shows "${title}"`)
  return found
}

// The whole app in jsdom, each test: the first takes seconds on a busy machine, so a limit well beyond it
describe.skipIf(!HAS_ONLINE)('retractions, MeSH and publication types in the list and the details pane', { timeout: 30_000 }, () => {
  it('badges a retracted paper in its row and in the details pane, with a link to the notice that opens outside the window', async () => {
    const { db } = await library()
    render(<App api={quietApi()} db={db} />)
    await screen.findByText(/Hydroxychloroquine or chloroquine/, {}, { timeout: 15_000 })
    await waitFor(() => expect(within(row('Hydroxychloroquine')).getByText('Retracted')).toBeTruthy(), { timeout: 15_000 })
    const lancetRow = row('Hydroxychloroquine')
    expect(within(row('Summary of the clinical practice guideline')).queryByText('Retracted')).toBeNull()

    fireEvent.click(lancetRow)
    const details = await screen.findByRole('article', { name: 'Paper details' }, { timeout: 15_000 })
    const notice = within(details).getByRole('note', { name: 'Retracted' })
    const link = within(notice).getByRole('link', { name: 'Read the notice' })
    expect(link.getAttribute('href')).toBe('https://doi.org/10.1016/s0140-6736(20)31324-6')
    // a new window, which main hands to the system browser: the app's window never navigates
    expect(link.getAttribute('target')).toBe('_blank')
    expect(notice.textContent).toContain('Crossref')
  })

  it('puts the badge on a row as soon as a check finds something, and takes it off when a later check clears it', async () => {
    const { db, lancet, guideline } = await library()
    render(<App api={quietApi()} db={db} />)
    await waitFor(() => expect(within(row('Hydroxychloroquine')).getByText('Retracted')).toBeTruthy(), { timeout: 15_000 })
    await db.papers.update(guideline, { retraction: { status: 'expression-of-concern', source: 'pubmed', checkedAt: 2 } })
    await db.papers.update(lancet, { retraction: { status: null, source: 'crossref', checkedAt: 3 } })
    await waitFor(() => expect(within(row('Summary of the clinical practice guideline')).getByText('Expression of concern')).toBeTruthy(), { timeout: 15_000 })
    await waitFor(() => expect(within(row('Hydroxychloroquine')).queryByText('Retracted')).toBeNull(), { timeout: 15_000 })
    fireEvent.click(row('Hydroxychloroquine'))
    const details = await screen.findByRole('article', { name: 'Paper details' }, { timeout: 15_000 })
    expect(within(details).queryByRole('note')).toBeNull()
    expect(within(details).getByText('No retraction or correction found (Crossref, 1970-01-01).')).toBeTruthy()
  })

  it('shows MeSH (major topics marked, qualifiers), publication types and keywords, each searching the library when clicked', async () => {
    const { db, guideline } = await library()
    render(<App api={quietApi()} db={db} />)
    fireEvent.click(await screen.findByText(/Summary of the clinical practice guideline/, {}, { timeout: 15_000 }))
    const details = await screen.findByRole('article', { name: 'Paper details' }, { timeout: 15_000 })
    const mesh = within(details).getByRole('list', { name: 'MeSH headings' })
    const depression = within(mesh).getByRole('button', { name: /Depressive Disorder/ })
    expect(within(depression).getByLabelText('major topic')).toBeTruthy()
    expect(within(mesh).getByRole('button', { name: /^Humans/ }).querySelector('[aria-label="major topic"]')).toBeNull()
    // major topics first, each starred; a qualifier after a slash
    expect(within(mesh).getAllByRole('button').map((button) => button.textContent).slice(0, 3)).toEqual(['★Depression / therapy', '★Depressive Disorder', 'Adolescent'])
    expect(within(details).getByRole('list', { name: 'Publication types' }).textContent).toContain('Journal Article')
    expect(within(details).getByRole('list', { name: 'Keywords' }).textContent).toContain('depression guideline')

    fireEvent.click(depression)
    const box = screen.getByRole<HTMLInputElement>('searchbox', { name: 'Search the library' })
    expect(box.value).toBe('mesh:"Depressive Disorder"')
    await waitFor(() => expect(screen.getAllByTestId('paper-row')).toHaveLength(1))
    expect(screen.getByTestId('paper-row').id).toBe(`paper-row-${guideline}`)
  })

  it('lists publication types in the sidebar with counts; a click narrows the list', async () => {
    const { db } = await library()
    render(<App api={quietApi()} db={db} />)
    await screen.findByText(/Summary of the clinical practice guideline/, {}, { timeout: 15_000 })
    const types = await screen.findByRole('list', { name: 'Publication types' }, { timeout: 15_000 })
    const journalArticle = within(types).getByRole('button', { name: /Journal Article/ })
    expect(journalArticle.textContent).toContain('1')
    fireEvent.click(journalArticle)
    await waitFor(() => expect(screen.getAllByTestId('paper-row')).toHaveLength(1))
    // the sidebar counts again for the narrowed list (in the search worker): on a busy machine after the rows
    const retractions = await screen.findByRole('list', { name: 'Retractions' }, { timeout: 15_000 })
    expect(within(retractions).getByRole('button', { name: /Retracted/ })).toBeTruthy()
  })

  it('"Check the library for retractions" from the palette queues a check per paper with a DOI or PMID and says so', async () => {
    const { db } = await library()
    render(<App api={quietApi()} db={db} />)
    await screen.findByText(/Summary of the clinical practice guideline/, {}, { timeout: 15_000 })
    fireEvent.keyDown(document.body, { key: 'k', ctrlKey: true })
    const action = (await screen.findAllByRole('option')).find((option) => option.textContent?.startsWith('Check the library for retractions'))
    if (!action) throw new Error('The palette does not list the retraction check')
    fireEvent.click(action)
    expect(await screen.findByText(/^Queued 2 retraction checks/, { selector: 'footer' })).toBeTruthy()
    expect((await db.lookups.toArray()).map((lookup) => lookup.purpose)).toEqual(['retraction', 'retraction'])
  })
})

import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { AxisRefApi } from '../../../shared/ipc/api'
import { parseCrossrefWorkList } from '../../../shared/lookup'
import { titlesMatch } from '../../../shared/lookup/titleMatch'
import { addPdfPaper, applyBibliographicCandidates, applyEdit, completePaperFromLookup, DatabaseProvider, openDatabase, type AxisRefDatabase } from '../../../renderer/src/db'
import { DetailsPane } from '../../../renderer/src/features/details'
import { ApiProvider } from '../../../renderer/src/ipc/ApiContext'
import { fromCrossref } from '../../support/lookupRecordOf'
import { crossrefRecord, HAS_ONLINE_BODIES, onlineBody } from '../onlineCorpus'

const PLOS = 'works_10.1371_journal.pone.0033693.json'
let count = 0

/** A paper as the PDF reader leaves it: a layout title it was unsure of, and the DOI printed on the page. */
async function pdfPaper(csl: { title?: string; DOI?: string }, extra: { unreadableTitle?: { text: string; reason: string } } = {}) {
  const db = openDatabase(`lookup-details-${++count}`)
  const fieldSources = { ...(csl.title ? { title: { source: 'layout' as const, confidence: 0.45, by: 'axisref-pdf 1' } } : {}), ...(csl.DOI ? { DOI: { source: 'identifier' as const, confidence: 0.9 } } : {}) }
  const added = await addPdfPaper(db, { csl: { id: '', type: 'article-journal', ...csl }, fieldSources, ...extra, attachment: { hash: 'b'.repeat(64), size: 1, originalName: 'paper.pdf' } }, () => 'key')
  if (added.status !== 'added') throw new Error('not added')
  return { db, id: added.paper.id }
}

function show(db: AxisRefDatabase, paperId: string) {
  render(
    <ApiProvider api={{} as AxisRefApi}>
      <DatabaseProvider db={db}>
        <DetailsPane paperId={paperId} selectedIds={[paperId]} />
      </DatabaseProvider>
    </ApiProvider>,
  )
  return screen.findByRole('article', { name: 'Paper details' })
}

function fieldOf(label: string): HTMLElement {
  return screen.getByLabelText(label).closest('.edit-field') as HTMLElement
}

describe('the details pane shows where each field came from', () => {
  it('marks a guess of the PDF reader “check this”, with its source, reader and confidence on hover', async () => {
    const { db, id } = await pdfPaper({ title: 'Methylphenidate exposure and microglia', DOI: '10.1371/journal.pone.0033693' })
    await show(db, id)
    const title = within(fieldOf('Title')).getByTestId('provenance')
    expect(title.textContent).toBe('PDF check this')
    expect(title.getAttribute('title')).toBe("From the PDF's first page, by its layout, by axisref-pdf 1, 45% sure. A guess: check this value.")
    expect(within(fieldOf('DOI')).getByTestId('provenance').getAttribute('title')).toBe('From an identifier printed in the PDF, 90% sure.')
    expect(within(fieldOf('Journal')).queryByTestId('provenance')).toBeNull()
  })

  it.skipIf(!HAS_ONLINE_BODIES)('after a lookup: registry fields say so, and a value the user typed waits beside the registry’s — Use this / Keep mine', async () => {
    const record = crossrefRecord(PLOS)
    const { db, id } = await pdfPaper({ title: record.item.title, DOI: record.item.DOI })
    await applyEdit(db, { kind: 'paper', paperId: id, before: { csl: { volume: undefined, page: undefined } }, after: { csl: { volume: '8', page: 'e1' } } })
    await completePaperFromLookup(db, id, record, Date.UTC(2026, 11, 7))
    await show(db, id)
    expect(within(fieldOf('Journal')).getByTestId('provenance').getAttribute('title')).toBe('From Crossref, 100% sure, set 2026-12-07.')
    expect(within(fieldOf('Journal')).getByTestId('provenance').textContent).toBe('Crossref')
    expect(within(fieldOf('Volume')).getByTestId('provenance').textContent).toBe('you')
    const volume = screen.getByRole('group', { name: 'Volume: Crossref differs' })
    expect(volume.textContent).toContain(`Crossref says: ${record.item.volume}`)
    fireEvent.click(within(volume).getByRole('button', { name: 'Use this' }))
    await waitFor(() => expect(screen.getByLabelText('Volume')).toHaveProperty('value', record.item.volume))
    expect(within(fieldOf('Volume')).getByTestId('provenance').textContent).toBe('Crossref')
    const pages = screen.getByRole('group', { name: 'Pages: Crossref differs' })
    fireEvent.click(within(pages).getByRole('button', { name: 'Keep mine' }))
    await waitFor(() => expect(screen.queryByRole('group', { name: 'Pages: Crossref differs' })).toBeNull())
    expect(screen.getByLabelText('Pages')).toHaveProperty('value', 'e1')
  })

  it('says the title could not be read, why, and what the PDF gave', async () => {
    const { db, id } = await pdfPaper({ DOI: '10.1186/cc1234' }, { unreadableTitle: { text: 'Critical CareCritical Care', reason: 'a running header printed twice ("Critical Care")' } })
    const pane = await show(db, id)
    expect(within(pane).getByRole('heading', { level: 2 }).textContent).toBe('Title could not be read')
    expect(screen.getByTestId('unreadable-title').textContent).toContain('The title could not be read: a running header printed twice ("Critical Care"). The PDF gave “Critical CareCritical Care”.')
  })

  it.skipIf(!HAS_ONLINE_BODIES)('offers a search’s possible match: Apply completes the paper, Dismiss forgets it', async () => {
    const hits = parseCrossrefWorkList(onlineBody('crossref/search_query_ecology_author_boettiger.json'))
    if (!hits.ok) throw new Error(hits.error.message)
    const candidates = hits.value.map((hit) => ({ record: fromCrossref(hit), score: hit.score, titleMatch: titlesMatch('The forecast trap', hit.item.title) }))
    const { db, id } = await pdfPaper({ title: 'The forecast trap' })
    await applyBibliographicCandidates(db, { id: 'l', purpose: 'complete', input: 'The forecast trap', paperId: id, state: 'running', attempts: 1, createdAt: 1, modifiedAt: 1, revision: 1 }, candidates)
    await show(db, id)
    const offer = screen.getByRole('group', { name: 'Possible match' })
    expect(offer.textContent).toContain('Possible match: The forecast trap — Carl Boettiger')
    fireEvent.click(within(offer).getByRole('button', { name: 'Apply' }))
    expect(await screen.findByText(/^Completed \d+ fields from Crossref$/)).toBeTruthy()
    await waitFor(() => expect(screen.queryByRole('group', { name: 'Possible match' })).toBeNull())
    expect(within(fieldOf('Journal')).getByTestId('provenance').textContent).toBe('Crossref')
  })
})

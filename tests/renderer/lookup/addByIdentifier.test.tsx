import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { App } from '../../../renderer/src/App'
import { addPaper, openDatabase, type AxisRefDatabase } from '../../../renderer/src/db'
import { lookupReason, lookupStatusText, type LookupCounts } from '../../../renderer/src/features/lookup'
import { quietApi } from '../quietApi'
import { crossrefRecord, pubmedRecord, recordedLookupApi } from './recordedLookups'

let count = 0

function recorded() {
  return recordedLookupApi({ '33856845': pubmedRecord('33856845'), '10.7554/elife.01567': crossrefRecord('10.7554_elife.01567') })
}

async function openWorkspace(api: ReturnType<typeof recorded>['api'], db: AxisRefDatabase = openDatabase(`add-id-${++count}`)) {
  render(<App api={quietApi(api)} db={db} />)
  await screen.findByRole('button', { name: 'Add by identifier…' }, { timeout: 5000 })
  return db
}

/** The dialog titled so (jsdom's closed <dialog> has no accessible name). */
function dialogNamed(title: string): HTMLElement {
  const dialog = screen.getByRole('heading', { name: title, hidden: true }).closest('dialog')
  if (!dialog) throw new Error(`no dialog "${title}"`)
  return dialog
}

function pasteAndAdd(text: string): HTMLElement {
  const dialog = dialogNamed('Add by identifier')
  fireEvent.change(within(dialog).getByRole('textbox', { hidden: true }), { target: { value: text } })
  fireEvent.click(within(dialog).getByRole('button', { name: 'Add', hidden: true }))
  return dialog
}

/** The line of a pasted input, once the paste is queued. */
function findLine(dialog: HTMLElement, input: string): Promise<HTMLElement> {
  return waitFor(() => lineOf(dialog, input), { timeout: 5000 })
}

function lineOf(dialog: HTMLElement, input: string): HTMLElement {
  const line = within(within(dialog).getByRole('list', { name: 'Identifiers added', hidden: true })).getByText(input).closest('li')
  if (!(line instanceof HTMLElement)) throw new Error(`no line for ${input}`)
  return line
}

// jsdom has no showModal: a <dialog> stays closed, so what is in it counts as hidden
describe('Add by identifier', { timeout: 20_000 }, () => {
  it('adds a DOI and a PMID, says why a bad line is not an identifier, and selects an added paper', async () => {
    const { api, calls } = recorded()
    const db = await openWorkspace(api)
    fireEvent.click(screen.getByRole('button', { name: 'Add by identifier…' }))
    const dialog = pasteAndAdd('https://doi.org/10.7554/eLife.01567\nPMID: 33856845\n12-345-abc')

    expect(within(await findLine(dialog, '12-345-abc')).getByText(/^Not an identifier: This is not a DOI/)).toBeTruthy()
    const pubmed = await within(lineOf(dialog, 'PMID:33856845')).findByRole('button', { name: /^Impact of insight and metacognition/, hidden: true }, { timeout: 5000 })
    expect(lineOf(dialog, 'PMID:33856845').textContent).toMatch(/^PMID:33856845Added: Impact of insight/)
    expect(await within(lineOf(dialog, 'https://doi.org/10.7554/eLife.01567')).findByRole('button', { name: /^Automated quantitative histology/, hidden: true })).toBeTruthy()
    expect(calls).toEqual([['10.7554/elife.01567', '33856845']])
    expect(await db.papers.count()).toBe(2)
    // axis suggestions are made for the new papers, as after an import
    await waitFor(async () => expect((await db.papers.where('pmid').equals('33856845').first())?.axisSuggestions).toBeDefined(), { timeout: 5000 })

    fireEvent.click(pubmed)
    const details = await screen.findByRole('article', { name: 'Paper details' })
    expect(within(details).getAllByDisplayValue(/^Impact of insight and metacognition/).length).toBeGreaterThan(0)
    expect(screen.queryByRole('heading', { name: 'Add by identifier', hidden: true })).toBeNull()
  })

  it('opens from its keys and the palette, and links a paper the library already has', async () => {
    const db = openDatabase(`add-id-${++count}`)
    await addPaper(db, { csl: { id: 'x', type: 'article-journal', title: 'Insight and metacognition (my copy)', PMID: '33856845' }, citationKey: 'mine2021' })
    await openWorkspace(recorded().api, db)
    fireEvent.keyDown(document.body, { key: 'L', ctrlKey: true, shiftKey: true })
    // the box has the focus, ready for a paste
    expect(document.activeElement).toBe(within(dialogNamed('Add by identifier')).getByRole('textbox', { hidden: true }))
    const dialog = pasteAndAdd('33856845')
    expect(await within(await findLine(dialog, '33856845')).findByRole('button', { name: 'Insight and metacognition (my copy)', hidden: true }, { timeout: 5000 })).toBeTruthy()
    expect(lineOf(dialog, '33856845').textContent).toContain('Already in the library: ')
    expect(await db.papers.count()).toBe(1)
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close', hidden: true }))

    fireEvent.keyDown(document.body, { key: 'k', ctrlKey: true })
    fireEvent.change(await screen.findByPlaceholderText('Type a command…'), { target: { value: 'pmid' } })
    fireEvent.click(screen.getAllByRole('option').find((option) => option.textContent?.startsWith('Add by identifier…')) ?? document.body)
    expect(await screen.findByRole('heading', { name: 'Add by identifier', hidden: true })).toBeTruthy()
  })

  it('offline: the lines wait with why, the status line counts them, and they are added when lookups are on', async () => {
    const { api, down } = recorded()
    down.error = { code: 'OFFLINE', message: 'Online lookups are turned off in Settings.' }
    const db = await openWorkspace(api)
    fireEvent.click(screen.getByRole('button', { name: 'Add by identifier…' }))
    const dialog = pasteAndAdd('10.7554/elife.01567 PMC2682512')
    await findLine(dialog, '10.7554/elife.01567')
    await waitFor(() => expect(lineOf(dialog, '10.7554/elife.01567').textContent).toContain('DOI 10.7554/elife.01567 — Waiting: online lookups are off — will be added when the lookup succeeds'), { timeout: 5000 })
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close', hidden: true }))
    const status = await screen.findByTestId('lookup-status')
    await waitFor(() => expect(status.textContent).toBe('Lookups: 2 waiting — online lookups are off in Settings'))

    // lookups on again; the PMCID is unknown to the registry: it fails with why, the DOI is added
    down.error = undefined
    fireEvent.click(status)
    await screen.findByRole('heading', { name: 'Lookups', hidden: true })
    const panel = dialogNamed('Lookups')
    const retryAll = within(panel).getByRole('button', { name: 'Retry all', hidden: true })
    await waitFor(() => expect(retryAll).toHaveProperty('disabled', false))
    fireEvent.click(retryAll)
    await waitFor(() => expect(screen.getByTestId('lookup-status').textContent).toBe('1 failed'), { timeout: 5000 })
    expect(await db.papers.count()).toBe(1)
    const failed = within(panel).getByRole('listitem', { name: 'PMCID PMC2682512', hidden: true })
    expect(failed.textContent).toContain('Not found: Crossref: the registry does not know PMC2682512')
    fireEvent.click(within(failed).getByRole('button', { name: 'Remove', hidden: true }))
    await waitFor(() => expect(screen.queryByTestId('lookup-status')).toBeNull())
    expect(await db.lookups.where('state').equals('failed').count()).toBe(0)
  })

  it('no network: waits with why, and runs when the browser says the network is back', async () => {
    const { api, down } = recorded()
    down.error = { code: 'UNAVAILABLE', message: 'PubMed could not be reached (connection refused).' }
    const db = await openWorkspace(api)
    fireEvent.click(screen.getByRole('button', { name: 'Add by identifier…' }))
    const dialog = pasteAndAdd('PMID 33856845')
    await findLine(dialog, 'PMID:33856845')
    await waitFor(() => expect(lineOf(dialog, 'PMID:33856845').textContent).toContain('PMID 33856845 — Waiting: no network — will be added when the lookup succeeds'), { timeout: 5000 })
    await waitFor(() => expect(screen.getByTestId('lookup-status').textContent).toBe('Lookups: 1 waiting for network'))

    down.error = undefined
    window.dispatchEvent(new Event('online'))
    expect(await within(lineOf(dialog, 'PMID:33856845')).findByRole('button', { name: /^Impact of insight/, hidden: true }, { timeout: 5000 })).toBeTruthy()
    expect(await db.papers.count()).toBe(1)
    await waitFor(() => expect(screen.queryByTestId('lookup-status')).toBeNull())
  })
})

describe('the lookup status line', () => {
  const row = (state: 'waiting' | 'running' | 'failed', code?: string) => ({ id: state, purpose: 'add' as const, input: '1', state, attempts: 0, createdAt: 0, modifiedAt: 0, revision: 1, ...(code ? { error: { code, message: code } } : {}) })

  it('says what the queue is doing in words', () => {
    const text = (counts: Partial<LookupCounts>) => lookupStatusText({ waiting: 0, running: 0, failed: 0, off: 0, unreachable: 0, ...counts })
    expect(text({})).toBe('')
    expect(text({ waiting: 3, off: 1, unreachable: 2 })).toBe('Lookups: 3 waiting for network')
    expect(text({ waiting: 1, off: 1 })).toBe('Lookups: 1 waiting — online lookups are off in Settings')
    expect(text({ running: 2, waiting: 3 })).toBe('Looking up 2 of 5…')
    expect(text({ waiting: 1, failed: 1 })).toBe('Lookups: 1 waiting · 1 failed')
    expect(text({ failed: 1 })).toBe('1 failed')
    // a large import's completions, counted as the import dialog counts
    expect(text({ running: 200, waiting: 16_743 })).toBe('Looking up 200 of 16,943…')
    expect(text({ waiting: 85_000, off: 85_000, failed: 1_200 })).toBe('Lookups: 85,000 waiting — online lookups are off in Settings · 1,200 failed')
  })

  it('says in the panel why each lookup waits or failed, and when a waiting one is tried next', () => {
    expect(lookupReason({ ...row('waiting', 'UNAVAILABLE'), error: { code: 'UNAVAILABLE', message: 'PubMed could not be reached.' }, notBefore: 120_000 }, 0)).toBe('Waiting: PubMed could not be reached. Next try in 2 min.')
    expect(lookupReason({ ...row('waiting', 'OFFLINE'), notBefore: 30_000 }, 0)).toBe('Waiting: OFFLINE Next try in 30 s.')
    expect(lookupReason({ ...row('failed', 'NOT_FOUND'), error: { code: 'NOT_FOUND', message: 'No PubMed record has PMID 99999999.' } }, 0)).toBe('Not found: No PubMed record has PMID 99999999.')
    expect(lookupReason(row('waiting'), 0)).toBe('Waiting to run')
  })
})

import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { CiteAnswer, CiteRequest } from '../../../shared/cite/request'
import type { AxisRefApi } from '../../../shared/ipc/api'
import { fail, ok } from '../../../shared/ipc/result'
import { App } from '../../../renderer/src/App'
import { addPaper, openDatabase, writeSetting, type AxisRefDatabase } from '../../../renderer/src/db'
import { installClipboard } from '../fakeClipboard'
import { quietApi } from '../quietApi'

const PATIENT = { timeout: 8000 }
// each test starts the app and its search on jsdom's thread: seconds on a busy machine
const SLOW = 30_000
let count = 0
const cleanups: (() => void)[] = []
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()))

async function library(): Promise<AxisRefDatabase> {
  const db = openDatabase(`cite-picker-${++count}`)
  const papers = [
    { key: 'maes2008', family: 'Maes', given: 'Michael', year: 2008, title: 'The gut-brain barrier in major depression', journal: 'Neuro Endocrinology Letters' },
    { key: 'kelly2016', family: 'Kelly', given: 'John R.', year: 2016, title: 'Transferring the blues: depression-associated gut microbiota', journal: 'Journal of Psychiatric Research' },
    { key: 'cryan2012', family: 'Cryan', given: 'John F.', year: 2012, title: 'Mind-altering microorganisms', journal: 'Nature Reviews Neuroscience' },
  ]
  for (const [index, paper] of papers.entries()) {
    const csl = { id: paper.key, type: 'article-journal', title: paper.title, author: [{ family: paper.family, given: paper.given }], issued: { 'date-parts': [[paper.year]] }, 'container-title': paper.journal }
    await addPaper(db, { csl, citationKey: paper.key }, index + 1)
  }
  // left open: a window's database is never closed under its page, and queries the page started
  // as it unmounted (the list's, the sync bridge's first reads) finish against it
  return db
}

const REQUEST: CiteRequest = { id: 'req-1', source: 'editor', format: 'pandoc', options: { brackets: '1' } }

/** The host's long poll: this request once, then none for as long as the test runs (a poll held open). */
function editorApi(request: CiteRequest | undefined, extra: Partial<AxisRefApi> = {}) {
  const answers: { id: string; answer: CiteAnswer }[] = []
  let given = false
  const api = quietApi({
    waitForCiteRequest: async () => {
      if (request && !given) {
        given = true
        return ok(request)
      }
      return new Promise(() => undefined)
    },
    answerCiteRequest: async (input) => {
      answers.push(input)
      return ok({ delivered: true })
    },
    ...extra,
  })
  return { api, answers }
}

const picker = () => screen.findByRole('dialog', { name: 'Insert citation' }, PATIENT)

/** Types into the picker's search, adds the only match once it is listed, and waits for its chip ("Maes M. 2008"). */
async function choose(query: string, chip: string): Promise<void> {
  const dialog = await picker()
  const search = within(dialog).getByRole('combobox', { name: 'Find papers to cite' })
  const family = chip.split(' ')[0] ?? chip
  fireEvent.change(search, { target: { value: query } })
  const matches = within(dialog).getByRole('listbox', { name: 'Matching papers' })
  await within(matches).findByRole('option', { name: new RegExp(family) }, PATIENT)
  await waitFor(() => expect(within(matches).getAllByRole('option')).toHaveLength(1), PATIENT)
  fireEvent.keyDown(search, { key: 'Enter' })
  await within(dialog).findByRole('group', { name: new RegExp(chip.replace('.', '\\.')) }, PATIENT)
}

function chosen(name: string): HTMLElement {
  return within(screen.getByRole('list', { name: 'Chosen papers' })).getByRole('group', { name: new RegExp(name) })
}

describe('the citation picker for an editor (browser host)', () => {
  it('finds papers as you type, with author, year, title and key, through the library search', async () => {
    const { api } = editorApi(REQUEST)
    render(<App api={api} db={await library()} />)
    const dialog = await picker()
    expect(within(dialog).getByText('For your editor: Pandoc citation.')).toBeTruthy()
    fireEvent.change(within(dialog).getByRole('combobox'), { target: { value: 'microbiota' } })
    const option = await within(dialog).findByRole('option', { name: /Transferring the blues/ }, PATIENT)
    expect(option.textContent).toContain('Kelly J. · 2016')
    expect(option.textContent).toContain('kelly2016')
    await waitFor(() => expect(within(within(dialog).getByRole('listbox')).getAllByRole('option')).toHaveLength(1), PATIENT)
  }, SLOW)

  it('answers two picks, a page locator on the first, as `[@maes2008, p. 12; @kelly2016]`', async () => {
    const { api, answers } = editorApi(REQUEST)
    render(<App api={api} db={await library()} />)
    await choose('gut-brain barrier', 'Maes M. 2008')
    fireEvent.change(within(chosen('Maes M. 2008')).getByLabelText('Locator'), { target: { value: '12' } })
    expect((within(chosen('Maes M. 2008')).getByLabelText('Locator type') as HTMLSelectElement).value).toBe('page')
    await choose('kelly2016', 'Kelly J. 2016')
    expect(screen.getByText('[@maes2008, p. 12; @kelly2016]')).toBeTruthy()
    fireEvent.keyDown(screen.getByRole('combobox', { name: 'Find papers to cite' }), { key: 'Enter', ctrlKey: true })
    await waitFor(() => expect(answers).toEqual([{ id: 'req-1', answer: { kind: 'picked', text: '[@maes2008, p. 12; @kelly2016]' } }]))
    expect(await screen.findByText('Sent [@maes2008, p. 12; @kelly2016] to your editor.')).toBeTruthy()
    expect(screen.queryByRole('dialog', { name: 'Insert citation' })).toBeNull()
  }, SLOW)

  it('removes the last pick with Backspace in the empty box, and writes prefix, suffix and suppressed author', async () => {
    const { api, answers } = editorApi({ ...REQUEST, format: 'latex', options: {} })
    render(<App api={api} db={await library()} />)
    await choose('maes', 'Maes M. 2008')
    await choose('cryan', 'Cryan J. 2012')
    fireEvent.keyDown(screen.getByRole('combobox', { name: 'Find papers to cite' }), { key: 'Backspace' })
    expect(within(screen.getByRole('list', { name: 'Chosen papers' })).getAllByRole('group')).toHaveLength(1)
    await choose('kelly', 'Kelly J. 2016')
    fireEvent.change(within(chosen('Maes')).getByLabelText('Prefix'), { target: { value: 'see' } })
    fireEvent.change(within(chosen('Maes')).getByLabelText('Locator type'), { target: { value: 'chapter' } })
    fireEvent.change(within(chosen('Maes')).getByLabelText('Locator'), { target: { value: '3' } })
    fireEvent.click(within(chosen('Kelly')).getByLabelText('Suppress author'))
    fireEvent.change(within(chosen('Kelly')).getByLabelText('Suffix'), { target: { value: 'and others' } })
    fireEvent.click(screen.getByRole('button', { name: 'Insert' }))
    await waitFor(() => expect(answers[0]?.answer).toEqual({ kind: 'picked', text: '\\cite[see][ch. 3]{maes2008}\\citeyear[and others]{kelly2016}' }))
  }, SLOW)

  it('answers "cancelled" on Escape and says nothing was inserted', async () => {
    const { api, answers } = editorApi(REQUEST)
    render(<App api={api} db={await library()} />)
    await choose('maes', 'Maes M. 2008')
    fireEvent.keyDown(screen.getByRole('combobox', { name: 'Find papers to cite' }), { key: 'Escape' })
    await waitFor(() => expect(answers).toEqual([{ id: 'req-1', answer: { kind: 'cancelled' } }]))
    expect(await screen.findByText('Closed the citation picker: nothing was inserted.')).toBeTruthy()
    expect(screen.queryByRole('dialog', { name: 'Insert citation' })).toBeNull()
  }, SLOW)

  it('says in words when the editor had stopped waiting', async () => {
    const { api } = editorApi(REQUEST, { answerCiteRequest: async () => ok({ delivered: false }) })
    render(<App api={api} db={await library()} />)
    await choose('maes', 'Maes M. 2008')
    fireEvent.click(screen.getByRole('button', { name: 'Insert' }))
    expect(await screen.findByText(/The editor stopped waiting for the citation/)).toBeTruthy()
  }, SLOW)

  it('keeps the picker open and says why when the answer cannot be sent', async () => {
    const { api } = editorApi(REQUEST, { answerCiteRequest: async () => fail('UNAVAILABLE', 'AxisRef lost contact with its host process.') })
    render(<App api={api} db={await library()} />)
    await choose('maes', 'Maes M. 2008')
    fireEvent.click(screen.getByRole('button', { name: 'Insert' }))
    expect((await screen.findByRole('alert')).textContent).toBe('The citation could not be sent: AxisRef lost contact with its host process. Try Insert again.')
    expect(screen.getByRole('dialog', { name: 'Insert citation' })).toBeTruthy()
  }, SLOW)

  it('answers a formatted bibliography in the quick-copy citation style', async () => {
    const { api, answers } = editorApi({ ...REQUEST, format: 'formatted-bibliography', options: {} })
    render(<App api={api} db={await library()} />)
    await choose('maes', 'Maes M. 2008')
    fireEvent.click(screen.getByRole('button', { name: 'Insert' }))
    await waitFor(() => expect(answers).toHaveLength(1), PATIENT)
    expect(answers[0]?.answer).toEqual({ kind: 'picked', text: expect.stringMatching(/^1\.\s+Maes M\. The gut-brain barrier in major depression\. Neuro Endocrinology Letters\. 2008/) })
  }, SLOW)

  it('reports a failed poll on the status line and asks again', async () => {
    const waitForCiteRequest = vi.fn(async () => fail<CiteRequest | null>('UNAVAILABLE', 'AxisRef lost contact with its host process.'))
    render(<App api={quietApi({ waitForCiteRequest })} db={await library()} />)
    expect(await screen.findByText('Editors cannot reach the citation picker: AxisRef lost contact with its host process. Trying again in 1 second.', {}, PATIENT)).toBeTruthy()
  }, SLOW)

  it('does not poll from the main window in Electron (its picker window does)', async () => {
    const waitForCiteRequest = vi.fn(async () => ok(null))
    const api = quietApi({ getAppInfo: async () => ok({ name: 'AxisRef', version: '0.1.0', host: 'electron' as const, platform: 'linux', versions: {} }), waitForCiteRequest })
    render(<App api={api} db={await library()} />)
    await screen.findByText('The gut-brain barrier in major depression', {}, PATIENT)
    expect(waitForCiteRequest).not.toHaveBeenCalled()
  }, SLOW)
})

describe('the citation picker the user opens', () => {
  it('opens with Ctrl+Shift+K, copies the picks as quick copy says, and gives the focus back', async () => {
    const writes: string[] = []
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void writes.push(text) } })
    cleanups.push(() => Reflect.deleteProperty(navigator, 'clipboard'))
    const db = await library()
    await writeSetting(db, 'quickCopy.citation', { kind: 'pandoc', style: 'vancouver' })
    const { api, answers } = editorApi(undefined)
    render(<App api={api} db={db} />)
    await screen.findByText('The gut-brain barrier in major depression', {}, PATIENT)
    const search = screen.getByRole('searchbox')
    search.focus()
    fireEvent.keyDown(search, { key: 'K', ctrlKey: true, shiftKey: true })
    expect(within(await picker()).getByText('To the clipboard: Pandoc citation.')).toBeTruthy()
    await choose('maes', 'Maes M. 2008')
    fireEvent.change(within(chosen('Maes')).getByLabelText('Locator'), { target: { value: '12' } })
    fireEvent.keyDown(screen.getByRole('combobox', { name: 'Find papers to cite' }), { key: 'Enter', metaKey: true })
    expect(await screen.findByText('Copied the citation [@maes2008, p. 12]')).toBeTruthy()
    expect(writes).toEqual(['[@maes2008, p. 12]'])
    expect(answers).toEqual([])
    // the focus goes back as the picker unmounts, which may come after the status line on a busy machine
    await waitFor(() => expect(document.activeElement).toBe(search), PATIENT)
  }, SLOW)
})

describe('the picker copying a formatted citation', () => {
  it('puts HTML and plain text on the clipboard together, as quick copy does', async () => {
    const clipboard = installClipboard()
    const focused = vi.spyOn(document, 'hasFocus').mockReturnValue(true)
    cleanups.push(() => clipboard.uninstall(), () => focused.mockRestore())
    const db = await library()
    await writeSetting(db, 'quickCopy.citation', { kind: 'reference', style: 'apa' })
    render(<App api={editorApi(undefined).api} db={db} />)
    await screen.findByText('The gut-brain barrier in major depression', {}, PATIENT)
    fireEvent.keyDown(screen.getByRole('searchbox'), { key: 'K', ctrlKey: true, shiftKey: true })
    await choose('maes', 'Maes M. 2008')
    fireEvent.keyDown(screen.getByRole('combobox', { name: 'Find papers to cite' }), { key: 'Enter', ctrlKey: true })
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Insert citation' })).toBeNull(), PATIENT)
    const copied = await clipboard.contents()
    expect(copied['text/plain']).toBe('Maes, M. (2008). The gut-brain barrier in major depression. Neuro Endocrinology Letters.')
    expect(copied['text/html']).toContain('<i>Neuro Endocrinology Letters</i>')
  }, SLOW)
})

describe('an editor asking while the user has the picker open', () => {
  it("keeps the user's picks and sends them to the editor, then closes", async () => {
    const db = await library()
    const answers: { id: string; answer: CiteAnswer }[] = []
    let ask: (request: CiteRequest) => void = () => undefined
    let polled = false
    const api = quietApi({
      // the first poll is held open until the test lets the editor ask; later ones never answer
      waitForCiteRequest: () => {
        if (polled) return new Promise(() => undefined)
        polled = true
        return new Promise((resolve) => (ask = (request) => resolve(ok(request))))
      },
      answerCiteRequest: async (input) => {
        answers.push(input)
        return ok({ delivered: true })
      },
    })
    render(<App api={api} db={db} />)
    await screen.findByText('The gut-brain barrier in major depression', {}, PATIENT)
    fireEvent.keyDown(screen.getByRole('searchbox'), { key: 'K', ctrlKey: true, shiftKey: true })
    await choose('maes', 'Maes M. 2008')
    ask(REQUEST)
    expect(await within(await picker()).findByText('For your editor: Pandoc citation.', {}, PATIENT)).toBeTruthy()
    expect(chosen('Maes')).toBeTruthy()
    fireEvent.keyDown(screen.getByRole('combobox', { name: 'Find papers to cite' }), { key: 'Enter', ctrlKey: true })
    await waitFor(() => expect(answers).toEqual([{ id: 'req-1', answer: { kind: 'picked', text: '[@maes2008]' } }]), PATIENT)
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Insert citation' })).toBeNull(), PATIENT)
  }, SLOW)
})

describe('a request from the global shortcut', () => {
  it('copies the picks as quick copy says and answers the request with the same text; app keys wait while the picker is open', async () => {
    const writes: string[] = []
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void writes.push(text) } })
    cleanups.push(() => Reflect.deleteProperty(navigator, 'clipboard'))
    const db = await library()
    await writeSetting(db, 'quickCopy.citation', { kind: 'latex', style: 'vancouver' })
    const { api, answers } = editorApi({ id: 'req-2', source: 'shortcut', format: 'pandoc', options: {} })
    render(<App api={api} db={db} />)
    // the purpose follows the quick-copy setting once it is read
    expect(await within(await picker()).findByText('To the clipboard: LaTeX \\cite.', {}, PATIENT)).toBeTruthy()
    await choose('maes', 'Maes M. 2008')
    await choose('kelly', 'Kelly J. 2016')
    const search = screen.getByRole('combobox', { name: 'Find papers to cite' })
    fireEvent.keyDown(search, { key: 'k', ctrlKey: true })
    expect(screen.queryByRole('dialog', { name: 'Command palette' })).toBeNull()
    fireEvent.keyDown(search, { key: 'Enter', ctrlKey: true })
    await waitFor(() => expect(answers).toEqual([{ id: 'req-2', answer: { kind: 'picked', text: '\\cite{maes2008,kelly2016}' } }]))
    expect(writes).toEqual(['\\cite{maes2008,kelly2016}'])
    expect(await screen.findByText('Copied the citation \\cite{maes2008,kelly2016}')).toBeTruthy()
  }, SLOW)
})

describe("Electron's picker window (#picker)", () => {
  it('shows only the picker, answers the request and closes', async () => {
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined)
    cleanups.push(() => close.mockRestore())
    const { api, answers } = editorApi(REQUEST)
    render(<App api={api} db={await library()} page="picker" />)
    await choose('maes', 'Maes M. 2008')
    expect(screen.queryByRole('navigation', { name: 'Library navigation' })).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: 'Insert' }))
    await waitFor(() => expect(answers).toEqual([{ id: 'req-1', answer: { kind: 'picked', text: '[@maes2008]' } }]))
    await waitFor(() => expect(close).toHaveBeenCalledTimes(1))
  }, SLOW)
})

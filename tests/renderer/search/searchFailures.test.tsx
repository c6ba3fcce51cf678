import { fireEvent, render, renderHook, screen, waitFor, within } from '@testing-library/react'
import { createElement, type ReactNode } from 'react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { App } from '../../../renderer/src/App'
import { DatabaseProvider, addPaper, openDatabase, type AxisRefDatabase } from '../../../renderer/src/db'
import type { ClientMessage } from '../../../renderer/src/search/protocol'
import { startSearchWorker } from '../../../renderer/src/search/startSearchWorker'
import { useListRows } from '../../../renderer/src/features/library/useListRows'
import { FakeWorker, installFakeWorkers } from '../fakeWorkers'
import { quietApi } from '../quietApi'

// A search, a facet count or a row read that fails must say so where the user looks, and
// the next action must work again. Before, each failure was dropped and the list silently
// showed the previous answer.

const PATIENT = { timeout: 8000 }
const SLOW = 30_000
const CRASH = 'Search failed: The search worker stopped (Uncaught RangeError: out of memory). Search again to start it afresh.'
const ALL = ['A randomized trial of infliximab in depression', 'Mind-altering microorganisms', 'The gut-brain barrier in major depression']
let count = 0
const cleanups: (() => void)[] = []
beforeEach(() => cleanups.push(installFakeWorkers()))
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()))

async function library(): Promise<AxisRefDatabase> {
  const db = openDatabase(`search-failures-${++count}`)
  const papers = [
    { key: 'maes2008', title: 'The gut-brain barrier in major depression', tags: ['leaky-gut'] },
    { key: 'cryan2012', title: 'Mind-altering microorganisms', tags: ['to-read'] },
    { key: 'raison2013', title: 'A randomized trial of infliximab in depression', tags: ['to-read'] },
  ]
  for (const [index, paper] of papers.entries()) {
    await addPaper(db, { csl: { id: paper.key, type: 'article-journal', title: paper.title }, citationKey: paper.key, tags: paper.tags }, index + 1)
  }
  cleanups.push(() => db.close())
  return db
}

/**
 * The search worker crashes on every message that `matches`: a count asked again for the same
 * query (the library changed meanwhile: suggestions are written in the background) fails too,
 * so the failure is on screen however the page's work interleaves.
 */
function crashOnEvery(matches: (message: ClientMessage) => boolean): void {
  FakeWorker.failNext = (kind, message) => (kind === 'search' && matches(message as ClientMessage) ? 'error' : undefined)
}

/** The search worker crashes, once, on the first message of this kind that `matches`. */
function crashOnce(matches: (message: ClientMessage) => boolean): void {
  let crashed = false
  FakeWorker.failNext = (kind, message) => {
    if (crashed || kind !== 'search' || !matches(message as ClientMessage)) return undefined
    crashed = true
    return 'error'
  }
}

function titles(): string[] {
  return screen.queryAllByTestId('paper-row').map((row) => row.querySelector('.col-title')?.textContent ?? '')
}

function search(text: string): void {
  fireEvent.change(screen.getByRole('searchbox', { name: 'Search the library' }), { target: { value: text } })
}

function alerts(): string[] {
  return screen.queryAllByRole('alert').map((alert) => alert.textContent ?? '')
}

describe('a search that fails', () => {
  it('says so in the list, keeps the earlier results marked as such, and the next try works', async () => {
    crashOnce((message) => message.type === 'search' && message.request.query === 'infliximab')
    render(<App api={quietApi()} db={await library()} />)
    await waitFor(() => expect(titles()).toEqual(ALL), PATIENT)
    search('infliximab')
    await waitFor(() => expect(alerts()).toContain(`${CRASH} The list shows an earlier search. Try again`), PATIENT)
    expect(titles()).toEqual(ALL)
    expect(document.querySelector('.library-pane.is-stale')).not.toBeNull()
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }))
    await waitFor(() => expect(titles()).toEqual(['A randomized trial of infliximab in depression']), PATIENT)
    expect(alerts().filter((alert) => alert.startsWith('Search failed'))).toEqual([])
    expect(document.querySelector('.library-pane.is-stale')).toBeNull()
    search('microorganisms')
    await waitFor(() => expect(titles()).toEqual(['Mind-altering microorganisms']), PATIENT)
  }, SLOW)

  it('says in the sidebar that the counts could not be updated, and the next search counts again', async () => {
    crashOnEvery((message) => message.type === 'facets' && message.request.query === 'depression')
    render(<App api={quietApi()} db={await library()} />)
    await waitFor(() => expect(titles()).toEqual(ALL), PATIENT)
    search('depression')
    const sidebar = () => screen.getByRole('navigation', { name: 'Library navigation' })
    await waitFor(() => expect(within(sidebar()).getByRole('alert').textContent).toBe('Counts could not be updated: The search worker stopped (Uncaught RangeError: out of memory). Search again to start it afresh.'), PATIENT)
    search('microorganisms')
    await waitFor(() => expect(titles()).toEqual(['Mind-altering microorganisms']), PATIENT)
    await waitFor(() => expect(within(sidebar()).queryByRole('alert')).toBeNull(), PATIENT)
    await waitFor(() => expect(within(within(sidebar()).getByRole('list', { name: 'Tags' })).getByRole('button').textContent).toBe('to-read1'), PATIENT)
  }, SLOW)
})

describe('a row read that fails', () => {
  it('says so, and reading again (scrolling, or Try again) shows the rows', async () => {
    const db = await library()
    const client = startSearchWorker(db.name, 'en')
    cleanups.push(() => client.dispose())
    await waitFor(() => expect(client.status.state).toBe('ready'), PATIENT)
    crashOnce((message) => message.type === 'rows')
    const ids = (await db.papers.orderBy('addedAt').primaryKeys()) as string[]
    const wrapper = ({ children }: { children: ReactNode }) => createElement(DatabaseProvider, { db, children })
    const { result } = renderHook(() => useListRows(client, ids), { wrapper })
    await waitFor(() => expect(result.current.failure).toBe('Rows could not be read: The search worker stopped (Uncaught RangeError: out of memory). Search again to start it afresh.'), PATIENT)
    expect(result.current.rows.size).toBe(0)
    result.current.retry()
    await waitFor(() => expect([...result.current.rows.values()].map((row) => row.title)).toEqual(['The gut-brain barrier in major depression', 'Mind-altering microorganisms', 'A randomized trial of infliximab in depression']), PATIENT)
    expect(result.current.failure).toBeUndefined()
  }, SLOW)
})

import { renderHook, waitFor } from '@testing-library/react'
import { createElement, type ReactNode } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DatabaseProvider, addPaper, openDatabase } from '../../renderer/src/db'
import { createSuggester } from '../../renderer/src/features/axis/suggester'
import { useSuggestionRefresh } from '../../renderer/src/features/axis/useSuggestionRefresh'
import { serialiseLibrarySnapshot } from '../../renderer/src/features/backup/serialiseSnapshot'
import { getFormatter } from '../../renderer/src/features/export/formatter'
import { FakeWorker, installFakeWorkers } from './fakeWorkers'

// A worker that crashes (out of memory in citeproc, an uncaught error) or sends an answer that
// cannot be read must not leave its caller waiting: the caller hears why, in words, and the
// next request is served by a fresh worker. Before, each of these calls waited forever.

const PATIENT = { timeout: 8000 }
const cleanups: (() => void)[] = []
beforeEach(() => cleanups.push(installFakeWorkers()))
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()))

const RECORD = { item: { id: 'maes2008', type: 'article-journal' as const, title: 'The gut-brain barrier in major depression', author: [{ family: 'Maes', given: 'Michael' }], issued: { 'date-parts': [[2008]] } }, citationKey: 'maes2008' }
const PAPER = { title: 'Lipopolysaccharide and microglia in major depression', abstract: 'Increased intestinal permeability lets LPS reach the blood.' }

/** The first worker started for `kind` fails this way on its first message; later ones answer. */
function firstWorkerFails(kind: string, failure: 'error' | 'messageerror'): void {
  FakeWorker.failNext = (asked) => (asked === kind && FakeWorker.started.filter((worker) => worker.kind === kind).length === 1 ? failure : undefined)
}

/** Settles within the test's own time, so a call left waiting fails the test instead of hanging it. */
function settled<T>(promise: Promise<T>): Promise<{ value?: T; error?: Error }> {
  return Promise.race([
    promise.then((value) => ({ value }), (error: Error) => ({ error })),
    new Promise<{ error: Error }>((resolve) => setTimeout(() => resolve({ error: new Error('still waiting: the call never settled') }), 3000)),
  ])
}

describe('the citation formatter worker', () => {
  it('answers a request waiting on a crashed worker with why, and formats the next one in a fresh worker', async () => {
    firstWorkerFails('formatter', 'error')
    const formatter = getFormatter()
    const failed = await settled(formatter.formatCitations({ records: [RECORD], style: 'apa', format: 'text' }))
    expect(failed.value).toEqual({ ok: false, message: 'The citation formatter stopped (Uncaught RangeError: out of memory). Try again: a fresh one starts with the next request.' })
    const next = await settled(formatter.formatCitations({ records: [RECORD], style: 'apa', format: 'text' }))
    expect(next.value).toEqual({ ok: true, citations: ['(Maes, 2008)'] })
    expect(FakeWorker.started.filter((worker) => worker.kind === 'formatter').map((worker) => worker.terminated)).toEqual([true, false])
  })
})

describe('the axis suggester worker', () => {
  it('rejects the waiting batch with words when its answer cannot be read, and suggests the next batch in a fresh worker', async () => {
    firstWorkerFails('suggest', 'messageerror')
    const suggester = createSuggester()
    const failed = await settled(suggester.suggest([PAPER]))
    expect(failed.error?.message).toBe('The axis suggester stopped (it sent an answer that could not be read). Try again: a fresh one starts with the next request.')
    const next = await settled(suggester.suggest([PAPER]))
    expect(next.value?.[0]?.nodes.map((node) => node.id)).toContain('glia.microglia')
    suggester.dispose()
  })

  it('tells the window in words when a refresh fails, and the next refresh fills the suggestions in', async () => {
    firstWorkerFails('suggest', 'error')
    const db = openDatabase('worker-failures-suggest')
    const paper = await addPaper(db, { csl: { id: 'p', type: 'article-journal', title: PAPER.title, abstract: PAPER.abstract }, citationKey: 'p2020' })
    const onError = vi.fn<(message: string) => void>()
    const wrapper = ({ children }: { children: ReactNode }) => createElement(DatabaseProvider, { db, children })
    const { result, unmount } = renderHook(() => useSuggestionRefresh(onError), { wrapper })
    await waitFor(() => expect(onError).toHaveBeenCalledWith('Axis suggestions were not updated: The axis suggester stopped (Uncaught RangeError: out of memory). Try again: a fresh one starts with the next request.'), PATIENT)
    expect((await db.papers.get(paper.id))?.axisSuggestions).toBeUndefined()
    result.current()
    await waitFor(async () => expect((await db.papers.get(paper.id))?.axisSuggestions?.nodes.map((node) => node.id)).toContain('glia.microglia'), PATIENT)
    expect(onError).toHaveBeenCalledTimes(1)
    unmount()
    db.close()
  })
})

describe('the backup snapshot worker', () => {
  it('fails the snapshot in words when the worker crashes, instead of waiting for it forever', async () => {
    FakeWorker.failNext = (kind) => (kind === 'snapshot' ? 'messageerror' : undefined)
    const db = openDatabase('worker-failures-snapshot')
    const failed = await settled(serialiseLibrarySnapshot(db))
    expect(failed.error?.message).toBe('The backup snapshot worker stopped (it sent an answer that could not be read).')
    expect(FakeWorker.started.find((worker) => worker.kind === 'snapshot')?.terminated).toBe(true)
    db.close()
  })
})

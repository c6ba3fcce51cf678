import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { findDuplicateSets, type DedupRecord } from '../../../shared/dedup'
import { importBibliography, IMPORT_FORMATS, type ImportFormat } from '../../../shared/formats'
import { DatabaseProvider, addPaper, markNotDuplicates, newPaperRow, openDatabase, type AxisRefDatabase, type PaperRecord } from '../../../renderer/src/db'
import { DuplicatesView } from '../../../renderer/src/features/duplicates'
import { getDuplicateFinder } from '../../../renderer/src/features/duplicates/duplicateFinder'
import { generateLibrary } from '../../../bench/fixtures/generateLibrary'
import { syntheticLibrary } from '../../shared/dedup/synthetic'
import LABELLED from '../../fixtures/dedup/labelled.txt?raw'
import { FakeWorker, installFakeWorkers } from '../fakeWorkers'

// The duplicates view used to read every paper and compare them on the page's thread: seconds
// of a frozen window at 100,000 papers. The duplicates worker reads the library itself into
// compact keys and sends back only the sets; these tests hold it to the sets the old path found.

const PATIENT = { timeout: 20_000 }
const SLOW = 60_000
const CRASH = 'Duplicates could not be looked for: The duplicate finder stopped (Uncaught RangeError: out of memory). Try again: a fresh one starts with the next change or when the view is opened again.'
let count = 0
const cleanups: (() => void)[] = []
beforeEach(() => cleanups.push(installFakeWorkers()))
afterEach(() => {
  // the finder is one per window: each test starts its own worker
  getDuplicateFinder().dispose()
  cleanups.splice(0).forEach((cleanup) => cleanup())
})

/** Words from the corpus, as the bench's generated libraries take them (the renderer's tests have no file system). */
const POOL = {
  titles: ['Mind-altering microorganisms: the impact of the gut microbiota on brain and behaviour', 'The gut-brain barrier in major depression'],
  sentences: ['Intestinal permeability lets lipopolysaccharide reach the blood.', 'Microglia respond to peripheral cytokines.'],
  familyNames: ['Cryan', 'Dinan', 'Maes', 'Vallès-Colomer'],
  journals: ['Brain Behav Immun', 'Nat Rev Neurosci'],
}

function isFormat(value: string | undefined): value is ImportFormat {
  return (IMPORT_FORMATS as readonly string[]).includes(value ?? '')
}

/** The labelled duplicate set's bibliography records (tests/fixtures/dedup/labelled.txt), read by the real importers. */
function labelledRecords(): DedupRecord[] {
  return LABELLED.split(/^===/m).slice(1).flatMap((block, index) => {
    const [header = '', ...body] = block.split('\n')
    const format = header.trim().split(/\s+/)[1]
    if (!isFormat(format)) return []
    const entry = importBibliography(body.join('\n').trim(), { format }).entries[0]
    return entry ? [{ id: `labelled${index}`, item: entry.item, citationKey: `labelled${index}` }] : []
  })
}

/** The labelled corpus records, a synthetic library with planted copies and a generated one with a few, ids in that order. */
function libraryRecords(): DedupRecord[] {
  const labelled = labelledRecords()
  expect(labelled.length).toBeGreaterThan(50)
  const generated = generateLibrary(POOL, { count: 1_500 }).papers.map((paper) => ({ id: paper.id, item: paper.csl, citationKey: paper.citationKey }))
  // re-typed copies of generated papers: one by DOI, one by title, one by title without a year
  const copies = [generated[10], generated[20], generated[30]].flatMap((paper, index) =>
    paper ? [{ id: `copy${index}`, citationKey: `copy${index}`, item: { ...paper.item, id: `copy${index}`, title: `${paper.item.title ?? ''}.`, ...(index > 0 && { DOI: undefined }), ...(index === 2 && { issued: undefined }) } }] : [],
  )
  const records = [...labelled, ...syntheticLibrary(2_500, 50), ...generated, ...copies]
  return records.map((record, index) => ({ ...record, id: `r${String(index).padStart(5, '0')}-${record.id}` }))
}

async function seed(records: readonly DedupRecord[], trashed: ReadonlySet<string> = new Set()): Promise<AxisRefDatabase> {
  const db = openDatabase(`duplicates-worker-${++count}`)
  const rows: PaperRecord[] = records.map((record) => ({ ...newPaperRow(record.id, record.item, record.citationKey, 1), ...(trashed.has(record.id) && { trashedAt: 2 }) }))
  await db.papers.bulkAdd(rows)
  return db
}

/** The old path: every paper read on the page, the trash filtered out, all compared there. */
async function oldPath(db: AxisRefDatabase, notDuplicates: [string, string][]): Promise<ReturnType<typeof findDuplicateSets>> {
  const papers = (await db.papers.toArray()).filter((paper) => paper.trashedAt === undefined)
  return findDuplicateSets(papers.map((paper) => ({ id: paper.id, item: paper.csl, citationKey: paper.citationKey })), { notDuplicates })
}

describe('duplicate sets found in the duplicates worker', () => {
  it('are the sets the old page-thread path finds, on the labelled corpus records and generated libraries, trash and decisions included', async () => {
    const records = libraryRecords()
    const db = await seed(records, new Set(records.filter((_, index) => index % 97 === 0).map((record) => record.id)))
    const expectedFirst = await oldPath(db, [])
    expect(expectedFirst.length).toBeGreaterThan(60)
    const sets = await getDuplicateFinder().find(db.name)
    expect(sets).toEqual(expectedFirst)
    expect(FakeWorker.started.map((worker) => worker.kind)).toEqual(['duplicates'])

    const decided = expectedFirst.find((set) => set.reason === 'title')?.ids ?? []
    await markNotDuplicates(db, decided)
    const after = await getDuplicateFinder().find(db.name)
    expect(after).toEqual(await oldPath(db, decided.length === 2 ? [[decided[0] ?? '', decided[1] ?? ''].sort() as [string, string]] : []))
    expect(after.some((set) => set.ids.join() === decided.join())).toBe(false)
    db.close()
  }, 120_000)
})

describe('the duplicates view', () => {
  const paper = (title: string, doi?: string) => ({ id: '', type: 'article-journal' as const, title, author: [{ family: 'Maes', given: 'Michael' }], issued: { 'date-parts': [[2008]] }, ...(doi && { DOI: doi }) })

  it('shows the sets the worker found, and finds them again after a merge', async () => {
    const db = openDatabase(`duplicates-worker-${++count}`)
    await addPaper(db, { csl: paper('The gut-brain barrier in major depression', '10.1000/gut'), citationKey: 'maes2008gut' })
    await addPaper(db, { csl: paper('The gut–brain barrier in major depression.'), citationKey: 'Maes2008' })
    await addPaper(db, { csl: paper('Lipopolysaccharide and microglia in major depression'), citationKey: 'maes2008lps' })
    render(<DatabaseProvider db={db}><DuplicatesView /></DatabaseProvider>)
    await screen.findByText('1 possible duplicate set', undefined, PATIENT)
    expect(FakeWorker.started.map((worker) => worker.kind)).toContain('duplicates')
    // which copy is kept by default follows the ids' order (random here): either will do
    fireEvent.click(await screen.findByRole('button', { name: /^Merge into (maes2008gut|Maes2008)$/ }, PATIENT))
    await screen.findByText('No duplicates found.', undefined, PATIENT)
    expect(await db.papers.count()).toBe(2)
    db.close()
  }, SLOW)

  it('says in words when the worker crashed, and the next change finds the sets in a fresh worker', async () => {
    FakeWorker.failNext = (kind) => (kind === 'duplicates' && FakeWorker.started.filter((worker) => worker.kind === 'duplicates').length === 1 ? 'error' : undefined)
    const db = openDatabase(`duplicates-worker-${++count}`)
    await addPaper(db, { csl: paper('The gut-brain barrier in major depression', '10.1000/gut'), citationKey: 'maes2008gut' })
    render(<DatabaseProvider db={db}><DuplicatesView /></DatabaseProvider>)
    expect((await screen.findByRole('alert', undefined, PATIENT)).textContent).toBe(CRASH)
    await addPaper(db, { csl: paper('Gut brain barrier in major depression', '10.1000/GUT'), citationKey: 'maes2008copy' })
    await screen.findByText('1 possible duplicate set', undefined, PATIENT)
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull(), PATIENT)
    expect(FakeWorker.started.filter((worker) => worker.kind === 'duplicates').map((worker) => worker.terminated)).toEqual([true, false])
    db.close()
  }, SLOW)
})

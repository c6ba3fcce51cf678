import type { Page } from 'playwright-core'
import { median, round } from '../metrics'
import { untilFirstRows, type ProbeCall } from './appSession'
import type { ListState, ScrollReport, SortedState } from './pageContract'
import { untilFound } from './importRecords'
import { LAST_ABSTRACT_WORD } from './recordFile'

export interface SearchRun {
  times: number[]
  timedOut: number
  /** Queries that found nothing (filters on data an imported file does not carry: axis nodes, PDFs). */
  empty: number
  /** Clears between two queries that never showed the whole list again. */
  clearsTimedOut: number
  slowest: string[]
}

/**
 * The whole library, unsearched: what the list shows between two measured queries. A clear
 * that never shows it (rows still loading after 30 s) is said and counted, and the next
 * query is measured all the same: it then starts from a list still loading.
 */
async function clearSearch(probe: ProbeCall, whole: ListState, after: string): Promise<boolean> {
  const cleared = await probe('search', '', whole)
  if (cleared.timedOut) console.error(`[bench] library100k: clearing the search after "${after}" did not bring the whole list back in 30 s: "${cleared.state.summary}" (expected "${whole.summary}"), first rows ${cleared.state.rows.slice(0, 2).join(', ') || 'none'}`)
  return cleared.timedOut
}

/**
 * Each query typed into the real search box (the whole query at once, as a paste or the
 * last key of it does), timed in the page to the frame that paints its answer. A first pass
 * learns each answer (list settled); the timed pass starts each query from the whole list.
 */
export async function measureSearch(probe: ProbeCall, queries: readonly string[]): Promise<SearchRun> {
  const whole = (await probe('search', '')).state
  const expected: ListState[] = []
  for (const query of queries) expected.push((await probe('search', query)).state)
  const times: number[] = []
  let timedOut = 0
  let clearsTimedOut = 0
  for (const [index, query] of queries.entries()) {
    if (await clearSearch(probe, whole, queries[index - 1] ?? '(the learning pass)')) clearsTimedOut++
    const answer = await probe('search', query, expected[index])
    times.push(answer.ms)
    if (answer.timedOut) timedOut++
  }
  if (await clearSearch(probe, whole, queries.at(-1) ?? '')) clearsTimedOut++
  const empty = expected.filter((state) => /^0 papers|No papers match/.test(`${state.summary} ${state.rows.join(' ')}`)).length
  const slowest = times
    .map((ms, index) => ({ ms, query: queries[index] ?? '', found: expected[index]?.summary ?? '' }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 6)
    .map(({ ms, query, found }) => `${round(ms, 1)} ms "${query}" (${found})`)
  return { times, timedOut, clearsTimedOut, empty, slowest }
}

/**
 * Each column header clicked twice (one direction, then the other), timed in the page to
 * the frame that paints the rows in their new order. A first round learns each click's
 * order (list settled); the timed round repeats the same clicks.
 */
export async function measureSorts(probe: ProbeCall, log: (step: string) => void): Promise<{ times: number[]; timedOut: number }> {
  const clicks = (await probe('headers')).flatMap((label) => [label, label])
  const expected: SortedState[] = []
  for (const label of clicks) {
    const { state, ariaSort } = await probe('sort', label)
    expected.push({ ...state, ariaSort })
  }
  const times: number[] = []
  let timedOut = 0
  for (const [index, label] of clicks.entries()) {
    const answer = await probe('sort', label, expected[index])
    times.push(answer.ms)
    if (answer.timedOut) timedOut++
    log(`sort ${label} ${answer.ariaSort}: ${round(answer.ms, 1)} ms${answer.timedOut ? ' (never showed the order learnt)' : ''}`)
  }
  return { times, timedOut }
}

export interface FacetRun {
  times: number[]
  chipTimes: number[]
  timedOut: number
}

const NEW_TAG = 'bench-facet-edit'

/**
 * A tag added to a few papers in the details pane, timed to the sidebar's count of it going
 * up by one: the most used tag the sidebar shows (a new tag would not be shown once the
 * library has more tags than the sidebar lists), or a new one where the library has none.
 * Each edit goes to the next paper in the list that does not carry the tag yet.
 */
export async function measureFacets(page: Page, probe: ProbeCall, edits: number, log: (step: string) => void): Promise<FacetRun> {
  const run: FacetRun = { times: [], chipTimes: [], timedOut: 0 }
  const tag = (await probe('shownTags'))[0] ?? NEW_TAG
  let row = 0
  for (let edit = 0; edit < edits; edit++) {
    await selectPaperWithout(page, probe, tag, () => row++)
    const answer = await probe('addTag', tag)
    run.times.push(answer.ms)
    run.chipTimes.push(answer.chipMs)
    if (answer.timedOut) run.timedOut++
    log(`tag "${tag}" on row ${row}: sidebar ${answer.before} → ${answer.after ?? 'not shown'} after ${round(answer.ms, 1)} ms${answer.timedOut ? ' (timed out)' : ''}; chip ${round(answer.chipMs, 1)} ms`)
  }
  return run
}

/** Clicks rows from `next()` on until the details pane shows a paper without `tag`. */
async function selectPaperWithout(page: Page, probe: ProbeCall, tag: string, next: () => number): Promise<void> {
  for (let tries = 0; tries < 20; tries++) {
    const row = page.getByTestId('paper-row').nth(next())
    const title = (await row.locator('.col-title').textContent()) ?? ''
    await row.click()
    // the pane shows the clicked paper (its title), not the one selected before
    await page.locator('.pane--details h2').filter({ hasText: title.slice(0, 40) }).waitFor({ timeout: 60_000 })
    await page.getByLabel('Add a tag').waitFor()
    if (!(await probe('hasChip', tag))) return
  }
  throw new Error(`bench: the first 20 papers in the list all carry the tag "${tag}"`)
}

export interface FirstBuild {
  /** Navigation to a search over abstracts finding the last record's abstract word. */
  seconds: number
  /** Navigation to the first rows painted, while the index is being built. */
  firstRowsMs: number
  /** Scrolling the list while the index is being built. */
  scroll: ScrollReport
  deleted: string[]
}

/**
 * The search index built for a library that has none: the saved index (its cache database)
 * deleted on a page of the same origin without the app, then the app opened again. The
 * list's first rows and a scroll are measured while it builds (is the list usable?).
 */
export async function measureFirstBuild(page: Page, probe: ProbeCall, origin: string, url: string): Promise<FirstBuild> {
  await page.goto(`${origin}/bench-no-app.txt`)
  const deleted = await probe('deleteSearchCaches')
  const started = performance.now()
  await page.goto(url, { waitUntil: 'commit' })
  await untilFirstRows(page)
  const firstRowsMs = (await probe('firstRowsAt')) ?? Number.NaN
  const scroll = await probe('scroll', 2_000, 10)
  await untilFound(probe, LAST_ABSTRACT_WORD, started, 300_000)
  return { seconds: (performance.now() - started) / 1000, firstRowsMs, scroll, deleted }
}

/** Reloads to the first rows painted, `times` times; the page's first contentful paint beside each. */
export async function measureColdStarts(page: Page, probe: ProbeCall, times: number): Promise<{ firstRows: number[]; contentfulPaint: number[] }> {
  const firstRows: number[] = []
  const contentfulPaint: number[] = []
  for (let run = 0; run < times; run++) {
    await page.reload({ waitUntil: 'commit' })
    await untilFirstRows(page)
    firstRows.push((await probe('firstRowsAt')) ?? Number.NaN)
    contentfulPaint.push((await probe('firstContentfulPaint')) ?? Number.NaN)
  }
  return { firstRows, contentfulPaint }
}

export function summary(values: readonly number[]): string {
  return `median ${round(median(values), 1)}, max ${round(Math.max(...values), 1)}`
}

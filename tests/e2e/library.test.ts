import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadCorpusPool } from '../../bench/fixtures/corpusPool'
import { generateLibrary, type GeneratedLibrary, type GeneratedPaper } from '../../bench/fixtures/generateLibrary'
import { startBrowserHost, type BrowserHost } from '../../electron/browser-host/server'
import { nodeAndDescendants } from '../../shared/axis'
import { launchChromium } from '../support/chromium'
import { ARTIFACTS_DIR, builtPdfWorkerEntry, builtRendererDir, makeTempDir } from '../support/paths'
import { seedLibrary, withSettledSuggestions } from '../support/seedLibrary'
import { createStepTimer } from '../support/stepTimes'
import { dropFiles } from '../support/userInput'
import { corpusPdf, hasPdfCorpus } from '../electron/pdf/corpus'

const COUNT = 10_000
// the quick library check runs this long after start (IntegrityBanner's delay): the page's clock is moved past it
const LIBRARY_CHECK_DELAY_MS = 4_000
/** How long the page may take to follow an action on a busy two-core machine (expect.poll's own default is 1 s). */
const FOLLOWS = { timeout: 15_000 }
const steps = createStepTimer()
let library: GeneratedLibrary
let live: GeneratedPaper[]
const yearOf = (paper: GeneratedPaper) => Number(paper.csl.issued?.['date-parts']?.[0]?.[0])
const papers = (count: number) => `${count.toLocaleString('en')} paper${count === 1 ? '' : 's'}`

let host: BrowserHost
let browser: Browser
let page: Page

beforeAll(async () => {
  // every PDF's text read already, as the app's background reading leaves a library: the generated
  // PDFs have no files, and unread ones would be tried again after every import
  library = await steps.time(`generate ${papers(COUNT)}`, async () => withSettledSuggestions(generateLibrary(loadCorpusPool(), { count: COUNT, seed: 11, pdfShare: 0.02, fullTextShare: 0.02 })))
  live = library.papers.filter((paper) => paper.trashedAt === undefined)
  host = await steps.time('start the browser host', async () => startBrowserHost({ rendererDir: builtRendererDir(), pdfWorkerEntry: builtPdfWorkerEntry(), userDataDir: await makeTempDir('e2e-library'), appVersion: '0.1.0', checkOutput: true }))
  browser = await steps.time('launch Chromium', () => launchChromium())
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } })
  // an action whose element never comes fails in words rather than waiting out the test's limit
  page.setDefaultTimeout(FOLLOWS.timeout)
  await page.clock.install()
  await steps.time('open the empty app', async () => {
    await page.goto(host.url)
    await page.getByTestId('empty-state').waitFor()
  })
  await steps.time(`seed ${papers(COUNT)} into IndexedDB`, () => seedLibrary(page, library))
  await steps.time('reload to the first rows', async () => {
    await page.reload()
    await rows().first().waitFor({ timeout: 30_000 })
  })
  // the generated attachments have no files on disk, and the check after start says so:
  // put it away before the tests click and drag, rather than have it arrive in the middle.
  // It runs now, beside the search index's first build, rather than after its delay.
  const check = page.getByRole('alert', { name: 'Library check' })
  await steps.time('the quick library check after start', async () => {
    await page.clock.fastForward(LIBRARY_CHECK_DELAY_MS)
    await check.waitFor({ timeout: 30_000 })
  })
  expect(await check.innerText()).toMatch(/found [\d,]+ problems with PDFs/)
  await check.getByRole('button', { name: 'Later' }).click()
}, 120_000)

afterAll(async () => {
  // the CI log says where the file's time went
  console.log(steps.report('tests/e2e/library.test.ts'))
  await browser?.close()
  await host?.close()
})

const searchBox = () => page.getByRole('searchbox', { name: 'Search the library' })
const rows = () => page.getByRole('grid', { name: 'Papers' }).getByTestId('paper-row')
const summary = () => page.getByTestId('list-summary')
const sidebar = () => page.getByRole('navigation', { name: 'Library navigation' })

/** The tag most papers have, and how many have it. */
function mostUsedTag(papers: readonly GeneratedPaper[]): [string, number] {
  const counts = new Map<string, number>()
  for (const paper of papers) for (const tag of paper.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1)
  const [top] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
  if (!top) throw new Error('the generated library has no tags')
  return top
}

async function summaryIs(text: string, timeout = FOLLOWS.timeout): Promise<void> {
  await expect.poll(() => summary().textContent(), { timeout }).toBe(text)
}

/** The rendered rows whose year is not the one at their place in `years` (the whole list's years in order). */
async function rowsOutOfOrder(years: readonly number[]): Promise<string[]> {
  const shown = await rows().evaluateAll((cells) => cells.map((row) => ({ index: Number(row.getAttribute('aria-rowindex')), year: row.querySelector('.col-year')?.textContent ?? '' })))
  if (shown.length === 0) return ['no rows shown']
  // aria-rowindex counts the header row as 1
  return shown.filter(({ index, year }) => year !== String(years[index - 2])).map(({ index, year }) => `row ${index - 1}: ${year}, not ${years[index - 2]}`)
}

describe(`a ${COUNT.toLocaleString('en')}-paper library in Chromium`, () => {
  it('finds the right papers for a fielded query as it is typed, and sorts them by year', async () => {
    const gut: readonly string[] = nodeAndDescendants('gut')
    const expected = live.filter((paper) => paper.studyType === 'rct' && paper.axisNodes.some((node) => gut.includes(node)) && yearOf(paper) >= 2010 && yearOf(paper) <= 2020)
    expect(expected.length).toBeGreaterThan(3)
    // the count shows once the search index is whole ("preparing search" until then): its first build is in this step
    await steps.time('type a fielded query until its count shows', async () => {
      await page.keyboard.press('/')
      await page.keyboard.type('node:gut type:rct year:2010-2020', { delay: 20 })
      await summaryIs(papers(expected.length), 40_000)
    })
    const titles = new Set(expected.map((paper) => paper.csl.title))
    const shown = await rows().locator('.col-title').allInnerTexts()
    expect(shown.length).toBeGreaterThan(3)
    for (const title of shown) expect(titles.has(title)).toBe(true)

    const newest = Math.max(...expected.map(yearOf))
    await steps.time('sort the found papers by year', async () => {
      await page.getByRole('columnheader', { name: /^Year/ }).click()
      await expect.poll(() => rows().first().locator('.col-year').textContent(), FOLLOWS).toBe(String(newest))
    })
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'e2e', 'library-list.png') })

    // one paper by its author and a phrase from its title
    const paper = live.find((candidate) => /^[A-Za-z]+$/.test(candidate.csl.author?.[0]?.family ?? '') && /^[A-Za-z ]+$/.test(candidate.csl.title?.split(' ').slice(0, 4).join(' ') ?? '-'))
    if (!paper) throw new Error('the generated library has no plain-ASCII paper')
    await steps.time('find one paper by author and phrase', async () => {
      await searchBox().fill(`author:${paper.csl.author?.[0]?.family ?? ''} "${paper.csl.title?.split(' ').slice(0, 4).join(' ')}"`)
      await expect.poll(() => rows().locator('.col-title').allInnerTexts(), FOLLOWS).toContain(paper.csl.title)
    })
    await searchBox().fill('year:20x depression')
    await page.getByRole('alert').getByText('year:20x is not a year').waitFor()
    await searchBox().fill('')
  })

  it('counts the library\'s papers on each axis node in the sidebar, the trash left out', async () => {
    const gut: readonly string[] = nodeAndDescendants('gut')
    const tagged = live.filter((paper) => paper.axisNodes.some((node) => gut.includes(node))).length
    const node = sidebar().getByRole('list', { name: 'Axis nodes' }).getByRole('button', { name: /^Gut\b/ })
    await steps.time('the sidebar counts an axis node', () => expect.poll(() => node.locator('.count').textContent(), FOLLOWS).toMatch(new RegExp(`^${tagged.toLocaleString('en')}( \\+[\\d,]+)?$`)))
  })

  it('narrows the list by a facet, with the count the sidebar showed', async () => {
    // the sidebar shows the most used tags only: this one is among them in any generated library
    const [tag, expected] = mostUsedTag(live)
    const facet = sidebar().getByRole('list', { name: 'Tags' }).getByRole('button', { name: new RegExp(`^${tag.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s|$)`) })
    await expect.poll(() => facet.locator('.count').textContent(), FOLLOWS).toBe(expected.toLocaleString('en'))
    await steps.time('narrow by a tag', async () => {
      await facet.click()
      await summaryIs(`${papers(expected)} on #${tag}`)
    })
    await facet.scrollIntoViewIfNeeded()
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'e2e', 'library-facets.png') })
    const rcts = live.filter((paper) => paper.tags.includes(tag) && paper.studyType === 'rct').length
    await sidebar().getByRole('list', { name: 'Study types' }).getByRole('button', { name: /^Randomi[sz]ed controlled trial/ }).click()
    await summaryIs(`${papers(rcts)} on #${tag} + ${await sidebar().getByRole('list', { name: 'Study types' }).getByRole('button', { pressed: true }).locator('span').first().textContent()}`)
    await steps.time('clear the filter', async () => {
      await page.getByRole('button', { name: 'Clear filter' }).click()
      await summaryIs(papers(live.length))
    })
  })

  it(`sorts all ${COUNT.toLocaleString('en')} papers by year, right at the top, the middle and the end of the list`, async () => {
    const years = live.map(yearOf).sort((a, b) => b - a)
    const year = page.getByRole('columnheader', { name: /^Year/ })
    await steps.time(`sort ${papers(live.length)} by year`, async () => {
      // a click on another column sorts the year newest first; on the year sorted oldest first, flips it
      if ((await year.getAttribute('aria-sort')) !== 'descending') await year.click()
      await expect.poll(() => year.getAttribute('aria-sort'), FOLLOWS).toBe('descending')
      await expect.poll(() => rowsOutOfOrder(years), FOLLOWS).toEqual([])
    })
    const scroller = page.getByTestId('paper-list-scroller')
    await steps.time('scroll to the middle of the list', async () => {
      await scroller.evaluate((element) => element.scrollTo({ top: element.scrollHeight / 2 }))
      await expect.poll(() => rows().first().getAttribute('aria-rowindex'), FOLLOWS).not.toBe('2')
      await expect.poll(() => rowsOutOfOrder(years), FOLLOWS).toEqual([])
    })
    // the keyboard's End: the last paper selected and scrolled into view
    await steps.time('go to the end of the list', async () => {
      await rows().first().click()
      await page.keyboard.press('End')
      const last = rows().and(page.locator(`[aria-rowindex="${live.length + 1}"]`))
      await expect.poll(() => last.getAttribute('aria-selected'), FOLLOWS).toBe('true')
      await expect.poll(() => last.locator('.col-year').textContent(), FOLLOWS).toBe(String(years.at(-1)))
      await expect.poll(() => rowsOutOfOrder(years), FOLLOWS).toEqual([])
    })
    await page.keyboard.press('Home')
  })

  it('makes a collection and puts dragged papers in it', async () => {
    await sidebar().getByRole('button', { name: 'New collection' }).click()
    await sidebar().getByLabel('New collection name').fill('Thesis')
    await sidebar().getByRole('button', { name: 'Create' }).click()
    const thesis = sidebar().getByRole('list', { name: 'Collections' }).getByRole('button', { name: 'Thesis' })
    await thesis.waitFor()
    const picked = await rows().locator('.col-title').evaluateAll((cells) => cells.slice(0, 3).map((cell) => cell.textContent))
    await rows().nth(0).click()
    await rows().nth(2).click({ modifiers: ['Shift'] })
    await expect.poll(() => page.locator('[data-testid="paper-row"][aria-selected="true"]').count(), FOLLOWS).toBe(3)
    await steps.time('drag 3 papers to a collection', async () => {
      await rows().nth(1).dragTo(thesis)
      await page.getByRole('status').getByText('Added 3 papers to “Thesis”.').waitFor()
    })
    await steps.time('open the collection', async () => {
      await thesis.click()
      await summaryIs('Thesis: 3 papers')
    })
    // the rows fill in as they arrive from the search worker
    await expect.poll(async () => (await rows().locator('.col-title').allInnerTexts()).sort(), FOLLOWS).toEqual([...picked].sort())
  })

  it('saves a search that keeps itself up to date', async () => {
    await sidebar().getByRole('button', { name: /^All papers/ }).click()
    const query = 'tag:to-read type:rct'
    const expected = live.filter((paper) => paper.tags.includes('to-read') && paper.studyType === 'rct').length
    await searchBox().fill(query)
    await summaryIs(papers(expected))
    await sidebar().getByRole('button', { name: 'Save current search' }).click()
    await sidebar().getByLabel('Saved search name').fill('RCTs to read')
    await sidebar().getByRole('button', { name: 'Save' }).click()
    await sidebar().getByRole('button', { name: /^All papers/ }).click()
    await summaryIs(papers(live.length))

    await sidebar().getByRole('button', { name: 'RCTs to read' }).click()
    await summaryIs(papers(expected))
    expect(await searchBox().inputValue()).toBe(query)
    await steps.time('trash a paper of the saved search', async () => {
      await rows().first().click()
      await page.keyboard.press('Delete')
      await summaryIs(papers(expected - 1))
    })
    await sidebar().getByRole('button', { name: /^All papers/ }).click()
    await sidebar().getByRole('button', { name: 'RCTs to read' }).click()
    await summaryIs(papers(expected - 1))
    // the trash opens afresh, without the search
    await steps.time('open the trash', async () => {
      await sidebar().getByRole('button', { name: /^Trash/ }).click()
      await expect.poll(() => searchBox().inputValue(), FOLLOWS).toBe('')
      await summaryIs(`Trash: ${papers(library.papers.length - live.length + 1)}`)
    })
  })

  it(`edits a field of a paper among ${COUNT.toLocaleString('en')} and undoes the edit`, async () => {
    await sidebar().getByRole('button', { name: /^All papers/ }).click()
    const paper = live.find((candidate) => candidate.studyType === 'cohort' && (candidate.csl.title ?? '').length > 20)
    if (!paper?.csl.title) throw new Error('the generated library has no cohort study')
    const title = paper.csl.title
    await searchBox().fill(`title:"${title.split(' ').slice(0, 4).join(' ')}"`)
    await rows().getByText(title, { exact: true }).first().click()
    const details = page.getByRole('article', { name: 'Paper details' })
    const field = details.getByLabel('Title')
    await field.fill('Edited among ten thousand papers')
    await steps.time('edit a title', async () => {
      await field.press('Enter')
      await page.getByTestId('undo-bar').getByText('Edited title').waitFor()
    })
    await searchBox().fill('title:"edited among ten thousand"')
    await summaryIs(papers(1))
    await details.getByRole('heading', { level: 2 }).click()
    await steps.time('undo the edit', async () => {
      await page.keyboard.press('Control+z')
      await page.getByTestId('undo-bar').getByText('Undone: Edited title').waitFor()
    })
    await expect.poll(() => field.inputValue(), FOLLOWS).toBe(title)
    await summaryIs(papers(0))
  })

  it.skipIf(!hasPdfCorpus('e2e library reader'))('opens a corpus PDF dropped into it in the reader, highlights a sentence, notes it and exports the annotations', async () => {
    await searchBox().fill('')
    await steps.time('import a dropped PDF', async () => {
      await dropFiles(page, [corpusPdf('metadata/hindawi-PMC4745305.pdf')])
      await page.getByRole('list', { name: 'Import results' }).waitFor({ timeout: 60_000 })
    })
    await page.getByRole('button', { name: 'Close', exact: true }).click()
    await steps.time('find the imported paper', async () => {
      await searchBox().fill('has:pdf topiramate clozapine')
      await summaryIs(papers(1))
    })
    await rows().first().dblclick()
    const reader = page.getByRole('region', { name: 'PDF reader' })
    const second = reader.locator('[data-page-number="2"][data-rendered="true"]')
    await reader.getByLabel('Page number').fill('2')
    await steps.time('open its PDF at page 2', async () => {
      await reader.getByLabel('Page number').press('Enter')
      await second.waitFor({ timeout: 30_000 })
    })
    const from = await second.locator('.textLayer span', { hasText: 'The patient was not experiencing' }).first().boundingBox()
    const to = await second.locator('.textLayer span', { hasText: 'symptoms at that time.' }).first().boundingBox()
    if (!from || !to) throw new Error('the sentence is not in the text layer')
    await page.mouse.move(from.x + 1, from.y + from.height / 2)
    await page.mouse.down()
    await page.mouse.move(to.x + to.width - 1, to.y + to.height / 2, { steps: 5 })
    await page.mouse.up()
    await steps.time('highlight a sentence', async () => {
      await reader.getByRole('button', { name: 'Highlight' }).click()
      await second.getByTestId('reader-highlight').first().waitFor()
    })
    await reader.getByRole('button', { name: 'Note', exact: true }).click()
    await reader.getByLabel('Note', { exact: true }).fill('Neutropenia on topiramate plus clozapine.')
    const listed = page.getByRole('article', { name: 'Paper details' }).getByRole('list', { name: 'Annotations' }).getByRole('listitem')
    await steps.time('note the highlight', async () => {
      await reader.getByRole('button', { name: 'Save note' }).click()
      await expect.poll(() => listed.count(), FOLLOWS).toBe(1)
      await expect.poll(() => listed.first().innerText(), FOLLOWS).toContain('Neutropenia on topiramate plus clozapine.')
    })
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'e2e', 'library-reader.png') })
    const download = page.waitForEvent('download')
    await page.getByRole('article', { name: 'Paper details' }).getByRole('button', { name: 'Export Markdown' }).click()
    const markdown = await steps.time('export the annotations', async () => readFile(await (await download).path(), 'utf8'))
    expect(markdown).toContain('> The patient was not experiencing any significant psychotic symptoms at that time.')
    expect(markdown).toContain('Neutropenia on topiramate plus clozapine.')
  })
})

import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadCorpusPool } from '../../bench/fixtures/corpusPool'
import { generateLibrary, type GeneratedPaper } from '../../bench/fixtures/generateLibrary'
import { startBrowserHost, type BrowserHost } from '../../electron/browser-host/server'
import { nodeAndDescendants } from '../../shared/axis'
import { launchChromium } from '../support/chromium'
import { ARTIFACTS_DIR, builtRendererDir, makeTempDir } from '../support/paths'
import { seedLibrary } from '../support/seedLibrary'
import { dropFiles } from '../support/userInput'
import { corpusPdf, hasPdfCorpus } from '../electron/pdf/corpus'

const library = generateLibrary(loadCorpusPool(), { count: 2_000, seed: 11 })
const live = library.papers.filter((paper) => paper.trashedAt === undefined)
const yearOf = (paper: GeneratedPaper) => Number(paper.csl.issued?.['date-parts']?.[0]?.[0])
const papers = (count: number) => `${count.toLocaleString('en')} paper${count === 1 ? '' : 's'}`

let host: BrowserHost
let browser: Browser
let page: Page

beforeAll(async () => {
  host = await startBrowserHost({ rendererDir: builtRendererDir(), userDataDir: await makeTempDir('e2e-library'), appVersion: '0.1.0', checkOutput: true })
  browser = await launchChromium()
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } })
  await page.goto(host.url)
  await page.getByTestId('empty-state').waitFor()
  await seedLibrary(page, library)
  await page.reload()
  await page.getByTestId('list-summary').getByText(papers(live.length), { exact: true }).waitFor({ timeout: 30_000 })
  // the generated attachments have no files on disk, and the check after start says so:
  // put it away before the tests click and drag, rather than have it arrive in the middle
  const check = page.getByRole('alert', { name: 'Library check' })
  await check.waitFor({ timeout: 30_000 })
  expect(await check.innerText()).toMatch(/found [\d,]+ problems with PDFs/)
  await check.getByRole('button', { name: 'Later' }).click()
}, 120_000)

afterAll(async () => {
  await browser?.close()
  await host?.close()
})

const searchBox = () => page.getByRole('searchbox', { name: 'Search the library' })
const rows = () => page.getByRole('grid', { name: 'Papers' }).getByTestId('paper-row')
const summary = () => page.getByTestId('list-summary')
const sidebar = () => page.getByRole('navigation', { name: 'Library navigation' })

async function summaryIs(text: string): Promise<void> {
  await expect.poll(() => summary().textContent(), { timeout: 15_000 }).toBe(text)
}

describe('a 2,000-paper library in Chromium', () => {
  it('finds the right papers for a fielded query as it is typed, and sorts them by year', async () => {
    const gut: readonly string[] = nodeAndDescendants('gut')
    const expected = live.filter((paper) => paper.studyType === 'rct' && paper.axisNodes.some((node) => gut.includes(node)) && yearOf(paper) >= 2010 && yearOf(paper) <= 2020)
    expect(expected.length).toBeGreaterThan(3)
    await page.keyboard.press('/')
    await page.keyboard.type('node:gut type:rct year:2010-2020', { delay: 20 })
    await summaryIs(papers(expected.length))
    const titles = new Set(expected.map((paper) => paper.csl.title))
    const shown = await rows().locator('.col-title').allInnerTexts()
    expect(shown.length).toBeGreaterThan(3)
    for (const title of shown) expect(titles.has(title)).toBe(true)

    await page.getByRole('columnheader', { name: /^Year/ }).click()
    const newest = Math.max(...expected.map(yearOf))
    await expect.poll(() => rows().first().locator('.col-year').textContent()).toBe(String(newest))
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'e2e', 'library-list.png') })

    // one paper by its author and a phrase from its title
    const paper = live.find((candidate) => /^[A-Za-z]+$/.test(candidate.csl.author?.[0]?.family ?? '') && /^[A-Za-z ]+$/.test(candidate.csl.title?.split(' ').slice(0, 4).join(' ') ?? '-'))
    if (!paper) throw new Error('the generated library has no plain-ASCII paper')
    await searchBox().fill(`author:${paper.csl.author?.[0]?.family ?? ''} "${paper.csl.title?.split(' ').slice(0, 4).join(' ')}"`)
    await expect.poll(() => rows().locator('.col-title').allInnerTexts()).toContain(paper.csl.title)
    await searchBox().fill('year:20x depression')
    await page.getByRole('alert').getByText('year:20x is not a year').waitFor()
    await searchBox().fill('')
  })

  it('counts the library\'s papers on each axis node in the sidebar, the trash left out', async () => {
    const gut: readonly string[] = nodeAndDescendants('gut')
    const tagged = live.filter((paper) => paper.axisNodes.some((node) => gut.includes(node))).length
    const node = sidebar().getByRole('list', { name: 'Axis nodes' }).getByRole('button', { name: /^Gut\b/ })
    await expect.poll(() => node.locator('.count').textContent()).toMatch(new RegExp(`^${tagged}( \\+\\d+)?$`))
  })

  it('narrows the list by a facet, with the count the sidebar showed', async () => {
    const expected = live.filter((paper) => paper.tags.includes('to-read')).length
    const facet = sidebar().getByRole('list', { name: 'Tags' }).getByRole('button', { name: /^to-read/ })
    await expect.poll(() => facet.locator('.count').textContent()).toBe(expected.toLocaleString('en'))
    await facet.click()
    await summaryIs(`${papers(expected)} on #to-read`)
    await facet.scrollIntoViewIfNeeded()
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'e2e', 'library-facets.png') })
    const rcts = live.filter((paper) => paper.tags.includes('to-read') && paper.studyType === 'rct').length
    await sidebar().getByRole('list', { name: 'Study types' }).getByRole('button', { name: /^Randomi[sz]ed controlled trial/ }).click()
    await summaryIs(`${papers(rcts)} on #to-read + ${await sidebar().getByRole('list', { name: 'Study types' }).getByRole('button', { pressed: true }).locator('span').first().textContent()}`)
    await page.getByRole('button', { name: 'Clear filter' }).click()
    await summaryIs(papers(live.length))
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
    await expect.poll(() => page.locator('[data-testid="paper-row"][aria-selected="true"]').count()).toBe(3)
    await rows().nth(1).dragTo(thesis)
    await page.getByRole('status').getByText('Added 3 papers to “Thesis”.').waitFor()
    await thesis.click()
    await summaryIs('Thesis: 3 papers')
    // the rows fill in as they arrive from the search worker
    await expect.poll(async () => (await rows().locator('.col-title').allInnerTexts()).sort()).toEqual([...picked].sort())
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
    await rows().first().click()
    await page.keyboard.press('Delete')
    await summaryIs(papers(expected - 1))
    await sidebar().getByRole('button', { name: /^All papers/ }).click()
    await sidebar().getByRole('button', { name: 'RCTs to read' }).click()
    await summaryIs(papers(expected - 1))
    // the trash opens afresh, without the search
    await sidebar().getByRole('button', { name: /^Trash/ }).click()
    await expect.poll(() => searchBox().inputValue()).toBe('')
    await summaryIs(`Trash: ${papers(library.papers.length - live.length + 1)}`)
  })

  it('edits a field of a paper among 2,000 and undoes the edit', async () => {
    await sidebar().getByRole('button', { name: /^All papers/ }).click()
    const paper = live.find((candidate) => candidate.studyType === 'cohort' && (candidate.csl.title ?? '').length > 20)
    if (!paper?.csl.title) throw new Error('the generated library has no cohort study')
    const title = paper.csl.title
    await searchBox().fill(`title:"${title.split(' ').slice(0, 4).join(' ')}"`)
    await rows().getByText(title, { exact: true }).first().click()
    const details = page.getByRole('article', { name: 'Paper details' })
    const field = details.getByLabel('Title')
    await field.fill('Edited among two thousand papers')
    await field.press('Enter')
    await page.getByTestId('undo-bar').getByText('Edited title').waitFor()
    await searchBox().fill('title:"edited among two thousand"')
    await summaryIs(papers(1))
    await details.getByRole('heading', { level: 2 }).click()
    await page.keyboard.press('Control+z')
    await page.getByTestId('undo-bar').getByText('Undone: Edited title').waitFor()
    await expect.poll(() => field.inputValue()).toBe(title)
    await summaryIs(papers(0))
  })

  it.skipIf(!hasPdfCorpus('e2e library reader'))('opens a corpus PDF dropped into it in the reader, highlights a sentence, notes it and exports the annotations', async () => {
    await searchBox().fill('')
    await dropFiles(page, [corpusPdf('metadata/hindawi-PMC4745305.pdf')])
    await page.getByRole('list', { name: 'Import results' }).waitFor({ timeout: 60_000 })
    await page.getByRole('button', { name: 'Close', exact: true }).click()
    await searchBox().fill('has:pdf topiramate clozapine')
    await summaryIs(papers(1))
    await rows().first().dblclick()
    const reader = page.getByRole('region', { name: 'PDF reader' })
    const second = reader.locator('[data-page-number="2"][data-rendered="true"]')
    await reader.getByLabel('Page number').fill('2')
    await reader.getByLabel('Page number').press('Enter')
    await second.waitFor({ timeout: 30_000 })
    const from = await second.locator('.textLayer span', { hasText: 'The patient was not experiencing' }).first().boundingBox()
    const to = await second.locator('.textLayer span', { hasText: 'symptoms at that time.' }).first().boundingBox()
    if (!from || !to) throw new Error('the sentence is not in the text layer')
    await page.mouse.move(from.x + 1, from.y + from.height / 2)
    await page.mouse.down()
    await page.mouse.move(to.x + to.width - 1, to.y + to.height / 2, { steps: 5 })
    await page.mouse.up()
    await reader.getByRole('button', { name: 'Highlight' }).click()
    await second.getByTestId('reader-highlight').first().waitFor()
    await reader.getByRole('button', { name: 'Note', exact: true }).click()
    await reader.getByLabel('Note', { exact: true }).fill('Neutropenia on topiramate plus clozapine.')
    await reader.getByRole('button', { name: 'Save note' }).click()
    const listed = page.getByRole('article', { name: 'Paper details' }).getByRole('list', { name: 'Annotations' }).getByRole('listitem')
    await expect.poll(() => listed.count()).toBe(1)
    await expect.poll(() => listed.first().innerText()).toContain('Neutropenia on topiramate plus clozapine.')
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'e2e', 'library-reader.png') })
    const download = page.waitForEvent('download')
    await page.getByRole('article', { name: 'Paper details' }).getByRole('button', { name: 'Export Markdown' }).click()
    const markdown = await readFile(await (await download).path(), 'utf8')
    expect(markdown).toContain('> The patient was not experiencing any significant psychotic symptoms at that time.')
    expect(markdown).toContain('Neutropenia on topiramate plus clozapine.')
  })
})

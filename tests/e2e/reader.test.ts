import { createHash } from 'node:crypto'
import { readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startBrowserHost, type BrowserHost } from '../../electron/browser-host/server'
import { launchChromium } from '../support/chromium'
import { dropFiles } from '../support/userInput'
import { ARTIFACTS_DIR, builtRendererDir, makeTempDir } from '../support/paths'
import { corpusPdf, hasPdfCorpus } from '../electron/pdf/corpus'

// These run in the page, where the DOM exists (this project's types are Node's).
declare const document: { addEventListener(type: string, listener: (event: { violatedDirective: string; sourceFile: string; lineNumber: number; columnNumber: number }) => void): void }
declare const window: { cspViolations?: string[] }

const corpus = hasPdfCorpus('e2e reader')
const TITLE = 'Concomitant Use of Topiramate Inducing Neutropenia in a Schizophrenic Male Stabilized on Clozapine'
const SENTENCE = 'The patient was not experiencing any significant psychotic symptoms at that time.'
let host: BrowserHost
let browser: Browser
let page: Page
const dialogs: string[] = []

/** Drops one corpus PDF on the window and answers the title it was added under. */
async function importPdf(file: string): Promise<string> {
  await dropFiles(page, [corpusPdf(file)])
  const results = page.getByRole('list', { name: 'Import results' })
  await results.waitFor({ timeout: 60_000 })
  const line = await results.getByRole('listitem').first().innerText()
  await page.getByRole('button', { name: 'Close', exact: true }).click()
  const title = /Added: (.+?)(?: \(no text layer|$)/m.exec(line)?.[1]
  if (!title) throw new Error(`${file} was not added: ${line}`)
  return title.trim()
}

const reader = () => page.getByRole('region', { name: 'PDF reader' })
const details = () => page.getByRole('article', { name: 'Paper details' })
const readerPage = (number: number) => reader().locator(`[data-page-number="${number}"]`)

async function waitForRendered(number: number): Promise<Locator> {
  const element = reader().locator(`[data-page-number="${number}"][data-rendered="true"]`)
  await element.waitFor({ timeout: 30_000 })
  return element
}

/** Drags the mouse over text of the page as a person selects it: from the first span's start to the last's end. */
async function selectText(pageElement: Locator, first: string, last: string): Promise<void> {
  const from = await pageElement.locator('.textLayer span', { hasText: first }).first().boundingBox()
  const to = await pageElement.locator('.textLayer span', { hasText: last }).first().boundingBox()
  if (!from || !to) throw new Error('the sentence is not in the text layer')
  await page.mouse.move(from.x + 1, from.y + from.height / 2)
  await page.mouse.down()
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 5 })
  await page.mouse.move(to.x + to.width - 1, to.y + to.height / 2, { steps: 3 })
  await page.mouse.up()
}

beforeAll(async () => {
  if (!corpus) return
  host = await startBrowserHost({ rendererDir: builtRendererDir(), userDataDir: await makeTempDir('e2e-reader'), appVersion: '0.1.0', checkOutput: true })
  browser = await launchChromium()
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  await page.addInitScript(() => {
    window.cspViolations = []
    document.addEventListener('securitypolicyviolation', (event) => window.cspViolations?.push(`${event.violatedDirective} at ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`))
  })
  await page.goto(host.url)
  await page.getByTestId('empty-state').waitFor()
})

afterAll(async () => {
  await browser?.close()
  await host?.close()
})

describe.skipIf(!corpus)('the PDF reader in Chromium', () => {
  it('opens a paper by double-click, pages, zooms and finds a word', async () => {
    await importPdf('metadata/hindawi-PMC4745305.pdf')
    await page.getByText(TITLE).first().dblclick()
    await waitForRendered(1)
    expect(await reader().getByTestId('page-count').textContent()).toBe('/ 3')
    expect(await readerPage(1).locator('.textLayer span', { hasText: 'Case Report' }).count()).toBeGreaterThan(0)

    await reader().getByLabel('Page number').fill('2')
    await reader().getByLabel('Page number').press('Enter')
    await waitForRendered(2)
    await expect.poll(() => reader().getByLabel('Page number').inputValue()).toBe('2')

    const before = (await readerPage(2).boundingBox())?.width ?? 0
    const zoomBefore = await reader().getByTestId('zoom-level').textContent()
    await reader().getByRole('button', { name: 'Zoom in' }).click()
    await expect.poll(async () => (await readerPage(2).boundingBox())?.width ?? 0).toBeGreaterThan(before * 1.05)
    expect(await reader().getByTestId('zoom-level').textContent()).not.toBe(zoomBefore)
    await expect.poll(() => reader().getByLabel('Page number').inputValue()).toBe('2')
    await reader().getByRole('button', { name: 'Fit width' }).click()

    await page.keyboard.press('Control+f')
    await reader().getByLabel('Find in document').fill('olanzapine')
    await expect.poll(() => reader().getByTestId('find-status').textContent()).toMatch(/^1 of [2-9]/)
    await reader().getByLabel('Find in document').press('Enter')
    await expect.poll(() => reader().getByTestId('find-status').textContent()).toMatch(/^2 of /)
    await reader().locator('.reader-match.is-current').waitFor()
    expect(await reader().locator('.reader-match').count()).toBeGreaterThan(1)
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'e2e', 'reader-find.png') })
    await reader().getByLabel('Find in document').press('Escape')
    expect(await reader().locator('.reader-match').count()).toBe(0)
  })

  it('highlights a sentence, adds notes, lists them in the details pane and exports them as Markdown', async () => {
    const second = await waitForRendered(2)
    await selectText(second, 'The patient was not experiencing', 'symptoms at that time.')
    await reader().getByRole('button', { name: 'Highlight' }).click()
    await second.getByTestId('reader-highlight').first().waitFor()
    expect(await second.getByTestId('reader-highlight').count()).toBe(2)

    await reader().getByRole('button', { name: 'Note', exact: true }).click()
    await reader().getByLabel('Note', { exact: true }).fill('Psychosis stayed in remission off **clozapine**.')
    await reader().getByRole('button', { name: 'Save note' }).click()

    // a note of its own, placed on the page a few lines above the highlight: deselect, then Note and click there
    const highlight = await second.getByTestId('reader-highlight').first().boundingBox()
    if (!highlight) throw new Error('the highlight is not drawn')
    const spot = { x: highlight.x + highlight.width / 2, y: highlight.y - 4 * highlight.height }
    await page.mouse.click(spot.x, spot.y)
    await reader().getByRole('button', { name: 'Note', exact: true }).click()
    await page.mouse.click(spot.x, spot.y)
    await reader().getByLabel('Note', { exact: true }).fill('Check the ANC values in Figure 1.')
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'e2e', 'reader-note.png') })
    await reader().getByRole('button', { name: 'Save note' }).click()
    await expect.poll(() => second.getByTestId('reader-note-marker').count()).toBe(2)

    // a note placed and then abandoned (Esc in its text) leaves nothing behind
    await page.mouse.click(spot.x + 40, spot.y)
    await reader().getByRole('button', { name: 'Note', exact: true }).click()
    await page.mouse.click(spot.x + 40, spot.y)
    await reader().getByLabel('Note', { exact: true }).press('Escape')
    await expect.poll(() => second.getByTestId('reader-note-marker').count()).toBe(2)
    expect(await reader().count()).toBe(1)

    const listed = details().getByRole('list', { name: 'Annotations' }).getByRole('listitem')
    await expect.poll(() => listed.count()).toBe(2)
    const lines = await listed.allInnerTexts()
    expect(lines.join('\n')).toContain(SENTENCE)
    expect(lines.join('\n')).toContain('Psychosis stayed in remission off **clozapine**.')
    expect(lines.join('\n')).toContain('Check the ANC values in Figure 1.')
    expect(lines.every((line) => line.startsWith('p. 2'))).toBe(true)
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'e2e', 'reader.png') })

    const download = page.waitForEvent('download')
    await details().getByRole('button', { name: 'Export Markdown' }).click()
    const file = await download
    expect(file.suggestedFilename()).toMatch(/-annotations\.md$/)
    const markdown = await readFile(await file.path(), 'utf8')
    expect(markdown).toContain(`# ${TITLE}`)
    expect(markdown).toContain('## Page 2')
    expect(markdown).toContain(`> ${SENTENCE}`)
    expect(markdown).toContain('Psychosis stayed in remission off **clozapine**.')
    expect(markdown).toContain('Check the ANC values in Figure 1.')
    expect(markdown.indexOf('Check the ANC values')).toBeLessThan(markdown.indexOf(SENTENCE))
  })

  it('keeps annotations after a reload, and opens the reader at an annotation’s page from the details pane', async () => {
    await page.reload()
    await page.getByText(TITLE).first().click()
    const listed = details().getByRole('list', { name: 'Annotations' }).getByRole('listitem')
    await expect.poll(() => listed.count()).toBe(2)
    expect(await reader().count()).toBe(0)
    await listed.filter({ hasText: SENTENCE }).getByRole('button', { name: /p\. 2/ }).click()
    await waitForRendered(2)
    await expect.poll(() => reader().getByLabel('Page number').inputValue()).toBe('2')
    expect(await readerPage(2).getByTestId('reader-highlight').count()).toBe(2)
    await page.keyboard.press('Escape')
    expect(await reader().count()).toBe(0)
  })

  it('opens a PDF with a JavaScript open action without running it and without breaking the CSP', async () => {
    const title = await importPdf('hostile/pdfjs-issue15590.pdf')
    await page.getByText(title, { exact: true }).first().click()
    await details().getByRole('button', { name: /Open in reader/ }).click()
    await waitForRendered(1)
    expect(await reader().getByTestId('page-count').textContent()).toBe('/ 1')
    expect(dialogs).toEqual([])
    // Nothing on the page may even try what the CSP forbids: not pdf.js, not the app's own bundle
    expect((await page.evaluate(() => window.cspViolations)) ?? []).toEqual([])
    await reader().getByRole('button', { name: 'Close reader' }).click()
  })

  it('keeps a 352-page book light: only the pages near the view have a canvas', async () => {
    const title = await importPdf('hostile/pdfjs-freeculture.pdf')
    await page.getByText(title, { exact: true }).first().click()
    await details().getByRole('button', { name: /Open in reader/ }).click()
    await waitForRendered(1)
    expect(await reader().getByTestId('page-count').textContent()).toBe('/ 352')
    expect(await reader().locator('[data-page-number]').count()).toBe(352)
    expect(await reader().locator('canvas').count()).toBeLessThanOrEqual(4)
    await reader().getByLabel('Page number').fill('300')
    await reader().getByLabel('Page number').press('Enter')
    await waitForRendered(300)
    await expect.poll(() => reader().getByLabel('Page number').inputValue()).toBe('300')
    await expect.poll(() => reader().locator('canvas').count()).toBeLessThanOrEqual(4)
    expect(await readerPage(1).locator('canvas').count()).toBe(0)
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'e2e', 'reader-long.png') })
    await reader().getByRole('button', { name: 'Close reader' }).click()
  })

  it('says what to do, in words, when the PDF has gone from the library folder', async () => {
    const hash = createHash('sha256').update(await readFile(corpusPdf('metadata/hindawi-PMC4745305.pdf'))).digest('hex')
    const library = (await host.services.libraryLocation.get()).path
    await rm(join(library, 'files', hash.slice(0, 2), `${hash}.pdf`))
    await page.getByText(TITLE).first().click()
    await details().getByRole('button', { name: 'Open in reader' }).click()
    const alert = reader().getByRole('alert')
    await alert.waitFor()
    expect(await alert.textContent()).toMatch(/^hindawi-PMC4745305\.pdf: The PDF [0-9a-f]{12}… is missing from the library folder\. Run the integrity check/)
    await reader().getByRole('button', { name: 'Close reader' }).click()
    expect(await details().getByRole('list', { name: 'Annotations' }).getByRole('listitem').count()).toBe(2)
  })
})

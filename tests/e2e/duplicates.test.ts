import { copyFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startBrowserHost, type BrowserHost } from '../../electron/browser-host/server'
import { launchChromium } from '../support/chromium'
import { dropFiles, pasteText } from '../support/userInput'
import { ARTIFACTS_DIR, builtRendererDir, makeTempDir } from '../support/paths'
import { corpusPdf, hasPdfCorpus } from '../electron/pdf/corpus'

const corpus = hasPdfCorpus('e2e duplicates')
const BIB = '@article{sharma2016topiramate, author={Sharma, Pravesh and Davis, Jeffrey and Rachamallu, Vivekananda and Aligeti, Manish}, title={Concomitant Use of Topiramate Inducing Neutropenia in a Schizophrenic Male Stabilized on Clozapine}, journal={Case Reports in Psychiatry}, year={2016}, volume={2016}, doi={10.1155/2016/6086839}}'

const SENTENCE = 'The patient was not experiencing any significant psychotic symptoms at that time.'

let host: BrowserHost
let browser: Browser
let page: Page

beforeAll(async () => {
  if (!corpus) return
  host = await startBrowserHost({ rendererDir: builtRendererDir(), userDataDir: await makeTempDir('e2e-dup'), appVersion: '0.1.0', checkOutput: true })
  browser = await launchChromium()
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } })
  await page.goto(host.url)
  await page.getByTestId('empty-state').waitFor()
})

const reader = () => page.getByRole('region', { name: 'PDF reader' })
const details = () => page.getByRole('article', { name: 'Paper details' })

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

/** Opens the one paper with a PDF in the reader and highlights a sentence on its second page. */
async function highlightInPdfPaper(): Promise<void> {
  const search = page.getByRole('searchbox', { name: 'Search the library' })
  await search.fill('has:pdf')
  const rows = page.getByRole('grid', { name: 'Papers' }).getByTestId('paper-row')
  await expect.poll(() => rows.count()).toBe(1)
  await rows.first().dblclick()
  const second = reader().locator('[data-page-number="2"][data-rendered="true"]')
  await reader().getByLabel('Page number').fill('2')
  await reader().getByLabel('Page number').press('Enter')
  await second.waitFor({ timeout: 30_000 })
  await selectText(second, 'The patient was not experiencing', 'symptoms at that time.')
  await reader().getByRole('button', { name: 'Highlight' }).click()
  await second.getByTestId('reader-highlight').first().waitFor()
  await reader().getByRole('button', { name: 'Close reader' }).click()
  await search.fill('')
}

afterAll(async () => {
  await browser?.close()
  await host?.close()
})

describe.skipIf(!corpus)('duplicates in Chromium', () => {
  it('shows the paper imported from a .bib and from its PDF as duplicates, and merges them into one with the PDF, its highlight and the .bib key', async () => {
    await pasteText(page, BIB)
    await page.getByRole('button', { name: 'Import 1 new paper' }).click()
    await page.getByRole('button', { name: 'Done' }).click()

    const pdf = join(await makeTempDir('e2e-dup-pdf'), 'sharma-2016.pdf')
    await copyFile(corpusPdf('metadata/hindawi-PMC4745305.pdf'), pdf)
    await dropFiles(page, [pdf])
    await page.getByTestId('import-summary').getByText('1 added').waitFor({ timeout: 60_000 })
    await page.getByRole('button', { name: 'Close' }).click()
    // a highlight made on the PDF's paper, which the merge takes away
    await highlightInPdfPaper()

    await page.getByRole('button', { name: 'Duplicates' }).click()
    const set = page.getByRole('table', { name: /^Duplicate set: Concomitant Use of Topiramate/ })
    await set.waitFor()
    expect(await set.locator('caption').textContent()).toBe('same DOI')
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'e2e', 'duplicates.png') })
    await set.getByRole('button', { name: 'Merge into sharma2016topiramate' }).click()
    await page.getByText('No duplicates found.').waitFor()

    await page.getByRole('button', { name: /All papers/ }).click()
    const rows = page.getByRole('grid', { name: 'Papers' }).getByTestId('paper-row')
    await expect.poll(() => rows.count()).toBe(1)
    await rows.first().click()
    expect(await page.getByTestId('citation-key').textContent()).toBe('sharma2016topiramate')
    expect(await page.getByTestId('attachments').textContent()).toContain('sharma-2016.pdf')
    const listed = details().getByRole('list', { name: 'Annotations' }).getByRole('listitem')
    await expect.poll(() => listed.count()).toBe(1)
    expect(await listed.first().innerText()).toContain(SENTENCE)
  })
})

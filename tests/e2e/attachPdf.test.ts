import { copyFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startBrowserHost, type BrowserHost } from '../../electron/browser-host/server'
import { launchChromium } from '../support/chromium'
import { dataTransferOf, pasteText } from '../support/userInput'
import { ARTIFACTS_DIR, builtRendererDir, makeTempDir } from '../support/paths'
import { corpusPdf, hasPdfCorpus } from '../electron/pdf/corpus'

const corpus = hasPdfCorpus('e2e attach PDF')
const SHARMA = '@article{sharma2016topiramate, author={Sharma, Pravesh and Davis, Jeffrey}, title={Concomitant Use of Topiramate Inducing Neutropenia in a Schizophrenic Male Stabilized on Clozapine}, journal={Case Reports in Psychiatry}, year={2016}, doi={10.1155/2016/6086839}}'
const ARAFAT = '@article{arafat2016psychometric, author={Arafat, S. M. Yasir}, title={Psychometric Validation of the Bangla Version of the Patient-Doctor Relationship Questionnaire}, journal={Psychiatry Journal}, year={2016}, doi={10.1155/2016/9385364}}'

let host: BrowserHost
let browser: Browser
let page: Page
let sharmaPdf: string
let arafatPdf: string

beforeAll(async () => {
  if (!corpus) return
  const folder = await makeTempDir('e2e-attach-pdf')
  sharmaPdf = join(folder, 'sharma-2016.pdf')
  arafatPdf = join(folder, 'arafat-2016.pdf')
  await copyFile(corpusPdf('metadata/hindawi-PMC4745305.pdf'), sharmaPdf)
  await copyFile(corpusPdf('metadata/hindawi-PMC4745318.pdf'), arafatPdf)
  host = await startBrowserHost({ rendererDir: builtRendererDir(), userDataDir: await makeTempDir('e2e-attach'), appVersion: '0.1.0', checkOutput: true })
  browser = await launchChromium()
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } })
  await page.goto(host.url)
  await page.getByTestId('empty-state').waitFor()
})

afterAll(async () => {
  await browser?.close()
  await host?.close()
})

const rows = () => page.getByRole('grid', { name: 'Papers' }).getByTestId('paper-row')
const details = () => page.getByRole('article', { name: 'Paper details' })

/** Drops files on an element as a drag from the desktop does: dragover, then drop, with a real DataTransfer. */
async function dropOn(target: Locator, paths: readonly string[]): Promise<void> {
  const transfer = await dataTransferOf(page, paths)
  await target.dispatchEvent('dragover', { dataTransfer: transfer })
  await target.dispatchEvent('drop', { dataTransfer: transfer })
}

async function importBib(bib: string): Promise<void> {
  await pasteText(page, bib)
  await page.getByRole('button', { name: 'Import 1 new paper' }).click()
  await page.getByRole('button', { name: 'Done' }).click()
}

describe.skipIf(!corpus)('attaching a PDF to a paper in Chromium', () => {
  it('a PDF dropped on a paper\'s row is attached to it (no new paper) with its full text; again, it is not attached twice', async () => {
    await importBib(SHARMA)
    await importBib(ARAFAT)
    await expect.poll(() => rows().count()).toBe(2)

    await dropOn(rows().filter({ hasText: 'Concomitant Use of Topiramate' }), [sharmaPdf])
    await page.getByRole('status').getByText('Attached sharma-2016.pdf.').waitFor({ timeout: 60_000 })
    expect(await rows().count()).toBe(2)
    await details().getByRole('heading', { level: 2, name: /^Concomitant Use of Topiramate/ }).waitFor()
    await page.getByTestId('attachments').getByText('sharma-2016.pdf').waitFor()

    // its text is read as after an import: a sentence of page 2 finds the paper
    const search = page.getByRole('searchbox', { name: 'Search the library' })
    await search.fill('"not experiencing any significant psychotic symptoms"')
    await expect.poll(() => rows().count(), { timeout: 30_000 }).toBe(1)
    await search.fill('')
    await expect.poll(() => rows().count()).toBe(2)

    await dropOn(details(), [sharmaPdf])
    await details().getByTestId('attach-notice').getByText('sharma-2016.pdf is already attached to this paper.').waitFor()
  })

  it('a PDF whose DOI is another paper\'s is attached with a warning in words, and Detach takes it off', async () => {
    await rows().filter({ hasText: 'Psychometric Validation' }).click()
    await details().getByRole('heading', { level: 2, name: /^Psychometric Validation/ }).waitFor()
    await dropOn(details(), [sharmaPdf])
    // the same file belongs to Sharma 2016 already
    await details().getByTestId('attach-notice').getByText(/sharma-2016\.pdf was not attached: it is already the PDF of “Concomitant Use of Topiramate/).waitFor({ timeout: 30_000 })

    await rows().filter({ hasText: 'Concomitant Use of Topiramate' }).click()
    await dropOn(details(), [arafatPdf])
    const notice = details().getByTestId('attach-notice')
    await notice.getByText(/^Attached arafat-2016\.pdf, but check that it is this paper's PDF: The PDF's DOI is 10\.1155\/2016\/9385364, the record's 10\.1155\/2016\/6086839\./).waitFor({ timeout: 60_000 })
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'e2e', 'attach-pdf-mismatch.png') })
    await expect.poll(() => page.getByTestId('attachments').getByRole('listitem').count()).toBe(2)
    await notice.getByRole('button', { name: 'Detach' }).click()
    await notice.getByText('Detached arafat-2016.pdf.').waitFor()
    await expect.poll(() => page.getByTestId('attachments').getByRole('listitem').count()).toBe(1)
    expect(await page.getByTestId('attachments').textContent()).toContain('sharma-2016.pdf')
  })
})

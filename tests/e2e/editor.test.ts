import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startBrowserHost, type BrowserHost } from '../../electron/browser-host/server'
import { launchChromium } from '../support/chromium'
import { dropFiles, pasteText } from '../support/userInput'
import { ARTIFACTS_DIR, builtRendererDir, makeTempDir } from '../support/paths'
import { articlePage, makePdf } from '../electron/pdf/makePdf'

const BIB = `@article{maes2008gut, author={Maes, Michael and Kubera, Marta}, title={The gut-brain barrier in major depression}, journal={Neuro Endocrinology Letters}, year={2008}}
@article{kelly2016transferring, author={Kelly, John R. and Borre, Yuliya}, title={Transferring the blues: depression-associated gut microbiota induces neurobehavioural changes in the rat}, journal={Journal of Psychiatric Research}, year={2016}, doi={10.1016/j.jpsychires.2016.07.019}}`

let host: BrowserHost
let browser: Browser
let page: Page

beforeAll(async () => {
  host = await startBrowserHost({ rendererDir: builtRendererDir(), userDataDir: await makeTempDir('e2e-editor'), appVersion: '0.1.0', checkOutput: true })
  browser = await launchChromium()
  page = await (await browser.newContext({ viewport: { width: 1400, height: 1000 } })).newPage()
  await page.goto(host.url)
  await page.getByTestId('empty-state').waitFor()
  await pasteText(page, BIB)
  await page.getByRole('button', { name: 'Import 2 new papers' }).click()
  await page.getByRole('button', { name: 'Done' }).click()
})

afterAll(async () => {
  await browser?.close()
  await host?.close()
})

const papers = () => page.getByRole('grid', { name: 'Papers' })
const details = () => page.getByRole('article', { name: 'Paper details' })

describe('the details editor in Chromium', () => {
  it('edits a title, refuses a bad DOI, and undoes the title edit', async () => {
    await papers().getByText('The gut-brain barrier in major depression').click()
    const title = details().getByLabel('Title')
    await title.fill('Leaky gut in major depression')
    await title.press('Enter')
    await papers().getByText('Leaky gut in major depression').waitFor()
    await page.getByTestId('undo-bar').getByText('Edited title').waitFor()

    const doi = details().getByLabel('DOI')
    await doi.fill('10.1016/j.bbi 2019')
    await doi.press('Enter')
    expect(await details().getByRole('alert').textContent()).toBe('A DOI has no spaces. Copy it again, as 10.xxxx/…')
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'e2e', 'editor-invalid-doi.png') })
    await doi.press('Escape')
    expect(await doi.inputValue()).toBe('')

    // Ctrl+Z outside text fields undoes the title edit
    await details().getByRole('heading', { level: 2 }).click()
    await page.keyboard.press('Control+z')
    await papers().getByText('The gut-brain barrier in major depression').waitFor()
    await expect.poll(() => title.inputValue()).toBe('The gut-brain barrier in major depression')
    await page.getByTestId('undo-bar').getByText('Undone: Edited title').waitFor()
  })

  it('edits authors and tags, and writes a Markdown note', async () => {
    const authors = details().getByRole('region', { name: 'Authors' })
    await authors.getByLabel('Add an author').fill('Leunis, Jean-Claude')
    await authors.getByLabel('Add an author').press('Enter')
    await authors.getByRole('button', { name: 'Move Leunis up' }).click()
    await expect.poll(() => authors.getByLabel('Family name 2').inputValue()).toBe('Leunis')
    // the focus stays on the moved author: Enter moves it again
    await page.keyboard.press('Enter')
    await expect.poll(() => authors.getByLabel('Family name 1').inputValue()).toBe('Leunis')
    await papers().getByText(/^Leunis/).first().waitFor()

    const tags = details().getByRole('region', { name: 'Tags' })
    await tags.getByLabel('Add a tag').fill('microglia, leaky gut')
    await tags.getByLabel('Add a tag').press('Enter')
    await tags.getByRole('button', { name: 'Remove tag leaky gut' }).waitFor()
    await tags.getByRole('button', { name: 'Remove tag microglia' }).click()
    await expect.poll(() => tags.locator('.tag-chip').allTextContents()).toEqual(['leaky gut×'])
    await page.getByTestId('undo-bar').getByRole('button', { name: 'Undo' }).click()
    await expect.poll(() => tags.locator('.tag-chip').allTextContents()).toEqual(['microglia×', 'leaky gut×'])

    const notes = details().getByRole('region', { name: 'Notes' })
    await notes.getByRole('button', { name: 'Add note' }).click()
    await notes.getByLabel('Note (Markdown)').fill('**Zonulin** raised in MDD\n\n- IgA/IgM against LPS\n- see [PubMed](https://pubmed.ncbi.nlm.nih.gov/18283240/)')
    await notes.getByLabel('Note (Markdown)').press('Control+Enter')
    await notes.locator('strong', { hasText: 'Zonulin' }).waitFor()
    expect(await notes.getByRole('link', { name: 'PubMed' }).getAttribute('href')).toBe('https://pubmed.ncbi.nlm.nih.gov/18283240/')
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'e2e', 'editor.png') })
  })

  it('names a PDF from the record and saves a copy under that name; Open says what the browser cannot do', async () => {
    const folder = await makeTempDir('e2e-editor-pdf')
    const pdf = join(folder, 'scan0001.pdf')
    await writeFile(pdf, makePdf({ pages: [articlePage()] }))
    await dropFiles(page, [pdf])
    await page.getByTestId('import-summary').getByText('1 added').waitFor({ timeout: 60_000 })
    await page.getByRole('button', { name: 'Close' }).click()
    await papers().getByText(/^Microglial priming/).click()
    const attachments = details().getByTestId('attachments')
    await attachments.getByText('scan0001.pdf').waitFor()
    await attachments.getByRole('button', { name: 'Name from record' }).click()
    await expect.poll(() => attachments.locator('.attachment__name').textContent()).not.toBe('scan0001.pdf')
    const named = await attachments.locator('.attachment__name').textContent()
    expect(named).toMatch(/^Berg_\w+_Microglial-priming-links-gut-dysbiosis-to-depressive-behaviour-in-mice\.pdf$/)

    const target = join(folder, named ?? 'x.pdf')
    host.dialog.answerSaveFile(target)
    await attachments.getByRole('button', { name: 'Save a copy…' }).click()
    await attachments.getByText(`Saved a copy as ${target}.`).waitFor()
    expect(await readFile(target)).toEqual(await readFile(pdf))

    await attachments.getByRole('button', { name: 'Open' }).click()
    await attachments.getByRole('alert').getByText(/cannot open files on your computer/).waitFor()
  })
})

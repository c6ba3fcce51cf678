import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startBrowserHost, type BrowserHost } from '../../electron/browser-host/server'
import { launchChromium } from '../support/chromium'
import { dropFiles, pasteText } from '../support/userInput'
import { ARTIFACTS_DIR, builtRendererDir, makeTempDir } from '../support/paths'
import { CORPUS, hasPdfCorpus } from '../electron/pdf/corpus'

declare const navigator: { clipboard: { readText(): Promise<string> } }

const corpus = hasPdfCorpus('e2e bibliography')
let host: BrowserHost
let browser: Browser
let context: BrowserContext
let page: Page

beforeAll(async () => {
  if (!corpus) return
  host = await startBrowserHost({ rendererDir: builtRendererDir(), userDataDir: await makeTempDir('e2e-bib'), appVersion: '0.1.0', checkOutput: true })
  browser = await launchChromium()
  context = await browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true })
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(host.url).origin })
  page = await context.newPage()
  await page.goto(host.url)
  await page.getByTestId('empty-state').waitFor()
})

afterAll(async () => {
  await browser?.close()
  await host?.close()
})

describe.skipIf(!corpus)('bibliographies in Chromium', () => {
  it('imports a .bib after a preview that reports new entries and failures by line', async () => {
    await dropFiles(page, [join(CORPUS, 'bibtex/biblatex/biblatex-examples.bib')])
    const summary = page.getByTestId('bibliography-summary')
    await summary.waitFor()
    const [, read, fresh, , failed] = /(\d+) entries read · (\d+) new · (\d+) already in library · (\d+) failed/.exec((await summary.textContent()) ?? '') ?? []
    expect(Number(fresh)).toBeGreaterThan(80)
    expect(Number(read)).toBe(Number(fresh) + Number(failed))
    expect(await page.locator('.import-result--failed').first().textContent()).toMatch(/^Line \d+: /)
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'e2e', 'bibliography-preview.png') })
    await page.getByRole('button', { name: `Import ${fresh} new papers` }).click()
    await page.getByText(`${fresh} papers added to the library.`).waitFor()
    await page.getByRole('button', { name: 'Done' }).click()
    // the list is virtualised: it says how many papers it holds and renders those on screen
    await expect.poll(() => page.getByTestId('list-summary').textContent()).toBe(`${fresh} papers`)
    await expect.poll(() => page.getByRole('grid', { name: 'Papers' }).getAttribute('aria-rowcount')).toBe(String(Number(fresh) + 1))
  })

  it('imports a PubMed .nbib, and knows it the second time', async () => {
    const nbib = join(CORPUS, 'pubmed/jabref/NbibImporterTest.nbib')
    await dropFiles(page, [nbib])
    await page.getByRole('button', { name: 'Import 1 new paper' }).click()
    await page.getByRole('button', { name: 'Done' }).click()
    await dropFiles(page, [nbib])
    expect(await page.getByTestId('bibliography-summary').textContent()).toContain('0 new · 1 already in library')
    expect(await page.getByRole('button', { name: 'Nothing new to import' }).isDisabled()).toBe(true)
    await page.getByRole('button', { name: 'Cancel' }).click()
  })

  it('copies three selected papers as a Vancouver bibliography and exports them as BibTeX', async () => {
    const rows = page.getByRole('grid', { name: 'Papers' }).getByTestId('paper-row')
    await rows.nth(0).click()
    await rows.nth(1).click({ modifiers: ['Control'] })
    await rows.nth(2).click({ modifiers: ['Control'] })
    expect(await page.locator('[data-testid="paper-row"][aria-selected="true"]').count()).toBe(3)
    await page.keyboard.press('Control+Shift+C')
    await page.getByRole('status').getByText('Copied 3 references in Vancouver.').waitFor()
    const copied = await page.evaluate(() => navigator.clipboard.readText())
    expect(copied.trim().split('\n').filter((line) => /^\d+\./.test(line))).toHaveLength(3)

    await page.getByRole('button', { name: 'Export…' }).click()
    await page.getByLabel('Export format').selectOption('bibtex')
    const download = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Save file…' }).click()
    const bib = await readFile(await (await download).path(), 'utf8')
    const keys = [...bib.matchAll(/^@\w+\{([^,]+),/gm)].map((match) => match[1])
    expect(keys).toHaveLength(3)
    expect(bib).not.toMatch(/=\s*\{\s*\},/)
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'e2e', 'bibliography-export.png') })
  })

  it('keeps a bound .bib file in step with the library (auto-export)', async () => {
    const target = join(await makeTempDir('e2e-autoexport'), 'thesis.bib')
    host.dialog.answerSaveFile(target)
    await page.keyboard.press('Escape')
    await page.getByRole('button', { name: 'Settings' }).click()
    await page.getByRole('button', { name: 'Keep a file in step…' }).click()
    await page.getByTestId('auto-export').getByText(target).waitFor()
    const entries = async () => (await readFile(target, 'utf8').catch(() => '')).match(/^@\w+\{/gm)?.length ?? 0
    const before = Number(await page.getByRole('button', { name: /All papers/ }).locator('.count').textContent())
    await expect.poll(entries, { timeout: 15_000 }).toBe(before)
    await page.getByRole('button', { name: 'Close' }).click()

    await pasteText(page, '@article{maes2008gut, author={Maes, Michael and Kubera, Marta and Leunis, Jean-Claude}, title={The gut-brain barrier in major depression}, journal={Neuro Endocrinology Letters}, year={2008}, volume={29}, pages={117--124}}')
    await page.getByRole('button', { name: 'Import 1 new paper' }).click()
    await page.getByRole('button', { name: 'Done' }).click()
    await expect.poll(entries, { timeout: 15_000 }).toBe(before + 1)
    expect(await readFile(target, 'utf8')).toContain('@article{maes2008gut,')
  })

  it("formats with the user's own .csl file, and names a broken one", async () => {
    const broken = join(await makeTempDir('e2e-csl'), 'my-journal.csl')
    await writeFile(broken, '<style><info><title>Half a style')
    await page.getByRole('button', { name: 'Export…' }).click()
    await page.getByLabel('Export format').selectOption('custom')
    await page.getByLabel('CSL style file').setInputFiles(broken)
    await page.getByTestId('export-status').getByText(/^my-journal\.csl: .*not well-formed/).waitFor()
    await page.getByLabel('CSL style file').setInputFiles(join(CORPUS, 'csl/styles/nature.csl'))
    await page.getByTestId('export-status').getByText('Using nature.csl.').waitFor()
    await page.getByRole('button', { name: 'Copy', exact: true }).click()
    await page.getByTestId('export-status').getByText(/^Copied \d+ references? to the clipboard\.$/).waitFor()
    expect((await page.evaluate(() => navigator.clipboard.readText())).length).toBeGreaterThan(20)
  })

  it("formats references in the language picked, or in the style's own", async () => {
    await page.keyboard.press('Escape')
    await pasteText(page, '@article{dantzer2008locale, author={Dantzer, Robert and Kelley, Keith and Capuron, Lucile}, title={From inflammation to sickness and depression}, journal={Nature Reviews Neuroscience}, year={2008}, volume={9}, pages={46--56}}')
    await page.getByRole('button', { name: 'Import 1 new paper' }).click()
    await page.getByRole('button', { name: 'Done' }).click()
    await page.getByRole('button', { name: 'Export…' }).click()
    await page.getByLabel('Cited in a document').check()
    await page.getByLabel('Cited keys').fill('dantzer2008locale')
    await page.getByLabel('Export format').selectOption('mla')
    const copied = async (language: string) => {
      await page.getByLabel('Reference language').selectOption({ label: language })
      await page.getByRole('button', { name: 'Copy', exact: true }).click()
      await page.getByTestId('export-status').getByText('Copied 1 reference to the clipboard.').waitFor()
      return page.evaluate(() => navigator.clipboard.readText())
    }
    // German terms and quotes (the full stop outside them), and no English title case
    expect(await copied('Deutsch')).toMatch(/^Dantzer, Robert, u\.\sa\. „From inflammation to sickness and depression“\. Nature Reviews Neuroscience, Bd\.\s9, 2008, S\.\s46–56\./)
    expect(await copied('Style’s default')).toMatch(/^Dantzer, Robert, et al\. “From Inflammation to Sickness and Depression\.” Nature Reviews Neuroscience, vol\. 9, 2008, pp\. 46–56\./)
  })
})

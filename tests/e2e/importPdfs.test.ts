import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startBrowserHost, type BrowserHost } from '../../electron/browser-host/server'
import { launchChromium } from '../support/chromium'
import { dropFiles } from '../support/userInput'
import { ARTIFACTS_DIR, builtRendererDir, makeTempDir } from '../support/paths'
import { corpusPdf, hasPdfCorpus } from '../electron/pdf/corpus'


const corpus = hasPdfCorpus('e2e pdf import')
let host: BrowserHost
let browser: Browser
let page: Page

async function resultsAndClose(): Promise<string[]> {
  const list = page.getByRole('list', { name: 'Import results' })
  await list.waitFor({ timeout: 60_000 })
  const lines = await list.getByRole('listitem').allInnerTexts()
  return lines
}

beforeAll(async () => {
  if (!corpus) return
  host = await startBrowserHost({ rendererDir: builtRendererDir(), userDataDir: await makeTempDir('e2e-import'), appVersion: '0.1.0', checkOutput: true })
  browser = await launchChromium()
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
  await page.goto(host.url)
  await page.getByTestId('empty-state').waitFor()
})

afterAll(async () => {
  await browser?.close()
  await host?.close()
})

describe.skipIf(!corpus)('importing PDFs in Chromium', () => {
  it('turns three dropped papers into three correctly titled rows, with progress', async () => {
    await dropFiles(page, ['metadata/hindawi-PMC4745305.pdf', 'metadata/bmc-trials-16-1-1.pdf', 'metadata/hindawi-PMC4686705.pdf'].map(corpusPdf))
    await page.getByRole('region', { name: 'Import progress' }).waitFor()
    const lines = await resultsAndClose()
    expect(lines).toHaveLength(3)
    expect(lines.every((line) => line.includes('Added:'))).toBe(true)
    expect(await page.getByTestId('import-summary').textContent()).toContain('3 added · 0 already in library · 0 failed')
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'e2e', 'import-results.png') })
    await page.getByRole('button', { name: 'Close' }).click()
    const rows = page.getByRole('grid', { name: 'Papers' }).getByTestId('paper-row')
    await expect.poll(() => rows.count()).toBe(3)
    const titles = await rows.locator('.col-title').allInnerTexts()
    expect(titles).toContain('Concomitant Use of Topiramate Inducing Neutropenia in a Schizophrenic Male Stabilized on Clozapine')
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'e2e', 'import-list.png') })
  })

  it('says "already in library" for the same file again, and links to the paper', async () => {
    await dropFiles(page, [corpusPdf('metadata/hindawi-PMC4745305.pdf')])
    const lines = await resultsAndClose()
    expect(lines).toEqual([expect.stringContaining('Already in library: Concomitant Use of Topiramate')])
    await page.getByRole('button', { name: /Concomitant Use of Topiramate/ }).click()
    const details = page.getByRole('article', { name: 'Paper details' })
    expect(await details.getByRole('heading', { level: 2 }).textContent()).toContain('Concomitant Use of Topiramate')
  })

  it('reports a hostile file in words and still imports the rest of the batch', async () => {
    const dir = await makeTempDir('e2e-html')
    const html = join(dir, 'login-page.pdf')
    await writeFile(html, '<!DOCTYPE html><html><head><title>Sign in</title></head><body>Institutional login</body></html>')
    await dropFiles(page, [html, corpusPdf('hostile/pdfjs-pr6531_2.pdf'), corpusPdf('hostile/jabref-scanned-image-only.pdf'), corpusPdf('metadata/hindawi-PMC4710929.pdf')])
    const lines = await resultsAndClose()
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'e2e', 'import-hostile.png') })
    expect(lines[0]).toMatch(/login-page\.pdf[\s\S]*HTML/i)
    expect(lines[1]).toMatch(/pdfjs-pr6531_2\.pdf[\s\S]*password-protected[\s\S]*Save an unprotected copy/i)
    // the app has no password prompt, so its words must not ask for one
    expect(lines[1]).not.toMatch(/\b(give|enter|type)\b[^.]*\bpassword\b/i)
    expect(lines[2]).toMatch(/jabref-scanned-image-only\.pdf[\s\S]*no text layer/i)
    expect(lines[3]).toMatch(/Added:/)
    expect(await page.getByTestId('import-summary').textContent()).toContain('2 added · 0 already in library · 2 failed')
    // the quick library check after start waited for the imports to end: every stored PDF has its paper
    await page.waitForTimeout(5_000)
    expect(await page.getByRole('alert', { name: 'Library check' }).count()).toBe(0)
  })
})

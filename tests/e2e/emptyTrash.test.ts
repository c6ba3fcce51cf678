import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startBrowserHost, type BrowserHost } from '../../electron/browser-host/server'
import { launchChromium } from '../support/chromium'
import { dropFiles } from '../support/userInput'
import { builtRendererDir, makeTempDir } from '../support/paths'
import { corpusPdf, hasPdfCorpus } from '../electron/pdf/corpus'

const corpus = hasPdfCorpus('e2e empty trash')
const TRASHED = corpusPdf('metadata/hindawi-PMC4745305.pdf')
const KEPT = corpusPdf('metadata/bmc-trials-16-1-1.pdf')
let host: BrowserHost
let browser: Browser
let page: Page
let library: string

beforeAll(async () => {
  if (!corpus) return
  const userDataDir = await makeTempDir('e2e-empty-trash')
  library = join(userDataDir, 'Library')
  host = await startBrowserHost({ rendererDir: builtRendererDir(), userDataDir, appVersion: '0.1.0', checkOutput: true })
  browser = await launchChromium()
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  await page.goto(host.url)
  await page.getByTestId('empty-state').waitFor()
})

afterAll(async () => {
  await browser?.close()
  await host?.close()
})

const storeFile = async (source: string) => {
  const hash = createHash('sha256').update(await readFile(source)).digest('hex')
  return { hash, path: join(library, 'files', hash.slice(0, 2), `${hash}.pdf`) }
}

describe.skipIf(!corpus)('emptying the trash in Chromium', () => {
  it("takes the trashed paper's PDF out of the store, and the library check finds no orphan", async () => {
    await dropFiles(page, [TRASHED, KEPT])
    await page.getByRole('list', { name: 'Import results' }).waitFor({ timeout: 60_000 })
    await page.getByRole('button', { name: 'Close', exact: true }).click()
    const trashed = await storeFile(TRASHED)
    const kept = await storeFile(KEPT)
    expect(existsSync(trashed.path)).toBe(true)

    const rows = page.getByRole('grid', { name: 'Papers' }).getByTestId('paper-row')
    await rows.getByText(/Topiramate/).first().click()
    await page.keyboard.press('Delete')
    await expect.poll(() => rows.count()).toBe(1)
    const sidebar = page.getByRole('navigation', { name: 'Library navigation' })
    await sidebar.getByRole('button', { name: /^Trash/ }).click()
    await page.getByRole('button', { name: 'Empty trash…' }).click()
    await page.getByRole('dialog', { name: 'Empty trash' }).getByRole('button', { name: 'Empty trash' }).click()
    await page.getByText("Deleted 1 paper for good; 1 PDF no other paper uses went to the library's trash folder.").waitFor()

    expect(existsSync(trashed.path)).toBe(false)
    expect(existsSync(kept.path)).toBe(true)
    expect(await readdir(join(library, 'trash'))).toEqual([`${trashed.hash}.pdf`])
    await page.getByRole('button', { name: 'Settings' }).click()
    await page.getByRole('button', { name: 'Check library' }).click()
    await expect.poll(() => page.getByTestId('integrity-status').innerText()).toBe('Checked 1 PDF: no problems left.')
  })

  it('moves the PDFs with the library folder, and the library check finds them there', async () => {
    const kept = await storeFile(KEPT)
    const moved = join(library, '..', 'Moved Library')
    host.dialog.answerChooseFolder(moved)
    await page.getByRole('button', { name: 'Change the library folder' }).click()
    await expect.poll(() => page.getByTestId('library-location').innerText()).toBe(moved)
    // the originals go once the setting has switched to the verified copies: a moment later
    await expect.poll(() => existsSync(kept.path)).toBe(false)
    expect(createHash('sha256').update(await readFile(join(moved, 'files', kept.hash.slice(0, 2), `${kept.hash}.pdf`))).digest('hex')).toBe(kept.hash)
    await page.getByRole('button', { name: 'Check library' }).click()
    await expect.poll(() => page.getByTestId('integrity-status').innerText()).toBe('Checked 1 PDF: no problems left.')
  })
})

import { readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { createHash } from 'node:crypto'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startBrowserHost, type BrowserHost } from '../../electron/browser-host/server'
import { launchChromium } from '../support/chromium'
import { dropFiles } from '../support/userInput'
import { ARTIFACTS_DIR, builtRendererDir, makeTempDir } from '../support/paths'
import { corpusPdf, hasPdfCorpus } from '../electron/pdf/corpus'

const corpus = hasPdfCorpus('e2e integrity')
const LOST = corpusPdf('metadata/hindawi-PMC4745305.pdf')
const DAMAGED = corpusPdf('metadata/bmc-trials-16-1-1.pdf')
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')
let host: BrowserHost
let browser: Browser
let page: Page
let library: string

beforeAll(async () => {
  if (!corpus) return
  const userDataDir = await makeTempDir('e2e-integrity')
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

const libraryFile = async (source: string) => {
  const hash = sha256(await readFile(source))
  return { hash, path: join(library, 'files', hash.slice(0, 2), `${hash}.pdf`) }
}

describe.skipIf(!corpus)('the library check in Chromium', () => {
  it('finds a deleted and an altered PDF, after start and on demand, and relinks both', async () => {
    await dropFiles(page, [LOST, DAMAGED])
    await page.getByRole('list', { name: 'Import results' }).waitFor({ timeout: 60_000 })
    await page.getByRole('button', { name: 'Close' }).click()
    const lost = await libraryFile(LOST)
    const damaged = await libraryFile(DAMAGED)
    await rm(lost.path)
    await writeFile(damaged.path, 'overwritten by a sync client')

    // the quick check after start sees the missing file (it does not read every PDF)
    await page.reload()
    const banner = page.getByRole('alert', { name: 'Library check' })
    await banner.waitFor({ timeout: 30_000 })
    expect(await banner.innerText()).toContain('found 1 problem')
    await banner.getByRole('button', { name: 'Review' }).click()
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'e2e', 'integrity-banner.png') })
    await banner.getByRole('button', { name: 'Later' }).click()

    await page.getByRole('button', { name: 'Settings' }).click()
    await page.getByRole('button', { name: 'Check library' }).click()
    const problems = page.getByRole('list', { name: 'Library problems' })
    await problems.waitFor({ timeout: 30_000 })
    await expect.poll(() => problems.getByRole('listitem').allInnerTexts()).toEqual([
      expect.stringMatching(/^The PDF of “.+” \(.+\) is damaged: its content changed after it was imported\./),
      expect.stringMatching(/^The PDF of “Concomitant Use of Topiramate.*” \(.+\) is missing from the library folder\./),
    ])
    await problems.scrollIntoViewIfNeeded()
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'e2e', 'integrity.png') })

    host.dialog.answerOpenFiles([DAMAGED])
    await problems.getByRole('listitem').first().getByRole('button', { name: 'Find the file…' }).click()
    await page.getByText(`The PDF is back in the library. The damaged file was moved to trash/${damaged.hash}.pdf.`).waitFor()
    host.dialog.answerOpenFiles([LOST])
    await problems.getByRole('listitem').first().getByRole('button', { name: 'Find the file…' }).click()
    await page.getByText('The PDF is back in the library.', { exact: true }).waitFor()

    expect(sha256(await readFile(lost.path))).toBe(lost.hash)
    expect(sha256(await readFile(damaged.path))).toBe(damaged.hash)
    expect(await readdir(join(library, 'trash'))).toEqual([`${damaged.hash}.pdf`])
    await page.getByRole('button', { name: 'Check library' }).click()
    await expect.poll(() => page.getByTestId('integrity-status').innerText()).toBe('Checked 2 PDFs: no problems left.')
  })
})

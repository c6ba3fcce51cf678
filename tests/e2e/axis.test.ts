import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startBrowserHost, type BrowserHost } from '../../electron/browser-host/server'
import { makePdf } from '../electron/pdf/makePdf'
import { launchChromium } from '../support/chromium'
import { dropFiles } from '../support/userInput'
import { ARTIFACTS_DIR, builtRendererDir, makeTempDir } from '../support/paths'


const PAPERS = [
  { file: 'maes.pdf', title: 'Increased IgA responses to LPS of gut commensal bacteria in major depression', author: 'Michael Maes, Marta Kubera' },
  { file: 'microglia.pdf', title: 'Gut microbiota dysbiosis drives microglial activation in depression', author: 'Ana Lopez, Jun Chen' },
  { file: 'cytokines.pdf', title: 'Interleukin-6 and TNF-alpha in major depression: a meta-analysis', author: 'Yekta Dowlati, Nathan Herrmann' },
]

let host: BrowserHost
let browser: Browser
let page: Page

/** A one-page paper whose title wraps onto a second line, as a journal would set it. */
function paperPdf(title: string, author: string): Uint8Array {
  const words = title.split(' ')
  const half = Math.ceil(words.length / 2)
  return makePdf({
    pages: [[
      { text: 'Journal of Psychoneuroimmunology 2021; 12: 1-10', x: 56, top: 40, size: 8 },
      { text: words.slice(0, half).join(' '), x: 56, top: 110, size: 17, bold: true },
      { text: words.slice(half).join(' '), x: 56, top: 131, size: 17, bold: true },
      { text: author, x: 56, top: 160, size: 11 },
      // enough body text that the body font size is the body's, as on a real page
      ...[
        'Abstract. We studied patients with major depression and healthy controls, measuring',
        'serum markers and faecal samples at baseline and after twelve weeks of follow-up.',
        'Results were compared with age- and sex-matched controls recruited in the same clinics.',
        'Conclusions are discussed in the light of earlier findings in this field of research.',
      ].map((text, line) => ({ text, x: 56, top: 190 + line * 12, size: 9 })),
    ]],
  })
}

beforeAll(async () => {
  const dir = await makeTempDir('e2e-axis')
  for (const paper of PAPERS) await writeFile(join(dir, paper.file), paperPdf(paper.title, paper.author))
  host = await startBrowserHost({ rendererDir: builtRendererDir(), userDataDir: dir, appVersion: '0.1.0', checkOutput: true })
  browser = await launchChromium()
  page = await browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true })
  await page.goto(host.url)
  await page.getByTestId('empty-state').waitFor()
  await dropFiles(page, PAPERS.map((paper) => join(dir, paper.file)))
  await page.getByTestId('import-summary').waitFor({ timeout: 60_000 })
  expect(await page.getByTestId('import-summary').textContent()).toContain('3 added')
  await page.getByRole('button', { name: 'Close' }).click()
})

afterAll(async () => {
  await browser?.close()
  await host?.close()
})

describe('the MGIG axis in Chromium', () => {
  it('suggests nodes with their evidence; accept and reject change the tags', async () => {
    await page.getByText(PAPERS[1]!.title).click()
    const suggestions = page.getByRole('list', { name: 'Axis suggestions' })
    await suggestions.getByRole('listitem').first().waitFor()
    const microglia = suggestions.getByRole('listitem').filter({ hasText: 'Glia › Microglia' })
    await microglia.hover()
    expect(await microglia.locator('.suggestion__evidence').textContent()).toContain('in title')
    await page.getByRole('button', { name: 'Accept Glia › Microglia' }).click()
    await page.getByRole('list', { name: 'Axis tags' }).getByText('Glia › Microglia').waitFor()
    const rejectable = suggestions.getByRole('button', { name: /^Reject / }).first()
    const rejectedLabel = (await rejectable.getAttribute('aria-label'))!.replace('Reject ', '')
    await rejectable.click()
    await expect.poll(() => suggestions.getByText(rejectedLabel, { exact: true }).count()).toBe(0)
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'e2e', 'axis-suggestions.png') })
  })

  it('filters the list from the axis map, and exports the map as SVG', async () => {
    await page.getByText(PAPERS[0]!.title).click()
    await page.getByRole('button', { name: 'Accept all with score ≥ 0.5' }).click()
    await page.getByRole('button', { name: 'Axis map' }).click()
    const gliaNode = page.getByRole('button', { name: /^Glia: 1 papers tagged/ })
    await gliaNode.waitFor()
    await gliaNode.click()
    await page.getByRole('region', { name: 'Active filter' }).getByText('1 paper on Glia').waitFor()
    const rows = page.getByRole('grid', { name: 'Papers' }).getByTestId('paper-row')
    expect(await rows.allInnerTexts()).toEqual([expect.stringContaining(PAPERS[1]!.title)])
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'e2e', 'axis-map.png') })

    const download = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Export SVG' }).click()
    const file = await (await download).path()
    const svg = await readFile(file, 'utf8')
    expect(svg).toContain('<svg')
    expect(svg).toContain('Microbiota')
    expect(svg).not.toContain('tabindex')
  })
})

import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startBrowserHost, type BrowserHost } from '../../electron/browser-host/server'
import { launchChromium } from '../support/chromium'
import { GUT_BRAIN_BIB } from '../support/gutBrainBib'
import { ARTIFACTS_DIR, builtRendererDir, makeTempDir } from '../support/paths'
import { pasteText } from '../support/userInput'

const BIB = GUT_BRAIN_BIB

let host: BrowserHost
let browser: Browser
let page: Page

beforeAll(async () => {
  host = await startBrowserHost({ rendererDir: builtRendererDir(), userDataDir: await makeTempDir('e2e-palette'), appVersion: '0.1.0', checkOutput: true })
  browser = await launchChromium()
  await mkdir(join(ARTIFACTS_DIR, 'e2e'), { recursive: true })
  page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage()
  await page.goto(host.url)
  await page.getByTestId('empty-state').waitFor()
  await pasteText(page, BIB)
  await page.getByRole('button', { name: 'Import 2 new papers' }).click()
  await page.getByRole('button', { name: 'Done' }).click()
  await page.getByRole('grid', { name: 'Papers' }).getByText('Transferring the blues', { exact: false }).waitFor()
})

afterAll(async () => {
  await browser?.close()
  await host?.close()
})

const palette = () => page.getByRole('dialog', { name: 'Command palette' })

async function runCommand(keys: string, typed: string): Promise<void> {
  await page.locator('body').click({ position: { x: 5, y: 300 } })
  await page.keyboard.press(keys)
  await palette().getByRole('combobox').waitFor()
  await page.keyboard.type(typed)
  await page.keyboard.press('Enter')
  await palette().waitFor({ state: 'detached' })
}

describe('the command palette in Chromium', () => {
  it('opens with Ctrl+K, lists commands with their shortcuts, and says why one cannot run', async () => {
    await page.keyboard.press('Control+k')
    const input = palette().getByRole('combobox')
    await input.waitFor()
    expect(await page.locator(':focus').getAttribute('role')).toBe('combobox')
    await page.keyboard.type('copy')
    const options = palette().getByRole('option')
    expect(await options.allTextContents()).toEqual([expect.stringMatching(/^Copy reference.*Select a paper first.*Ctrl\+Shift\+C$/), expect.stringMatching(/^Copy citation.*Select a paper first/)])
    await input.fill('')
    expect(await options.count()).toBeGreaterThan(12)
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'e2e', 'palette.png') })
    await page.keyboard.press('Escape')
    await palette().waitFor({ state: 'detached' })
  })

  it('reaches views, dialogs and selection actions from the keyboard alone', async () => {
    await runCommand('Control+k', 'axis map')
    await page.getByRole('group', { name: 'MGIG axis map' }).waitFor()
    await runCommand('Control+Shift+P', 'paper list')
    await runCommand('Control+k', 'search')
    expect(await page.locator(':focus').getAttribute('aria-label')).toBe('Search the library')
    await page.keyboard.type('author:kelly')
    const rows = page.getByRole('grid', { name: 'Papers' }).getByTestId('paper-row')
    await expect.poll(() => rows.count()).toBe(1)
    await rows.first().click()
    await runCommand('Control+k', 'tag')
    expect(await page.locator(':focus').getAttribute('aria-label')).toBe('Add a tag')
    await page.keyboard.type('rat model')
    await page.keyboard.press('Enter')
    await page.getByRole('button', { name: 'Remove tag rat model' }).waitFor()
    await runCommand('Control+k', 'settings')
    await page.getByTestId('library-location').waitFor()
  })
})

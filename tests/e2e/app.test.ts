import { mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startBrowserHost, type BrowserHost } from '../../electron/browser-host/server'
import { launchChromium } from '../support/chromium'
import { ARTIFACTS_DIR, builtRendererDir, makeTempDir } from '../support/paths'

let host: BrowserHost
let browser: Browser
let page: Page
let userDataDir: string
const pageErrors: string[] = []

beforeAll(async () => {
  userDataDir = await makeTempDir('e2e')
  host = await startBrowserHost({ rendererDir: builtRendererDir(), userDataDir, appVersion: '0.1.0', checkOutput: true })
  browser = await launchChromium()
  await mkdir(join(ARTIFACTS_DIR, 'e2e'), { recursive: true })
})

afterAll(async () => {
  await browser?.close()
  await host?.close()
})

beforeEach(async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  page = await context.newPage()
  page.on('pageerror', (error) => pageErrors.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text())
  })
  await page.goto(host.url)
})

describe('AxisRef in Chromium, served by the browser host', () => {
  it('opens on the three-pane workspace with the empty state', async () => {
    await page.getByTestId('empty-state').waitFor()
    expect(await page.getByText('Drop PDFs or a .bib file here, or choose Import…').isVisible()).toBe(true)
    expect(await page.getByRole('navigation', { name: 'Library navigation' }).isVisible()).toBe(true)
    expect(await page.getByTestId('details-empty').isVisible()).toBe(true)
    const panes = await page.locator('.pane').evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().width))
    expect(panes).toHaveLength(3)
    expect(panes.every((width) => width > 200)).toBe(true)
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'e2e', 'empty-state.png') })
    expect(pageErrors).toEqual([])
  })

  it('shows the library folder in the settings', async () => {
    await page.getByRole('button', { name: 'Settings' }).click()
    const location = page.getByTestId('library-location')
    await location.waitFor()
    expect(await location.textContent()).toContain(join(userDataDir, 'Library'))
    expect(await location.textContent()).toContain('default')
    expect(await page.getByTestId('app-version').textContent()).toContain('AxisRef 0.1.0')
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'e2e', 'settings.png') })
  })

  it('changes the library folder through the (queued) folder dialog and remembers it', async () => {
    const chosen = join(userDataDir, 'Chosen Library')
    host.dialog.answerChooseFolder(chosen)
    await page.getByRole('button', { name: 'Settings' }).click()
    await page.getByRole('button', { name: 'Change the library folder' }).click()
    // the move's progress names the folder too while the PDFs move: read the location itself
    const location = page.getByTestId('library-location')
    await location.getByText(chosen).waitFor()
    const settings = JSON.parse(await readFile(join(userDataDir, 'settings.json'), 'utf8'))
    expect(settings.libraryPath).toBe(chosen)
    await page.getByRole('button', { name: 'Use default' }).click()
    await location.getByText(join(userDataDir, 'Library')).waitFor()
  })

  it('says in words why Import… cannot open a dialog in the browser host', async () => {
    await page.getByRole('button', { name: 'Import…' }).first().click()
    await page.getByRole('status').getByText(/no native file dialog/).waitFor()
  })

  it('takes the token out of the address bar and keeps working after a reload', async () => {
    await page.getByTestId('empty-state').waitFor()
    expect(page.url()).toBe(`${host.origin}/`)
    await page.reload()
    await page.getByRole('button', { name: 'Settings' }).click()
    expect(await page.getByTestId('library-location').textContent()).toContain(join(userDataDir, 'Library'))
  })

  it('opened without the token, says in words where to find the right address', async () => {
    // a tab of its own: the token the other tab was given lives in that tab's session storage only
    const context = await browser.newContext()
    const bare = await context.newPage()
    await bare.goto(`${host.origin}/`)
    await bare.getByRole('button', { name: 'Settings' }).click()
    await bare.getByRole('alert').getByText(/this run's key.*npm run start:browser.*\?token=/).first().waitFor()
    expect(await bare.getByTestId('library-location').count()).toBe(0)
    await context.close()
  })

  it('gives the page no way to reach Node', async () => {
    const reach = await page.evaluate(() => ({
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
    }))
    expect(reach).toEqual({ require: 'undefined', process: 'undefined' })
  })
})

import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startBrowserHost, type BrowserHost } from '../../electron/browser-host/server'
import { callCayw, freePort } from '../support/caywClient'
import { launchChromium } from '../support/chromium'
import { CRYAN_2012_BIB, GUT_BRAIN_BIB } from '../support/gutBrainBib'
import { ARTIFACTS_DIR, builtRendererDir, makeTempDir } from '../support/paths'
import { pasteText } from '../support/userInput'

const BIB = GUT_BRAIN_BIB + CRYAN_2012_BIB

let host: BrowserHost
let browser: Browser
let page: Page
/** The editors' endpoint, turned on as Settings would at a free port. */
let port: number

beforeAll(async () => {
  host = await startBrowserHost({ rendererDir: builtRendererDir(), userDataDir: await makeTempDir('e2e-cite-picker'), appVersion: '0.1.0', checkOutput: true })
  browser = await launchChromium()
  await mkdir(join(ARTIFACTS_DIR, 'e2e'), { recursive: true })
  page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage()
  await page.goto(host.url)
  await page.getByTestId('empty-state').waitFor()
  await pasteText(page, BIB)
  await page.getByRole('button', { name: 'Import 3 new papers' }).click()
  await page.getByRole('button', { name: 'Done' }).click()
  await page.getByRole('grid', { name: 'Papers' }).getByText('Mind-altering microorganisms', { exact: false }).waitFor()
  port = await freePort()
  expect(await host.services.citeAsYouWrite.set({ enabled: true, port })).toMatchObject({ enabled: true, listening: true, port })
})

afterAll(async () => {
  await browser?.close()
  await host?.close()
})

const picker = () => page.getByRole('dialog', { name: 'Insert citation' })

/** Types into the picker like a person, waits for the paper to be the only match, and adds it with Enter; its key. */
async function pickPaper(typed: string, family: string): Promise<{ key: string; fields: Locator }> {
  const search = picker().getByRole('combobox', { name: 'Find papers to cite' })
  await search.click()
  await page.keyboard.type(typed)
  const matches = picker().getByRole('listbox', { name: 'Matching papers' }).getByRole('option')
  await matches.filter({ hasText: family }).waitFor()
  await expect.poll(() => matches.count()).toBe(1)
  await page.keyboard.press('Enter')
  const fields = picker().getByRole('list', { name: 'Chosen papers' }).getByRole('group', { name: new RegExp(family) })
  await fields.waitFor()
  const key = await fields.locator('legend code').textContent()
  if (!key) throw new Error(`The chip of ${family} shows no citation key`)
  return { key, fields }
}

describe('the citation picker in Chromium (browser host)', () => {
  it("answers an editor's pandoc call to the CAYW endpoint with two picks, a page locator on the first", async () => {
    expect(await callCayw(port, '/better-bibtex/cayw?probe=true').answer).toMatchObject({ status: 200, body: 'ready' })
    // as VS Code's "Citation Picker for Zotero" calls it by default
    const call = callCayw(port, '/better-bibtex/cayw?format=pandoc')
    await picker().waitFor()
    expect(await picker().getByText('For your editor: Pandoc citation.').isVisible()).toBe(true)
    expect(await page.locator(':focus').getAttribute('aria-label')).toBe('Find papers to cite')

    const maes = await pickPaper('gut-brain barrier', 'Maes')
    await maes.fields.getByLabel('Locator', { exact: true }).fill('12')
    const kelly = await pickPaper('transferring blues', 'Kelly')
    const expected = `[@${maes.key}, p. 12; @${kelly.key}]`
    await picker().getByText(expected).waitFor()
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'e2e', 'cite-picker.png') })
    await page.screenshot({ path: '/tmp/picker.png' })

    await picker().getByRole('combobox', { name: 'Find papers to cite' }).click()
    await page.keyboard.press('Control+Enter')
    expect(await call.answer).toMatchObject({ status: 200, body: expected })
    await picker().waitFor({ state: 'detached' })
    expect(await page.getByRole('status').first().textContent()).toContain(`Sent ${expected} to your editor.`)
  })

  it('refuses a call naming another host, without opening the picker', async () => {
    const rebound = await callCayw(port, '/better-bibtex/cayw?format=pandoc&brackets=1', { headers: { host: `attacker.example:${port}` } }).answer
    expect(rebound.status).toBe(403)
    expect(await picker().count()).toBe(0)
    expect(host.services.picker.current()).toBeUndefined()
  })

  it('answers "cancelled" when the user presses Escape', async () => {
    const answered = host.services.picker.request({ source: 'editor', format: 'latex', options: {} })
    await picker().waitFor()
    await pickPaper('microorganisms', 'Cryan')
    await page.keyboard.press('Escape')
    expect(await answered).toEqual({ kind: 'cancelled' })
    await picker().waitFor({ state: 'detached' })
  })
})

import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { startBrowserHost } from '../../electron/browser-host/server'
import { APPLY_MEASURE } from '../../renderer/src/features/lookup/measures'

// In the page, where the DOM exists (this compilation has Node's types only).
declare const document: { body: { innerText: string } }

export interface AppLookupPass {
  /** From "Add" to the last of the papers counted in the list: lookup, merge, write, paint. */
  totalMs: number
  /** The renderer's merge and IndexedDB write of the records (the queue's handler), summed over the batches. */
  applyMs: number
}

/**
 * Pastes `pmids` into "Add by identifier" in the built app in Chromium, against the browser
 * host whose E-utilities address is `eutils` (the other registries refused at once), and times
 * the click on Add to the list saying it holds them all: main's requests and parsing, the
 * renderer's queue, the new papers' merge and their IndexedDB write, the list painted. One
 * empty library (a new data folder and browser context) a pass.
 */
export async function measureAppLookup(browser: Browser, eutils: string, pmids: readonly string[]): Promise<AppLookupPass> {
  const dataDir = await mkdtemp(join(tmpdir(), 'axisref-bench-applookup-'))
  const refused = 'http://127.0.0.1:9'
  const env = { AXISREF_EUTILS_URL: eutils, AXISREF_CROSSREF_URL: refused, AXISREF_DOI_URL: refused, AXISREF_IDCONV_URL: refused }
  const host = await startBrowserHost({ rendererDir: join(import.meta.dirname, '..', '..', 'out', 'renderer'), userDataDir: dataDir, appVersion: 'bench', env })
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  try {
    const page = await context.newPage()
    // tsx names the page functions below with a helper that exists only in Node
    await page.addInitScript({ content: 'globalThis.__name = (target) => target' })
    await page.goto(host.url)
    await page.getByTestId('empty-state').waitFor()
    await page.getByRole('button', { name: 'Add by identifier…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Add by identifier' })
    await dialog.getByRole('textbox').fill(pmids.join('\n'))
    const expected = `${pmids.length} papers`
    const started = performance.now()
    await dialog.getByRole('button', { name: 'Add', exact: true }).click()
    await page.waitForFunction((text) => document.body.innerText.includes(text), expected, { timeout: 300_000, polling: 'raf' })
    const totalMs = performance.now() - started
    const applyMs = await page.evaluate((name) => performance.getEntriesByName(name).reduce((sum, entry) => sum + entry.duration, 0), APPLY_MEASURE)
    return { totalMs, applyMs }
  } finally {
    await context.close()
    await host.close()
    await rm(dataDir, { recursive: true, force: true })
  }
}

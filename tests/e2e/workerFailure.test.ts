import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startBrowserHost, type BrowserHost } from '../../electron/browser-host/server'
import { launchChromium } from '../support/chromium'
import { ARTIFACTS_DIR, builtRendererDir, makeTempDir } from '../support/paths'
import { pasteText } from '../support/userInput'

const BIB = `@article{Maes2008,
  author = {Maes, Michael},
  title = {The gut-brain barrier in major depression},
  journal = {Neuro Endocrinology Letters},
  year = {2008}
}
@article{Kelly2016,
  author = {Kelly, John R.},
  title = {Transferring the blues: depression-associated gut microbiota},
  journal = {Journal of Psychiatric Research},
  year = {2016}
}
`

let host: BrowserHost
let browser: Browser
let page: Page

beforeAll(async () => {
  host = await startBrowserHost({ rendererDir: builtRendererDir(), userDataDir: await makeTempDir('e2e-worker-failure'), appVersion: '0.1.0', checkOutput: true })
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

const rows = () => page.getByTestId('paper-row')

describe('a search worker that crashes in Chromium', () => {
  it('is reported in the list in words, and the next search starts a fresh worker that answers', async () => {
    const worker = page.workers().find((candidate) => candidate.url().includes('search.worker'))
    expect(worker, 'the search worker is running').toBeDefined()
    // an uncaught error in the worker's own thread, as an out-of-memory or a bug would raise
    await worker?.evaluate(() => void setTimeout(() => {
      throw new Error('the index ran out of memory')
    }))
    const failure = page.getByRole('alert').filter({ hasText: 'Search failed' })
    await failure.waitFor()
    expect(await failure.textContent()).toBe('Search failed: The search worker stopped (Uncaught Error: the index ran out of memory). Search again to start it afresh. Try again')
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'e2e', 'search-worker-crashed.png') })
    await page.getByRole('searchbox', { name: 'Search the library' }).fill('blues')
    await rows().filter({ hasText: 'The gut-brain barrier' }).waitFor({ state: 'detached' })
    // the fresh worker loads its index before it answers: the list may be empty a moment
    await rows().filter({ hasText: 'Transferring the blues' }).waitFor()
    expect(await rows().allTextContents()).toEqual([expect.stringContaining('Transferring the blues')])
    await failure.waitFor({ state: 'detached' })
  })
})

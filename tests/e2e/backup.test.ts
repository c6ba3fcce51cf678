import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startBrowserHost, type BrowserHost } from '../../electron/browser-host/server'
import { launchChromium } from '../support/chromium'
import { pasteText } from '../support/userInput'
import { ARTIFACTS_DIR, builtRendererDir, makeTempDir } from '../support/paths'

const BIB = `@article{maes2008gut, author={Maes, Michael and Kubera, Marta and Leunis, Jean-Claude}, title={The gut-brain barrier in major depression}, journal={Neuro Endocrinology Letters}, year={2008}}
@article{kelly2016transferring, author={Kelly, John R. and Borre, Yuliya and O'Brien, Ciaran}, title={Transferring the blues: depression-associated gut microbiota induces neurobehavioural changes in the rat}, journal={Journal of Psychiatric Research}, year={2016}, doi={10.1016/j.jpsychires.2016.07.019}}`

let host: BrowserHost
let browser: Browser
let userDataDir: string

beforeAll(async () => {
  userDataDir = await makeTempDir('e2e-backup')
  host = await startBrowserHost({ rendererDir: builtRendererDir(), userDataDir, appVersion: '0.1.0', checkOutput: true })
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  await host?.close()
})

describe('backups in Chromium', () => {
  it('snapshots the library after changes and offers it back when IndexedDB is empty', async () => {
    const first = await browser.newContext()
    const page = await first.newPage()
    await page.goto(host.url)
    await page.getByTestId('empty-state').waitFor()
    await pasteText(page, BIB)
    await page.getByRole('button', { name: 'Import 2 new papers' }).click()
    await page.getByRole('button', { name: 'Done' }).click()
    const snapshots = join(userDataDir, 'Library', 'snapshots')
    const papersInNewestSnapshot = async () => {
      const names = (await readdir(snapshots).catch(() => [])).sort()
      const newest = names.at(-1)
      return newest ? JSON.parse(await readFile(join(snapshots, newest), 'utf8')).papers.length : 0
    }
    await expect.poll(papersInNewestSnapshot, { timeout: 30_000 }).toBe(2)
    await first.close()

    // a new profile: its IndexedDB is empty, as after a reset or a lost browser profile
    const second = await browser.newContext({ viewport: { width: 1280, height: 800 } })
    const fresh = await second.newPage()
    await fresh.goto(host.url)
    await fresh.getByRole('button', { name: 'Restore 2 papers' }).click()
    const rows = fresh.getByRole('grid', { name: 'Papers' }).getByTestId('paper-row')
    await expect.poll(() => rows.count()).toBe(2)
    expect(await rows.allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining('The gut-brain barrier in major depression')]))
    await fresh.screenshot({ path: join(ARTIFACTS_DIR, 'e2e', 'restored.png') })
    await second.close()
  })
})

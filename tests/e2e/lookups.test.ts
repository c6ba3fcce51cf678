import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startBrowserHost, type BrowserHost } from '../../electron/browser-host/server'
import { launchChromium } from '../support/chromium'
import { dataTransferOf, dropFiles } from '../support/userInput'
import { ARTIFACTS_DIR, builtRendererDir, makeTempDir } from '../support/paths'
import { ONLINE_CORPUS_DIR, startReplayServer, type ReplayServer } from '../support/replayServer'
import { articlePage, makePdf } from '../electron/pdf/makePdf'
import { SERVICE_URL_VARIABLES } from '../../electron/main/services/online'

// Online lookups end to end: the built app in Chromium, the browser host's lookup service, and
// a replay server on 127.0.0.1 answering the real recorded Crossref and PubMed responses.

let replay: ReplayServer
let host: BrowserHost
let browser: Browser
let context: BrowserContext
let page: Page
let userDataDir: string
let hostPort: number
let replayPort: number

function registryEnv(server: ReplayServer): Record<string, string> {
  return {
    [SERVICE_URL_VARIABLES.crossref.variable]: server.baseUrls.crossref,
    [SERVICE_URL_VARIABLES.doi.variable]: server.baseUrls.doi,
    [SERVICE_URL_VARIABLES.eutils.variable]: server.baseUrls.eutils,
    [SERVICE_URL_VARIABLES.idconv.variable]: server.baseUrls.idconv,
  }
}

async function startHost(port = 0): Promise<BrowserHost> {
  return startBrowserHost({ rendererDir: builtRendererDir(), userDataDir, appVersion: '0.1.0', checkOutput: true, port, env: registryEnv(replay) })
}

beforeAll(async () => {
  replay = await startReplayServer(ONLINE_CORPUS_DIR)
  replayPort = Number(new URL(replay.origin).port)
  userDataDir = await makeTempDir('e2e-lookups')
  host = await startHost()
  hostPort = Number(new URL(host.origin).port)
  browser = await launchChromium()
  context = await browser.newContext({ viewport: { width: 1400, height: 950 } })
  page = await context.newPage()
  await page.goto(host.url)
  await page.getByTestId('empty-state').waitFor()
})

afterAll(async () => {
  await browser?.close()
  await host?.close()
  if (replay?.listening()) await replay.close()
})

const papers = () => page.getByRole('grid', { name: 'Papers' })
const rows = () => papers().getByTestId('paper-row')
const details = () => page.getByRole('article', { name: 'Paper details' })
const search = () => page.getByRole('searchbox', { name: 'Search the library' })

async function addByIdentifier(text: string): Promise<void> {
  await page.keyboard.press('Control+Shift+L')
  const dialog = page.getByRole('dialog', { name: 'Add by identifier' })
  await dialog.getByLabel('DOIs, PMIDs or PMCIDs (or their links), one a line').fill(text)
  await dialog.getByRole('button', { name: 'Add', exact: true }).click()
}

async function closeDialog(): Promise<void> {
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).first().click()
}

async function showOnly(query: string, count = 1): Promise<void> {
  await search().fill(query)
  await expect.poll(() => rows().count(), { timeout: 20_000 }).toBe(count)
  await rows().first().click()
}

describe('online lookups in Chromium', () => {
  it('adds a DOI and PMIDs pasted in any form, with MeSH, publication types and a study type badge; a bad id says why', async () => {
    await addByIdentifier('https://doi.org/10.7554/eLife.01567\nPMID: 33856845\nhttps://pubmed.ncbi.nlm.nih.gov/35830032/\nnot-an-id-at-all')
    const lines = page.getByRole('list', { name: 'Identifiers added' }).getByRole('listitem')
    await expect.poll(() => lines.allInnerTexts(), { timeout: 60_000 }).toEqual([
      expect.stringContaining('Added: Automated quantitative histology reveals vascular morphodynamics'),
      expect.stringContaining('Added: Impact of insight and metacognition on vocational rehabilitation'),
      expect.stringContaining('Added: '),
      expect.stringContaining('Not an identifier'),
    ])
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'e2e', 'lookups-add.png') })
    await closeDialog()
    await expect.poll(() => rows().count()).toBe(3)

    await showOnly('Impact of insight and metacognition')
    const terms = details().getByRole('list', { name: 'MeSH headings' })
    await expect.poll(() => terms.getByRole('listitem').allInnerTexts()).toContain('Humans')
    expect(await details().getByRole('list', { name: 'Publication types' }).innerText()).toContain('Systematic Review')
    // the study type comes straight from PubMed's publication types, accepted
    await details().getByText(/Systematic review/i).first().waitFor()
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'e2e', 'lookups-pubmed-details.png') })

    // MeSH and publication types are searchable
    await search().fill('pubtype:"systematic review"')
    await expect.poll(() => rows().count(), { timeout: 20_000 }).toBe(1)
    await search().fill('mesh:"Mental Disorders"')
    await expect.poll(() => rows().count(), { timeout: 20_000 }).toBe(1)
    await search().fill('')
  })

  it('links an identifier already in the library instead of adding it twice', async () => {
    await addByIdentifier('doi:10.7554/ELIFE.01567.')
    const line = page.getByRole('list', { name: 'Identifiers added' }).getByRole('listitem')
    await expect.poll(() => line.innerText(), { timeout: 30_000 }).toContain('Already in the library')
    await closeDialog()
    expect(await rows().count()).toBe(3)
  })

  it('shows a retracted paper with its badge and a link to the notice', async () => {
    await addByIdentifier('10.1016/S0140-6736(20)31180-6')
    const line = page.getByRole('list', { name: 'Identifiers added' }).getByRole('listitem')
    await expect.poll(() => line.innerText(), { timeout: 30_000 }).toContain('Added:')
    await closeDialog()
    await showOnly('is:retracted')
    expect(await rows().first().innerText()).toMatch(/Retracted/i)
    const notice = details().getByRole('note', { name: /Retracted/i })
    await notice.waitFor()
    expect(await notice.getByRole('link').first().getAttribute('href')).toContain('10.1016/s0140-6736(20)31324-6')
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'e2e', 'lookups-retracted.png') })
    await search().fill('')
  })

  it('queues lookups while the registries are down, shows them waiting, and completes a dropped PDF after the host restarts — keeping what the user typed', { timeout: 180_000 }, async () => {
    await replay.close()
    const folder = await makeTempDir('e2e-lookups-pdf')
    const pdf = join(folder, 'myers-2006.pdf')
    await writeFile(
      pdf,
      makePdf({
        pages: [
          [
            { text: 'Finding function: evaluation methods for', x: 50, top: 120, size: 18, bold: true },
            { text: 'functional genomic data', x: 50, top: 142, size: 18, bold: true },
            { text: 'Chad L Myers, Daniel R Barrett and Matthew A Hibbs', x: 50, top: 172, size: 11 },
            { text: 'doi:10.1186/1471-2164-7-187', x: 50, top: 190, size: 9 },
            ...articlePage().slice(5),
          ],
        ],
      }),
    )
    await dropFiles(page, [pdf])
    await page.getByTestId('import-summary').getByText('1 added').waitFor({ timeout: 60_000 })
    await page.getByRole('button', { name: 'Close' }).click()
    // the completing lookup waits, visibly
    await expect.poll(() => page.getByTestId('lookup-status').innerText(), { timeout: 60_000 }).toMatch(/waiting for network/)
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'e2e', 'lookups-waiting.png') })

    // the user types the journal while offline
    await showOnly('Finding function evaluation methods')
    const journal = details().getByLabel('Journal')
    await journal.fill('BMC Genomics (my reading copy)')
    await journal.press('Enter')
    // stored before the host goes: the list's row is drawn from the library, not the field
    await expect.poll(() => rows().first().innerText(), { timeout: 30_000 }).toContain('BMC Genomics (my reading copy)')

    // the host restarts, the registries come back; the page is opened again at the same address
    await host.close()
    replay = await startReplayServer(ONLINE_CORPUS_DIR, replayPort)
    host = await startHost(hostPort)
    await page.goto(host.url)
    await expect.poll(async () => (await page.getByTestId('lookup-status').count()) === 0 || !/waiting|Looking up/.test(await page.getByTestId('lookup-status').innerText()), { timeout: 60_000 }).toBe(true)

    await showOnly('Finding function evaluation methods')
    // filled from Crossref, with where it came from shown; the user's journal kept, Crossref's offered
    await expect.poll(() => details().getByLabel('Volume').inputValue(), { timeout: 30_000 }).toBe('7')
    expect(await details().getByRole('textbox', { name: 'Journal', exact: true }).inputValue()).toBe('BMC Genomics (my reading copy)')
    const difference = details().getByRole('group', { name: /Journal: Crossref differs/ })
    await difference.waitFor()
    expect(await difference.innerText()).toContain('BMC Genomics')
    expect(await details().getByTestId('provenance').first().getAttribute('title')).toMatch(/Crossref/)
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'e2e', 'lookups-completed.png') })
    expect(replay.asked.some((request) => request.path.includes('10.1186'))).toBe(true)
  })

  it('keeps no DOI that the PDF printed for another paper', async () => {
    const folder = await makeTempDir('e2e-lookups-foreign')
    const pdf = join(folder, 'berg-2021.pdf')
    await writeFile(pdf, makePdf({ pages: [articlePage([{ text: 'https://doi.org/10.1371/journal.pone.0000030', x: 50, top: 200, size: 8 }])] }))
    await dropFiles(page, [pdf])
    await page.getByTestId('import-summary').getByText('1 added').waitFor({ timeout: 60_000 })
    await page.getByRole('button', { name: 'Close' }).click()
    await showOnly('Microglial priming links gut dysbiosis')
    await expect.poll(() => replay.asked.some((request) => request.path.toLowerCase().includes('journal.pone.0000030')), { timeout: 60_000 }).toBe(true)
    await expect.poll(() => details().getByLabel('DOI').inputValue(), { timeout: 30_000 }).toBe('')
    expect(await details().getByLabel('Title').inputValue()).toBe('Microglial priming links gut dysbiosis to depressive behaviour in mice')
  })

  it('attaches a PDF to the paper added from PubMed, with no warning when it is that paper', async () => {
    const folder = await makeTempDir('e2e-lookups-attach')
    const pdf = join(folder, 'manoli-2021.pdf')
    await writeFile(
      pdf,
      makePdf({
        pages: [
          [
            { text: 'Impact of insight and metacognition on vocational rehabilitation of', x: 50, top: 120, size: 14, bold: true },
            { text: 'individuals with severe mental illness: A systematic review', x: 50, top: 138, size: 14, bold: true },
            { text: 'Romina Manoli, Sophie Cervello and Nicolas Franck', x: 50, top: 166, size: 11 },
            { text: 'doi:10.1037/prj0000481', x: 50, top: 184, size: 9 },
            ...articlePage().slice(5),
          ],
        ],
      }),
    )
    await showOnly('pubtype:"systematic review"')
    await details().getByRole('heading', { level: 2, name: /^Impact of insight and metacognition/ }).waitFor()
    const transfer = await dataTransferOf(page, [pdf])
    await details().dispatchEvent('dragover', { dataTransfer: transfer })
    await details().dispatchEvent('drop', { dataTransfer: transfer })
    await page.getByTestId('attachments').getByText('manoli-2021.pdf').waitFor({ timeout: 60_000 })
    expect(await details().getByTestId('attach-notice').innerText()).not.toMatch(/check that it is this paper/)
    expect(await rows().count()).toBe(1)
    await search().fill('')
  })
})

import { createHash } from 'node:crypto'
import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startBrowserHost, type BrowserHost } from '../../electron/browser-host/server'
import { launchChromium } from '../support/chromium'
import { dropFiles, pasteText } from '../support/userInput'
import { ARTIFACTS_DIR, builtRendererDir, makeTempDir } from '../support/paths'
import { corpusPdf, hasPdfCorpus } from '../electron/pdf/corpus'

const corpus = hasPdfCorpus('e2e archive round trip')
const PDF = corpusPdf('metadata/hindawi-PMC4745305.pdf')
const BIB = `@article{maes2008gut, author={Maes, Michael and Kubera, Marta and Leunis, Jean-Claude}, title={The gut-brain barrier in major depression}, journal={Neuro Endocrinology Letters}, year={2008}}
@article{kelly2016transferring, author={Kelly, John R. and Borre, Yuliya}, title={Transferring the blues: depression-associated gut microbiota induces neurobehavioural changes in the rat}, journal={Journal of Psychiatric Research}, year={2016}, doi={10.1016/j.jpsychires.2016.07.019}}`
const STORES = ['papers', 'attachments', 'notes', 'annotations', 'collections', 'savedSearches', 'settings']
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

let browser: Browser
const hosts: BrowserHost[] = []

beforeAll(async () => {
  if (corpus) browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
  await Promise.all(hosts.map((host) => host.close()))
})

async function startHost(name: string) {
  const userDataDir = await makeTempDir(name)
  const host = await startBrowserHost({ rendererDir: builtRendererDir(), userDataDir, appVersion: '0.1.0', checkOutput: true })
  hosts.push(host)
  return { host, userDataDir, library: join(userDataDir, 'Library') }
}

/** Runs in the page, straight on IndexedDB (no app code): a store's records, sorted by key. */
function readStore(page: Page, store: string): Promise<unknown[]> {
  return page.evaluate(`new Promise((resolve, reject) => {
    const open = indexedDB.open('axisref')
    open.onerror = () => reject(open.error)
    open.onsuccess = () => {
      const request = open.result.transaction(${JSON.stringify(store)}, 'readonly').objectStore(${JSON.stringify(store)}).getAll()
      request.onsuccess = () => { open.result.close(); resolve(request.result) }
      request.onerror = () => reject(request.error)
    }
  })`) as Promise<unknown[]>
}

/** What the details editor will write (a tag, a note, a collection), written as the app's records. */
function addTagNoteAndCollection(page: Page, title: string): Promise<void> {
  return page.evaluate(`new Promise((resolve, reject) => {
    const open = indexedDB.open('axisref')
    open.onsuccess = () => {
      const tx = open.result.transaction(['papers', 'notes', 'collections'], 'readwrite')
      const papers = tx.objectStore('papers')
      papers.getAll().onsuccess = (event) => {
        const paper = event.target.result.find((record) => record.csl.title === ${JSON.stringify(title)})
        papers.put({ ...paper, tags: ['cytokines', 'to read'], collections: ['thesis'], axisNodes: ['gut.barrier'] })
        tx.objectStore('notes').put({ id: 'note-1', paperId: paper.id, markdown: '# IL-6\\nRaised in **MDD**, see Fig. 2 — ✓', createdAt: 1, modifiedAt: 2 })
        tx.objectStore('collections').put({ id: 'thesis', name: 'Thesis ch. 2 – gut–brain', createdAt: 3 })
      }
      tx.oncomplete = () => { open.result.close(); resolve() }
      tx.onerror = () => reject(tx.error)
    }
  })`) as Promise<void>
}

/** Every PDF's text has been read and the suggestions of its paper were made with it. */
async function settled(page: Page): Promise<boolean> {
  const attachments = (await readStore(page, 'attachments')) as { paperId: string; textExtracted: boolean }[]
  const papers = (await readStore(page, 'papers')) as { id: string; axisSuggestions?: { withFullText: boolean } }[]
  const withPdf = new Set(attachments.map((attachment) => attachment.paperId))
  return attachments.every((attachment) => attachment.textExtracted) && papers.filter((paper) => withPdf.has(paper.id)).every((paper) => paper.axisSuggestions?.withFullText === true)
}

/**
 * The tables without what the database stamps on every write: the revision, the write time
 * (papers, notes and highlights keep their own edit time) and a setting's copy of its key.
 */
function withoutSyncStamps(tables: Record<string, unknown[]>): Record<string, unknown[]> {
  const ownEditTime = new Set(['papers', 'notes', 'annotations'])
  const stamped = (store: string, field: string) => field === 'revision' || (field === 'modifiedAt' && !ownEditTime.has(store)) || (field === 'id' && store === 'settings')
  return Object.fromEntries(Object.entries(tables).map(([store, rows]) => [store, rows.map((row) => Object.fromEntries(Object.entries(Object(row)).filter(([field]) => !stamped(store, field))))]))
}

async function dump(page: Page): Promise<Record<string, unknown[]>> {
  const tables: Record<string, unknown[]> = {}
  for (const store of STORES) tables[store] = await readStore(page, store)
  return tables
}

describe.skipIf(!corpus)('archive round trip in Chromium', () => {
  it('exports a library to one zip and restores it, with a fresh profile and an empty folder, record for record and byte for byte', async () => {
    const source = await startHost('e2e-archive-source')
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    await page.goto(source.host.url)
    await page.getByTestId('empty-state').waitFor()
    await pasteText(page, BIB)
    await page.getByRole('button', { name: 'Import 2 new papers' }).click()
    await page.getByRole('button', { name: 'Done' }).click()
    await dropFiles(page, [PDF])
    await page.getByRole('list', { name: 'Import results' }).waitFor({ timeout: 60_000 })
    await page.getByRole('button', { name: 'Close' }).click()
    await addTagNoteAndCollection(page, 'The gut-brain barrier in major depression')
    // the PDF's text is read in the background, then the axis suggestions are made again with it: wait for both
    await expect.poll(() => settled(page), { timeout: 60_000 }).toBe(true)
    const before = await dump(page)
    expect(before.papers).toHaveLength(3)
    expect(before.notes).toHaveLength(1)

    const zip = join(source.userDataDir, 'AxisRef library.zip')
    source.host.dialog.answerSaveFile(zip)
    await page.getByRole('button', { name: 'Settings' }).click()
    await page.getByRole('button', { name: 'Export library archive…' }).click()
    await expect.poll(() => page.getByTestId('archive-status').innerText(), { timeout: 30_000 }).toMatch(/^Saved 1 PDFs and every record/)
    await context.close()

    const target = await startHost('e2e-archive-target')
    const fresh = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const restored = await fresh.newPage()
    await restored.goto(target.host.url)
    await restored.getByTestId('empty-state').waitFor()
    target.host.dialog.answerOpenFiles([zip])
    await restored.getByRole('button', { name: 'Settings' }).click()
    await restored.getByRole('button', { name: 'Restore from archive…' }).click()
    await expect.poll(() => restored.getByTestId('archive-status').innerText(), { timeout: 30_000 }).toBe('Restored 3 papers and 1 PDF from AxisRef library.zip, every PDF checked.')
    await restored.screenshot({ path: join(ARTIFACTS_DIR, 'e2e', 'archive-restored.png') })

    // the page text is read again after a restore; then every record is as it was
    await expect.poll(() => settled(restored), { timeout: 60_000 }).toBe(true)
    // every row is written again by the restore (and each PDF's text read again), so each has a
    // revision of its own; what sync stamps aside, every record is as it was
    const after = await dump(restored)
    for (const rows of Object.values(after)) for (const row of rows) expect(row).toMatchObject({ id: expect.any(String), modifiedAt: expect.any(Number), revision: expect.any(Number) })
    expect(withoutSyncStamps(after)).toEqual(withoutSyncStamps(before))
    const hashes = (before.attachments as { hash: string }[]).map((attachment) => attachment.hash)
    for (const hash of hashes) {
      const copy = await readFile(join(target.library, 'files', hash.slice(0, 2), `${hash}.pdf`))
      expect(sha256(copy)).toBe(hash)
      expect(copy.equals(await readFile(PDF))).toBe(true)
    }
    expect((await readdir(join(target.library, 'files'))).length).toBe(1)
    await restored.getByRole('button', { name: 'Close' }).first().click().catch(() => undefined)
    await fresh.close()
  })
})

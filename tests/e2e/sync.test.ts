import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { loadCorpusPool } from '../../bench/fixtures/corpusPool'
import { generateLibrary } from '../../bench/fixtures/generateLibrary'
import type { SyncStatus } from '../../shared/sync/status'
import { corpusPdf, hasPdfCorpus } from '../electron/pdf/corpus'
import { launchChromium } from '../support/chromium'
import { startCouchServer, type CouchServer } from '../support/couchServer'
import { ARTIFACTS_DIR } from '../support/paths'
import { seedLibrary } from '../support/seedLibrary'
import {
  connectDevice,
  detailsPane,
  distinctPdf,
  fillSyncForm,
  listedTitles,
  openDevice,
  openSyncSettings,
  paperList,
  serverDocIds,
  startSyncProxy,
  statusLineText,
  syncSection,
  syncStatusOf,
  tableCount,
  tableRows,
  type Device,
  type SyncAccount,
  type SyncProxy,
} from '../support/syncDevices'
import { dropFiles, pasteText } from '../support/userInput'

const BIB = `@article{maes2008gut, author={Maes, Michael and Kubera, Marta}, title={The gut-brain barrier in major depression}, journal={Neuro Endocrinology Letters}, year={2008}}
@article{berk2013so, author={Berk, Michael}, title={So depression is an inflammatory disease, but where does the inflammation come from?}, journal={BMC Medicine}, year={2013}}
@article{kelly2016transferring, author={Kelly, John R.}, title={Transferring the blues: depression-associated gut microbiota induces neurobehavioural changes in the rat}, journal={Journal of Psychiatric Research}, year={2016}}
@article{foster2013gut, author={Foster, Jane A.}, title={Gut-brain axis: how the microbiome influences anxiety and depression}, journal={Trends in Neurosciences}, year={2013}}`
const MAES = 'The gut-brain barrier in major depression'
const BERK = 'So depression is an inflammatory disease, but where does the inflammation come from?'
const KELLY = 'Transferring the blues: depression-associated gut microbiota induces neurobehavioural changes in the rat'
const FOSTER = 'Gut-brain axis: how the microbiome influences anxiety and depression'
const ALL_TITLES = [MAES, BERK, KELLY, FOSTER]
const LATER_BIB = '@article{dinan2013melancholic, author={Dinan, Timothy G. and Cryan, John F.}, title={Melancholic microbes: a link between gut microbiota and depression?}, journal={Neurogastroenterology and Motility}, year={2013}}'
const LATER_TITLE = 'Melancholic microbes: a link between gut microbiota and depression?'

const PDF_FILE = 'metadata/hindawi-PMC4745305.pdf'
const PDF_TITLE = 'Concomitant Use of Topiramate Inducing Neutropenia in a Schizophrenic Male Stabilized on Clozapine'

/** Generous: a first sync over a busy two-core machine; the polls end as soon as the state is there. */
const ARRIVES = { timeout: 60_000, interval: 250 }
const SHOTS = join(ARTIFACTS_DIR, 'e2e')

const corpus = hasPdfCorpus('e2e sync')
let browser: Browser
// closed after each test in this order: devices (their replication stops), proxies, then servers
const opened: { devices: Device[]; proxies: SyncProxy[]; servers: CouchServer[] } = { devices: [], proxies: [], servers: [] }

beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true })
  browser = await launchChromium()
})

afterEach(async () => {
  for (const one of opened.devices.splice(0)) await one.close()
  for (const proxy of opened.proxies.splice(0)) await proxy.close()
  for (const server of opened.servers.splice(0)) await server.stop()
})

afterAll(async () => {
  await browser?.close()
})

async function device(name: string): Promise<Device> {
  const made = await openDevice(browser, name)
  opened.devices.push(made)
  return made
}

async function couch(options: { onDisk?: boolean } = {}): Promise<CouchServer> {
  const server = await startCouchServer(options)
  opened.servers.push(server)
  return server
}

async function proxyTo(server: CouchServer): Promise<SyncProxy> {
  const proxy = await startSyncProxy(server.url)
  opened.proxies.push(proxy)
  return proxy
}

/**
 * A lab's database with a writing member, ana, and a member who may only read, ben (CouchDB's
 * way: a validate_doc_update that refuses other roles), only where a test needs him: PouchDB
 * Server 4.2 with such a validation silently drops every replicated update of an existing
 * document (`_bulk_docs` with `new_edits: false` answers 201 and keeps the old revision), which
 * CouchDB 3 does not; new documents go through.
 */
async function labDatabase(server: CouchServer, database: string, options: { readOnlyMember?: boolean } = {}): Promise<{ ana: Omit<SyncAccount, 'url'>; ben: Omit<SyncAccount, 'url'> }> {
  await server.createUser('ana', 'ana-secret', ['writers'])
  await server.createUser('ben', 'ben-secret', ['readers'])
  await server.createDatabase(database, options.readOnlyMember ? { memberRoles: ['writers', 'readers'], writerRoles: ['writers'] } : { memberRoles: ['writers'] })
  return { ana: { database, user: 'ana', password: 'ana-secret' }, ben: { database, user: 'ben', password: 'ben-secret' } }
}

async function importBib(page: Page, bib: string, count: number): Promise<void> {
  const before = await paperList(page).count()
  await pasteText(page, bib)
  await page.getByRole('button', { name: `Import ${count} new paper${count === 1 ? '' : 's'}` }).click()
  await page.getByRole('button', { name: 'Done' }).click()
  await expect.poll(() => paperList(page).count()).toBe(before + count)
}

async function importPdf(page: Page, file: string): Promise<void> {
  await dropFiles(page, [corpusPdf(file)])
  const results = page.getByRole('list', { name: 'Import results' })
  await results.waitFor({ timeout: 60_000 })
  expect(await results.getByRole('listitem').first().innerText()).toContain('Added:')
  await page.getByRole('button', { name: 'Close', exact: true }).click()
}

/** Edits one field of a paper in the details pane, as a person does: select the row, type, Enter. */
async function editField(page: Page, rowTitle: string, label: string, value: string): Promise<void> {
  await paperList(page).filter({ hasText: rowTitle }).first().click()
  // the pane shows the paper clicked before anything is typed: on a busy machine it can still show
  // the one selected before, and the value would go to that paper (as it would for a person who did not look)
  await expect.poll(() => detailsPane(page).getByLabel('Title', { exact: true }).inputValue(), ARRIVES).toContain(rowTitle)
  const field = detailsPane(page).getByLabel(label, { exact: true })
  await field.fill(value)
  await field.press('Enter')
  await expect.poll(() => field.inputValue(), ARRIVES).toBe(value)
}

async function addNote(page: Page, rowTitle: string, text: string): Promise<void> {
  await paperList(page).filter({ hasText: rowTitle }).first().click()
  const notes = detailsPane(page).getByRole('region', { name: 'Notes' })
  await notes.getByRole('button', { name: 'Add note' }).click()
  await notes.getByLabel('Note (Markdown)').fill(text)
  await notes.getByLabel('Note (Markdown)').press('Control+Enter')
  await notes.getByText(text).waitFor()
}

/** Every change made in the window has been handed to main (the outbox is empty). */
async function handedToMain(page: Page): Promise<void> {
  await expect.poll(async () => (await tableRows(page, 'syncOutbox')).length, ARRIVES).toBe(0)
}

interface PaperRow {
  id: string
  citationKey: string
  csl: { title?: string; 'container-title'?: string }
  syncConflicts?: Array<{ field: string; value?: unknown; deviceName: string }>
  trashedAt?: number
}
interface NoteRow {
  id: string
  paperId: string
  markdown: string
}

const papersOf = (page: Page) => tableRows<PaperRow>(page, 'papers')
async function paperByTitle(page: Page, title: string): Promise<PaperRow> {
  const found = (await papersOf(page)).find((paper) => paper.csl.title === title)
  if (!found) throw new Error(`No paper titled ${JSON.stringify(title)}`)
  return found
}
async function notesOf(page: Page, paperId: string): Promise<string[]> {
  return (await tableRows<NoteRow>(page, 'notes'))
    .filter((note) => note.paperId === paperId)
    .map((note) => note.markdown)
    .sort()
}

async function upToDate(devices: Device[]): Promise<void> {
  for (const one of devices) await expect.poll(() => statusLineText(one.page), ARRIVES).toBe('Up to date')
}

describe.skipIf(!corpus)('sync between two devices through a CouchDB server', () => {
  it('connects A in Settings → Sync; an edit on A repaints B\'s list, and a PDF imported on A opens in B\'s reader', async () => {
    const server = await couch()
    const { ana } = await labDatabase(server, 'library')
    const a = await device('a')
    const b = await device('b')
    await importBib(a.page, BIB, 4)

    await openSyncSettings(a.page)
    await fillSyncForm(a.page, { url: server.url, ...ana })
    await syncSection(a.page).getByRole('button', { name: 'Test connection' }).click()
    await expect
      .poll(() => syncSection(a.page).getByTestId('sync-outcome').textContent())
      .toBe(`Connected to the database library on ${server.url} as ana: you can read and change this library.`)
    await syncSection(a.page).getByRole('button', { name: 'Connect', exact: true }).click()
    await syncSection(a.page).getByText('Connected: the library syncs with this database now.').waitFor()
    await expect.poll(() => syncSection(a.page).getByTestId('sync-setting-status').textContent(), ARRIVES).toContain(`Connected to library on ${server.url} as ana. Up to date.`)
    await syncSection(a.page).screenshot({ path: join(SHOTS, 'sync-settings.png') })
    await a.page.getByRole('button', { name: 'Close' }).click()
    await upToDate([a])
    await a.page.locator('footer.statusbar').screenshot({ path: join(SHOTS, 'sync-status-line.png') })

    await connectDevice(b, { url: server.url, ...ana, pdfs: 'onOpen' })
    await expect.poll(async () => (await listedTitles(b.page)).sort(), ARRIVES).toEqual([...ALL_TITLES].sort())

    await editField(a.page, MAES, 'Title', 'Leaky gut in major depression')
    await expect.poll(() => listedTitles(b.page), ARRIVES).toContain('Leaky gut in major depression')
    expect(await listedTitles(b.page)).not.toContain(MAES)

    await importPdf(a.page, PDF_FILE)
    const hash = createHash('sha256').update(await readFile(corpusPdf(PDF_FILE))).digest('hex')
    await expect.poll(() => serverDocIds(server, 'library', 'file'), ARRIVES).toEqual([`file:${hash}`])
    await expect.poll(() => listedTitles(b.page), ARRIVES).toContain(PDF_TITLE)
    // "when a paper is opened": B has not fetched it yet
    expect(existsSync(join(b.userDataDir, 'Library', 'files', hash.slice(0, 2), `${hash}.pdf`))).toBe(false)
    await paperList(b.page).filter({ hasText: PDF_TITLE }).dblclick()
    const reader = b.page.getByRole('region', { name: 'PDF reader' })
    await reader.locator('[data-page-number="1"][data-rendered="true"]').waitFor({ timeout: 60_000 })
    expect(await reader.getByTestId('page-count').textContent()).toBe('/ 3')
    expect(await reader.locator('[data-page-number="1"] .textLayer span', { hasText: 'Case Report' }).count()).toBeGreaterThan(0)
    expect(await readFile(join(b.userDataDir, 'Library', 'files', hash.slice(0, 2), `${hash}.pdf`))).toEqual(await readFile(corpusPdf(PDF_FILE)))
    await b.page.screenshot({ path: join(SHOTS, 'sync-reader-on-b.png') })
  }, 240_000)

  it('merges what both devices changed while the server was down: fields one by one, the same field with the loser kept (Keep / Restore), every note', async () => {
    const server = await couch({ onDisk: true })
    const { ana } = await labDatabase(server, 'library')
    const a = await device('a')
    const b = await device('b')
    await importBib(a.page, BIB, 4)
    await addNote(a.page, KELLY, 'Rats given depressed patients\u2019 microbiota')
    await connectDevice(a, { url: server.url, ...ana })
    await connectDevice(b, { url: server.url, ...ana })
    const kelly = await paperByTitle(a.page, KELLY)
    await expect.poll(async () => (await listedTitles(b.page)).sort(), ARRIVES).toEqual([...ALL_TITLES].sort())
    await expect.poll(() => notesOf(b.page, kelly.id), ARRIVES).toEqual(['Rats given depressed patients\u2019 microbiota'])
    await upToDate([a, b])

    await server.kill()
    for (const one of [a, b]) await expect.poll(() => statusLineText(one.page), ARRIVES).toBe('Offline: will retry')
    await a.page.locator('footer.statusbar').screenshot({ path: join(SHOTS, 'sync-status-offline.png') })

    // different fields of one paper
    await editField(a.page, MAES, 'Title', 'The gut barrier in depression')
    await editField(b.page, MAES, 'Journal', 'Neuroendocrinology Letters')
    // the same field: A first, B after (the later edit wins on both devices)
    await editField(a.page, BERK, 'Title', 'Where does the inflammation of depression come from? (A)')
    await handedToMain(a.page)
    await editField(b.page, BERK, 'Title', 'Where does the inflammation of depression come from? (B)')
    // a note each, and both edit the note they share
    await addNote(a.page, KELLY, 'Note written on A')
    await addNote(b.page, KELLY, 'Note written on B')
    for (const [one, text] of [[a, 'Shared note as A left it'], [b, 'Shared note as B left it']] as const) {
      const notes = detailsPane(one.page).getByRole('region', { name: 'Notes' })
      await notes.locator('.note', { hasText: 'Rats given depressed patients\u2019 microbiota' }).getByRole('button', { name: 'Edit' }).click()
      await notes.getByLabel('Note (Markdown)').fill(text)
      await notes.getByLabel('Note (Markdown)').press('Control+Enter')
      await notes.getByText(text).waitFor()
    }
    await handedToMain(a.page)
    await handedToMain(b.page)

    await server.restart()
    const expectedNotes = ['Note written on A', 'Note written on B', 'Shared note as A left it', 'Shared note as B left it']
    for (const one of [a, b]) {
      await expect.poll(async () => (await paperByTitle(one.page, 'The gut barrier in depression')).csl['container-title'], ARRIVES).toBe('Neuroendocrinology Letters')
      await expect.poll(async () => (await papersOf(one.page)).some((paper) => paper.csl.title === 'Where does the inflammation of depression come from? (B)'), ARRIVES).toBe(true)
      await expect.poll(() => notesOf(one.page, kelly.id), ARRIVES).toEqual(expectedNotes)
    }
    await upToDate([a, b])
    // both devices hold the same merged rows
    const rowsOf = async (page: Page) => (await papersOf(page)).map((paper) => ({ id: paper.id, csl: paper.csl, syncConflicts: paper.syncConflicts })).sort((x, y) => x.id.localeCompare(y.id))
    expect(await rowsOf(a.page)).toEqual(await rowsOf(b.page))
    const berk = await paperByTitle(a.page, 'Where does the inflammation of depression come from? (B)')
    expect(berk.syncConflicts).toEqual([expect.objectContaining({ field: 'csl.title', value: 'Where does the inflammation of depression come from? (A)' })])
    expect((await paperByTitle(a.page, 'The gut barrier in depression')).syncConflicts ?? []).toEqual([])

    // the details pane shows the losing value, with Keep this / Restore; Restore puts it back on both devices
    await paperList(a.page).filter({ hasText: 'Where does the inflammation of depression come from? (B)' }).click()
    const conflict = detailsPane(a.page).getByRole('group', { name: 'Title: changed on another device' })
    await conflict.waitFor()
    expect(await conflict.textContent()).toContain('Where does the inflammation of depression come from? (A)')
    await conflict.getByRole('button', { name: 'Keep this' }).waitFor()
    await detailsPane(a.page).getByRole('region', { name: 'Changed on another device' }).screenshot({ path: join(SHOTS, 'sync-conflict.png') })
    await conflict.getByRole('button', { name: 'Restore' }).click()
    for (const one of [a, b]) await expect.poll(() => listedTitles(one.page), ARRIVES).toContain('Where does the inflammation of depression come from? (A)')
  }, 300_000)

  it('finishes a first sync of a large library cut off twice by a server crash: B ends with exactly A\'s papers', async () => {
    const server = await couch({ onDisk: true })
    const { ana } = await labDatabase(server, 'big')
    const library = generateLibrary(loadCorpusPool(), { count: 3_000, pdfShare: 0, fullTextShare: 0, noteShare: 0.05 })
    const a = await device('a')
    await seedLibrary(a.page, library)
    await a.page.reload()
    await expect.poll(() => paperList(a.page).count(), ARRIVES).toBeGreaterThan(0)
    const paperIds = library.papers.map((paper) => `paper:${paper.id}`).sort()

    // A's upload is cut after about a fifth of it: the server crashes, comes back, and A goes on
    const towardA = await proxyTo(server)
    const cutA = towardA.cutAfter('up', 1_000_000)
    await connectDevice(a, { url: towardA.url, ...ana })
    await cutA
    await server.kill()
    await server.restart()
    const halfway = await serverDocIds(server, 'big', 'paper')
    expect(halfway.length).toBeLessThan(paperIds.length)
    console.info(`the server had ${halfway.length} of ${paperIds.length} papers when it crashed during A's upload`)
    towardA.reconnect()
    await expect.poll(async () => (await serverDocIds(server, 'big', 'paper')).length, { timeout: 180_000, interval: 1_000 }).toBe(paperIds.length)
    expect(await serverDocIds(server, 'big', 'paper')).toEqual(paperIds)

    // B's download is cut the same way
    const b = await device('b')
    const towardB = await proxyTo(server)
    const cutB = towardB.cutAfter('down', 1_000_000)
    await connectDevice(b, { url: towardB.url, ...ana })
    await cutB
    await server.kill()
    const receivedBeforeTheCrash = await tableCount(b.page, 'papers')
    expect(receivedBeforeTheCrash).toBeLessThan(library.papers.length)
    console.info(`B's window had ${receivedBeforeTheCrash} of ${library.papers.length} papers when the server crashed during its download`)
    await expect.poll(() => statusLineText(b.page), ARRIVES).toBe('Offline: will retry')
    await server.restart()
    towardB.reconnect()
    await expect.poll(async () => (await papersOf(b.page)).length, { timeout: 180_000, interval: 1_000 }).toBe(library.papers.length)
    const onB = await papersOf(b.page)
    expect(onB.map((paper) => paper.id).sort()).toEqual(library.papers.map((paper) => paper.id).sort())
    expect(onB.map((paper) => paper.citationKey).sort()).toEqual(library.papers.map((paper) => paper.citationKey).sort())
    expect((await tableRows<NoteRow>(b.page, 'notes')).map((note) => note.id).sort()).toEqual(library.notes.map((note) => note.id).sort())
    await upToDate([b])
    expect(await serverDocIds(server, 'big', 'paper')).toEqual(paperIds)
  }, 420_000)

  it('refuses forged documents on the server, says so in Settings, and takes everything else', async () => {
    const server = await couch()
    const { ana } = await labDatabase(server, 'library')
    const a = await device('a')
    await importBib(a.page, BIB, 4)
    await importPdf(a.page, PDF_FILE)
    await connectDevice(a, { url: server.url, ...ana })
    await expect.poll(async () => (await serverDocIds(server, 'library', 'paper')).length, ARRIVES).toBe(5)
    await expect.poll(async () => (await serverDocIds(server, 'library', 'file')).length, ARRIVES).toBe(1)
    const realHash = createHash('sha256').update(await readFile(corpusPdf(PDF_FILE))).digest('hex')

    const forged = await forgeDocuments(server, 'library', await paperByTitle(a.page, FOSTER))
    const b = await device('b')
    const towardB = await proxyTo(server)
    // a server that lies about a file's size: its stub (and body) claim 500 MB for a small PDF
    towardB.rewrite(
      (path) => path === `/library/file:${forged.hugeHash}`,
      (body) => {
        const doc = body as { size: number; _attachments?: Record<string, { length: number }> }
        const stub = doc._attachments?.['content.pdf']
        if (stub) stub.length = 500 * 1024 * 1024
        return { ...doc, size: 500 * 1024 * 1024 }
      },
    )
    await connectDevice(b, { url: towardB.url, ...ana, pdfs: 'all' })

    // everything else arrives: A's papers and PDF, and the two forged papers whose rows are sound
    await expect.poll(async () => (await listedTitles(b.page)).sort(), ARRIVES).toEqual([...ALL_TITLES, PDF_TITLE, forged.pathTitle, forged.hugeTitle].sort())
    const stored = join(b.userDataDir, 'Library', 'files')
    await expect.poll(() => existsSync(join(stored, realHash.slice(0, 2), `${realHash}.pdf`)), ARRIVES).toBe(true)
    await expect.poll(async () => (await syncStatusOf(b)).refused.map((doc) => doc.id).sort(), ARRIVES).toEqual(
      ['paper:forged-schema', `file:${forged.pathHash}`, `file:${forged.hugeHash}`].sort(),
    )
    const refused = (await syncStatusOf(b)).refused
    const reason = (id: string) => refused.find((doc) => doc.id === id)?.reason ?? ''
    expect(reason(`file:${forged.pathHash}`)).toContain('../../escaped.pdf')
    expect(reason(`file:${forged.hugeHash}`)).toContain('500 MB')
    expect(reason('paper:forged-schema')).not.toBe('')
    // neither forged file was written anywhere: not in the store, not beside it
    const folders = await readdir(stored)
    const files = (await Promise.all(folders.map((folder) => readdir(join(stored, folder))))).flat()
    expect(files).toEqual([`${realHash}.pdf`])
    expect(existsSync(join(b.userDataDir, 'escaped.pdf'))).toBe(false)
    expect(existsSync(join(b.userDataDir, 'Library', 'escaped.pdf'))).toBe(false)
    expect((await papersOf(b.page)).some((paper) => paper.id === 'forged-schema')).toBe(false)

    await openSyncSettings(b.page)
    const list = syncSection(b.page).getByRole('list', { name: 'Refused documents' })
    await expect.poll(() => list.getByRole('listitem').count(), ARRIVES).toBe(3)
    expect(await list.textContent()).toContain(`file:${forged.hugeHash}`)
    expect(await list.textContent()).toContain('paper:forged-schema')
    await syncSection(b.page).screenshot({ path: join(SHOTS, 'sync-settings-refused.png') })
  }, 240_000)

  it('says in Settings when the password is wrong; a read-only member receives A\'s changes and keeps its own edits on the device', async () => {
    const server = await couch()
    const { ana, ben } = await labDatabase(server, 'lab', { readOnlyMember: true })
    const a = await device('a')
    const b = await device('b')
    await importBib(a.page, BIB, 4)
    await connectDevice(a, { url: server.url, ...ana })

    await openSyncSettings(b.page)
    await fillSyncForm(b.page, { url: server.url, ...ben, password: 'not-bens-password' })
    await syncSection(b.page).getByRole('button', { name: 'Test connection' }).click()
    const outcome = syncSection(b.page).getByTestId('sync-outcome')
    await expect.poll(() => outcome.textContent()).toBe(`${server.url} refused the user name ben with this password: check both (CouchDB user names are case-sensitive).`)
    expect(await outcome.getAttribute('role')).toBe('alert')
    await syncSection(b.page).screenshot({ path: join(SHOTS, 'sync-settings-wrong-password.png') })

    await syncSection(b.page).getByLabel('Password', { exact: true }).fill(ben.password)
    await syncSection(b.page).getByRole('button', { name: 'Test connection' }).click()
    await expect
      .poll(() => outcome.textContent())
      .toBe(
        `Connected to the database lab on ${server.url} as ben: you can read this library but not change it; your edits will stay on this device. Read-only: you can read this database but not change it, so your edits would stay on this device.`,
      )
    await syncSection(b.page).getByRole('button', { name: 'Connect', exact: true }).click()
    await syncSection(b.page).getByText('Connected: the library syncs with this database now.').waitFor()
    await expect.poll(() => syncSection(b.page).getByTestId('sync-setting-status').textContent(), ARRIVES).toContain('You can read this library but not change it: your edits stay on this device.')
    await syncSection(b.page).screenshot({ path: join(SHOTS, 'sync-settings-read-only.png') })
    await b.page.getByRole('button', { name: 'Close' }).click()
    await expect.poll(async () => (await listedTitles(b.page)).sort(), ARRIVES).toEqual([...ALL_TITLES].sort())

    // B's edit stays on B; the server keeps A's title
    const maes = await paperByTitle(a.page, MAES)
    await editField(b.page, MAES, 'Title', 'Ben\u2019s own title, kept on his laptop')
    await expect.poll(() => statusLineText(b.page), ARRIVES).toBe('Read-only: your edits stay on this device')
    expect(await b.page.getByTestId('sync-status').getByRole('note').textContent()).toContain('You can read this library but not change it: your edits stay on this device.')
    await b.page.locator('footer.statusbar').screenshot({ path: join(SHOTS, 'sync-status-read-only.png') })
    // A's later change still comes down to B (a new paper: see labDatabase for why not an edit)
    await importBib(a.page, LATER_BIB, 1)
    await expect.poll(() => listedTitles(b.page), ARRIVES).toContain(LATER_TITLE)
    expect(await listedTitles(b.page)).toContain('Ben\u2019s own title, kept on his laptop')
    const onServer = await server.request('GET', `/lab/${encodeURIComponent(`paper:${maes.id}`)}`)
    expect((onServer.body as { row: PaperRow }).row.csl.title).toBe(MAES)
    expect(await listedTitles(a.page)).toContain(MAES)
    const status: SyncStatus = await syncStatusOf(b)
    expect(status.readOnly).toBe(true)
  }, 240_000)
})

/**
 * Documents nobody's AxisRef would write, put straight on the server by its admin: a paper that
 * breaks the paper schema, and two sound papers whose PDFs are forged, one with an attachment
 * named by a path, one (made huge by the proxy) whose stub claims 500 MB.
 */
async function forgeDocuments(server: CouchServer, database: string, model: PaperRow): Promise<{ pathHash: string; pathTitle: string; hugeHash: string; hugeTitle: string }> {
  const pdf = await readFile(corpusPdf(PDF_FILE))
  const pathPdf = distinctPdf(pdf, 'path')
  const hugePdf = distinctPdf(pdf, 'huge')
  const pathHash = createHash('sha256').update(pathPdf).digest('hex')
  const hugeHash = createHash('sha256').update(hugePdf).digest('hex')
  const changedBy = { device: 'forger', deviceName: 'forger', user: 'admin', at: Date.now() }
  const put = async (id: string, body: unknown) => {
    const answer = await server.request('PUT', `/${database}/${encodeURIComponent(id)}`, body)
    if (answer.status !== 201) throw new Error(`The server did not take the forged ${id}: ${answer.status} ${JSON.stringify(answer.body)}`)
  }
  const paper = (id: string, title: string) => ({ ...model, id, citationKey: id, csl: { ...model.csl, id, title }, syncConflicts: undefined })
  const attachment = (id: string, paperId: string, hash: string, size: number) => ({ id, paperId, hash, size, originalName: `${id}.pdf`, textExtracted: false, addedAt: Date.now(), modifiedAt: Date.now(), revision: 1 })
  const pathTitle = 'A paper whose PDF is named by a path'
  const hugeTitle = 'A paper whose PDF claims 500 MB'

  await put('paper:forged-schema', { table: 'papers', row: { id: 'forged-schema', citationKey: 42, csl: 'not a record', modifiedAt: 'yesterday' }, changedBy })
  await put('paper:forged-path', { table: 'papers', row: paper('forged-path', pathTitle), changedBy })
  await put('attachment:forged-path', { table: 'attachments', row: attachment('forged-path', 'forged-path', pathHash, pathPdf.length), changedBy })
  await put(`file:${pathHash}`, { kind: 'file', hash: pathHash, size: pathPdf.length, _attachments: { '../../escaped.pdf': { content_type: 'application/pdf', data: pathPdf.toString('base64') } } })
  await put('paper:forged-huge', { table: 'papers', row: paper('forged-huge', hugeTitle), changedBy })
  await put('attachment:forged-huge', { table: 'attachments', row: attachment('forged-huge', 'forged-huge', hugeHash, hugePdf.length), changedBy })
  await put(`file:${hugeHash}`, { kind: 'file', hash: hugeHash, size: hugePdf.length, _attachments: { 'content.pdf': { content_type: 'application/pdf', data: hugePdf.toString('base64') } } })
  return { pathHash, pathTitle, hugeHash, hugeTitle }
}

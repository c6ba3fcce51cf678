import { createHash } from 'node:crypto'
import { readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { realFileSystem } from '../../electron/main/services/fileSystem'
import { createPdfStore } from '../../electron/main/services/pdfStore'
import type { AttachmentRecord } from '../../renderer/src/db/schema'
import { launchChromium } from '../../tests/support/chromium'
import { startCouchServer, type CouchServer } from '../../tests/support/couchServer'
import { makeTempDir } from '../../tests/support/paths'
import { seedLibrary } from '../../tests/support/seedLibrary'
import { connectDevice, detailsPane, distinctPdf, openDevice, paperList, serverDocIds, tableCount, type Device, type SyncAccount } from '../../tests/support/syncDevices'
import { CORPUS_DIR, loadCorpusPool } from '../fixtures/corpusPool'
import { generateLibrary, type GeneratedLibrary } from '../fixtures/generateLibrary'
import { median, round, type BenchSuite, type Metrics } from '../metrics'

// This runs in B's page, where the DOM exists (the bench's types are Node's).
declare const document: { querySelectorAll(selector: string): ArrayLike<{ textContent: string | null }> }

// AXISREF_BENCH_SYNC_PAPERS / _PDFS: a smaller library for a quick check of the suite itself
const PAPERS = Number(process.env.AXISREF_BENCH_SYNC_PAPERS ?? 10_000)
const PDFS = Number(process.env.AXISREF_BENCH_SYNC_PDFS ?? 500)
/** A typical article (238 kB, 16 pages): each of the 500 is this file with a comment of its own at the end. */
const PDF = join(CORPUS_DIR, 'pdf/metadata/cermine-test1.pdf')
const EDITS = 7
const DATABASE = 'bench-library'
const POLL_MS = 100
/** Far beyond the targets: only there so a broken sync fails the run instead of hanging it. */
const GIVE_UP_MS = 30 * 60_000

/**
 * The first sync of a 10,000-paper library with 500 PDFs onto an empty device, and the time
 * from an edit on one device to its row repainted on the other: two browser hosts with their
 * own data folders, two Chromium pages, PouchDB Server on this machine. References measured
 * in the same run: PouchDB's bare replication of the same database into a fresh local
 * PouchDB (no app), and a bare document PUT seen by a `_changes` listener.
 */
export const syncSuite: BenchSuite = {
  name: 'sync',
  summary: `first sync of ${PAPERS} papers with ${PDFS} PDFs onto an empty device, and an edit on A repainted on B`,
  async run() {
    const server = await startCouchServer({ onDisk: true })
    const browser = await launchChromium()
    const devices: Device[] = []
    try {
      await server.createUser('bench', 'bench-secret', ['lab'])
      await server.createDatabase(DATABASE, { memberRoles: ['lab'] })
      const account: SyncAccount = { url: server.url, database: DATABASE, user: 'bench', password: 'bench-secret', pdfs: 'all' }
      const a = await deviceWithLibrary(browser, devices)
      const uploadMs = await timed(async () => {
        await connectDevice(a, account)
        await waitFor(async () => (await serverDocIds(server, DATABASE, 'paper')).length === PAPERS && (await serverDocIds(server, DATABASE, 'file')).length === PDFS, 'A to send its library')
      })
      console.error(`[bench] sync: A sent ${PAPERS} papers and ${PDFS} PDFs in ${round(uploadMs / 1000, 1)} s`)

      const b = await openDevice(browser, 'bench-b', { checkOutput: false })
      devices.push(b)
      const parts: Record<string, number> = {}
      const initialMs = await timed(async () => {
        const started = performance.now()
        const reached = (part: string, done: boolean) => {
          if (done) parts[part] ??= performance.now() - started
          return done
        }
        const expected = await replicaTotal(server)
        const profiler = await startProfiler(b.page)
        await connectDevice(b, account)
        await waitFor(async () => {
          // main's copy of the server's database: the part PouchDB's replicator does, before the window's
          reached("main's replica complete", (await b.host.services.sync.replica()?.info())?.doc_count === expected)
          const papers = reached('papers in the window', (await tableCount(b.page, 'papers')) === PAPERS)
          const pdfs = reached('PDFs in the store', (await storedPdfs(b)) === PDFS)
          return papers && pdfs
        }, 'B to receive the library')
        await profiler?.stop()
      })
      console.error(`[bench] sync: on B, ${Object.entries(parts).map(([part, ms]) => `${part} after ${round(ms / 1000, 1)} s`).join(', ')}`)
      const bareMs = await bareReplication(server, account)
      console.error(`[bench] sync: B received it in ${round(initialMs / 1000, 1)} s; PouchDB's bare replication of the same database ${round(bareMs / 1000, 1)} s`)

      const editsMs = await editsSeenOnB(a.page, b.page)
      const bareChangesMs = await bareChangeLatencies(server)
      console.error(`[bench] sync: edits seen on B after ${editsMs.map((ms) => round(ms)).join(', ')} ms; bare PUT to _changes ${bareChangesMs.map((ms) => round(ms, 1)).join(', ')} ms`)
      return {
        'sync.initial_10k_s': { value: round(initialMs / 1000), unit: 's', baseline: round(bareMs / 1000), target: 60 },
        'sync.edit_visible_s': { value: round(median(editsMs) / 1000, 3), unit: 's', baseline: round(median(bareChangesMs) / 1000, 3), target: 3 },
      } satisfies Metrics
    } finally {
      for (const device of devices) {
        await device.close()
        await rm(device.userDataDir, { recursive: true, force: true })
      }
      await browser.close()
      await server.stop()
    }
  },
}

/** Device A with the generated library in its IndexedDB and 500 distinct PDFs in its store, each with its attachment row. */
async function deviceWithLibrary(browser: Browser, devices: Device[]): Promise<Device> {
  const a = await openDevice(browser, 'bench-a', { checkOutput: false })
  devices.push(a)
  const library = generateLibrary(loadCorpusPool(), { count: PAPERS, pdfShare: 0, fullTextShare: 0, noteShare: 0.06 })
  library.attachments = await storePdfs(a, library)
  for (let start = 0; start < PAPERS; start += 2_500) {
    const papers = library.papers.slice(start, start + 2_500)
    const ids = new Set(papers.map((paper) => paper.id))
    const chunk: GeneratedLibrary = { papers, fullTexts: [], notes: library.notes.filter((note) => ids.has(note.paperId)), attachments: library.attachments.filter((row) => ids.has(row.paperId)) }
    await seedLibrary(a.page, chunk)
  }
  await a.page.reload()
  await paperList(a.page).first().waitFor({ timeout: 120_000 })
  return a
}

async function storePdfs(device: Device, library: GeneratedLibrary): Promise<AttachmentRecord[]> {
  const store = createPdfStore({ fs: realFileSystem, root: join(device.userDataDir, 'Library') })
  const original = await readFile(PDF)
  const rows: AttachmentRecord[] = []
  for (const paper of library.papers.slice(0, PDFS)) {
    const bytes = distinctPdf(original, paper.id)
    const written = await store.storeBytes(bytes, `${paper.citationKey}.pdf`)
    rows.push({ id: `a${paper.id.slice(1)}`, paperId: paper.id, hash: written.hash, size: written.size, originalName: `${paper.citationKey}.pdf`, pageCount: 16, textExtracted: false, addedAt: paper.addedAt, modifiedAt: paper.addedAt, revision: 1 })
  }
  return rows
}

/** With AXISREF_BENCH_PROFILE=<file>, B's page is profiled during the first sync (a .cpuprofile for Chrome's DevTools). */
async function startProfiler(page: Page): Promise<{ stop(): Promise<void> } | undefined> {
  const file = process.env.AXISREF_BENCH_PROFILE
  if (!file) return undefined
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.start')
  return {
    async stop() {
      const { profile } = await cdp.send('Profiler.stop')
      await writeFile(file, JSON.stringify(profile))
      console.error(`[bench] sync: B's page profiled into ${file}`)
    },
  }
}

/** The documents of the server's database a replica holds: all but the PDFs' and design documents. */
async function replicaTotal(server: CouchServer): Promise<number> {
  const authorization = `Basic ${Buffer.from(`${server.admin.user}:${server.admin.password}`).toString('base64')}`
  const answer = (await (await fetch(`${server.url}/${DATABASE}/_all_docs`, { headers: { authorization } })).json()) as { rows: { id: string }[] }
  return answer.rows.filter((row) => !row.id.startsWith('file:') && !row.id.startsWith('_design/')).length
}

async function storedPdfs(device: Device): Promise<number> {
  const files = join(device.userDataDir, 'Library', 'files')
  const folders = await readdir(files).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return []
    throw error
  })
  const names = await Promise.all(folders.map((folder) => readdir(join(files, folder))))
  return names.flat().filter((name) => /^[0-9a-f]{64}\.pdf$/.test(name)).length
}

async function timed(task: () => Promise<void>): Promise<number> {
  const started = performance.now()
  await task()
  return performance.now() - started
}

async function waitFor(done: () => Promise<boolean>, what: string): Promise<void> {
  const started = performance.now()
  while (!(await done())) {
    if (performance.now() - started > GIVE_UP_MS) throw new Error(`bench sync: waited ${GIVE_UP_MS / 60_000} minutes for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, POLL_MS))
  }
}

/**
 * Edits the title of one of the first rows of A's list in the details pane, as a person does,
 * and times from the Enter that saves it to the new title painted in B's list.
 */
async function editsSeenOnB(a: Page, b: Page): Promise<number[]> {
  const times: number[] = []
  for (let edit = 0; edit < EDITS; edit++) {
    const title = `Edited on A, number ${edit + 1}: faecal microbiota and the inflamed brain`
    await paperList(a).nth(edit % 5).click()
    const field = detailsPane(a).getByLabel('Title', { exact: true })
    await field.fill(title)
    const started = performance.now()
    await field.press('Enter')
    // checked in B's page at every frame, so the time is the repaint's, not a poll's
    await b.waitForFunction((wanted) => Array.from(document.querySelectorAll('[data-testid="paper-row"] .col-title')).some((cell) => cell.textContent === wanted), title, { polling: 'raf', timeout: 120_000 })
    times.push(performance.now() - started)
  }
  return times
}

/** The part of PouchDB's API the reference uses (its @types package's global Buffer breaks Node's). */
interface BareDatabase {
  info(): Promise<{ doc_count: number }>
  close(): Promise<void>
}
interface BarePouch {
  new (name: string, options: Record<string, unknown>): BareDatabase
  plugin(plugin: unknown): BarePouch
  replicate(source: BareDatabase, target: BareDatabase): Promise<{ ok: boolean; docs_written: number }>
}

/** PouchDB replicating the same server database (papers, rows and the PDFs' file documents) into a fresh LevelDB, no app. */
async function bareReplication(server: CouchServer, account: SyncAccount): Promise<number> {
  const require = createRequire(import.meta.url)
  const core = require('pouchdb-core') as BarePouch
  const adapters = core.plugin(require('pouchdb-adapter-leveldb')).plugin(require('pouchdb-adapter-http'))
  // PouchDB has one class per process: the browser hosts' sync engine in this process has given it replication already (a second time throws)
  const Pouch = typeof adapters.replicate === 'function' ? adapters : adapters.plugin(require('pouchdb-replication'))
  const folder = await makeTempDir('bench-bare-replica')
  const remote = new Pouch(`${server.url}/${account.database}`, { adapter: 'http', skip_setup: true, auth: { username: account.user, password: account.password } })
  const local = new Pouch(join(folder, 'replica'), { adapter: 'leveldb' })
  try {
    const started = performance.now()
    const result = await Pouch.replicate(remote, local)
    const ms = performance.now() - started
    if (!result.ok) throw new Error('bench sync: the bare replication did not finish')
    console.error(`[bench] sync: bare replication wrote ${result.docs_written} documents (${(await local.info()).doc_count} in the replica)`)
    return ms
  } finally {
    await local.close()
    await remote.close()
    await rm(folder, { recursive: true, force: true })
  }
}

/**
 * A document PUT on the same server, timed until a `_changes` listener (continuous feed, already
 * answering) sees it; in a database of its own, so the devices never receive these documents.
 */
async function bareChangeLatencies(server: CouchServer): Promise<number[]> {
  const times: number[] = []
  const database = 'bench-changes'
  await server.createDatabase(database)
  const authorization = `Basic ${Buffer.from(`${server.admin.user}:${server.admin.password}`).toString('base64')}`
  for (let edit = 0; edit < EDITS; edit++) {
    const info = await fetch(`${server.url}/${database}`, { headers: { authorization } })
    const since = ((await info.json()) as { update_seq: string | number }).update_seq
    const id = `bench-change-${edit}-${createHash('sha256').update(String(Math.random())).digest('hex').slice(0, 8)}`
    const feed = await fetch(`${server.url}/${database}/_changes?feed=continuous&heartbeat=50&since=${encodeURIComponent(String(since))}`, { headers: { authorization, 'accept-encoding': 'identity' } })
    if (!feed.body) throw new Error('bench sync: the _changes feed has no body')
    const reader = feed.body.getReader()
    // the first heartbeat says the listener is in place before the PUT goes (a gzipped feed would hold it back: identity)
    await reader.read()
    const started = performance.now()
    const put = await fetch(`${server.url}/${database}/${id}`, { method: 'PUT', headers: { authorization, 'content-type': 'application/json' }, body: JSON.stringify({ bench: edit }) })
    if (!put.ok) throw new Error(`bench sync: PUT ${id} answered ${put.status}`)
    let seen = ''
    while (!seen.includes(id)) {
      const chunk = await reader.read()
      if (chunk.done) throw new Error('bench sync: the _changes feed ended before the change')
      seen += Buffer.from(chunk.value).toString('utf8')
    }
    times.push(performance.now() - started)
    await reader.cancel()
  }
  return times
}

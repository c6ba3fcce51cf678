import { request as httpRequest, createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { Socket } from 'node:net'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { startBrowserHost, type BrowserHost } from '../../electron/browser-host/server'
import { HOST_TOKEN_HEADER } from '../../shared/ipc/hostToken'
import type { Result } from '../../shared/ipc/result'
import type { SyncStatus } from '../../shared/sync/status'
import { freePort } from './caywClient'
import type { CouchServer } from './couchServer'
import { builtRendererDir, makeTempDir } from './paths'

/**
 * Devices for the sync tests: each a browser host with its own data folder and a Chromium page
 * of its own (its own context, so its own IndexedDB), as two computers of one user would be.
 */
export interface Device {
  name: string
  host: BrowserHost
  context: BrowserContext
  page: Page
  userDataDir: string
  close(): Promise<void>
}

/** `checkOutput: false` answers as the desktop app does, without checking each answer against the contract (the bench). */
export async function openDevice(browser: Browser, name: string, options: { emptyState?: boolean; checkOutput?: boolean } = {}): Promise<Device> {
  const userDataDir = await makeTempDir(`sync-${name}`)
  const host = await startBrowserHost({ rendererDir: builtRendererDir(), userDataDir, appVersion: '0.1.0', checkOutput: options.checkOutput ?? true })
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } })
  const page = await context.newPage()
  await page.goto(host.url)
  if (options.emptyState !== false) await page.getByTestId('empty-state').waitFor()
  return {
    name,
    host,
    context,
    page,
    userDataDir,
    async close() {
      await context.close()
      await host.close()
    },
  }
}

/** Calls a channel of the device's host as its page does (token and origin), failing with the host's words. */
export async function callHost<T>(host: BrowserHost, channel: string, payload?: unknown): Promise<T> {
  const response = await fetch(`${host.origin}/api/${channel}`, {
    method: 'POST',
    headers: { origin: host.origin, [HOST_TOKEN_HEADER]: host.token, 'content-type': 'application/json' },
    body: payload === undefined ? '' : JSON.stringify(payload),
  })
  const result = (await response.json()) as Result<T>
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`)
  return result.value
}

export interface SyncAccount {
  /** The server's address as the device is given it (the server, or a proxy in front of it). */
  url: string
  database: string
  user: string
  password: string
  pdfs?: 'onOpen' | 'all'
}

/** Connects the device through its host's API (what Settings → Sync's Connect calls). */
export async function connectDevice(device: Device, account: SyncAccount): Promise<SyncStatus> {
  const status = await callHost<SyncStatus>(device.host, 'connectSync', { url: account.url, database: account.database, user: account.user, password: account.password, pdfs: account.pdfs ?? 'onOpen' })
  if (!status.connection) throw new Error(`${device.name} did not connect: ${status.message ?? status.state}`)
  // the window learns of a connection made outside it (this call, as the command line would make one) when it starts: as after a restart
  await device.page.reload()
  await device.page.getByTestId('sync-status').waitFor()
  return status
}

export function syncStatusOf(device: Device): Promise<SyncStatus> {
  return callHost<SyncStatus>(device.host, 'getSyncStatus')
}

/** Opens Settings → Sync on the device's page, as a person would. */
export async function openSyncSettings(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Settings' }).click()
  await syncSection(page).waitFor()
}

export function syncSection(page: Page) {
  return page.locator('section[aria-labelledby="sync-heading"]')
}

/** Types the connection into Settings → Sync (opened already); the caller presses Test connection or Connect. */
export async function fillSyncForm(page: Page, account: SyncAccount): Promise<void> {
  const form = syncSection(page).getByRole('form', { name: 'Sync connection' })
  await form.getByLabel('Server address').fill(account.url)
  await form.getByLabel('Database').fill(account.database)
  await form.getByLabel('User').fill(account.user)
  await form.getByLabel('Password', { exact: true }).fill(account.password)
  await form.getByLabel(account.pdfs === 'all' ? 'All, as they arrive' : 'When a paper is opened').check()
}

/** The status line's sync words ("Up to date", "Offline: will retry"…), '' while the library is not synced. */
export async function statusLineText(page: Page): Promise<string> {
  const line = page.getByTestId('sync-status')
  return (await line.count()) === 0 ? '' : ((await line.locator('.sync-status__text').textContent()) ?? '')
}

export const paperList = (page: Page) => page.getByRole('grid', { name: 'Papers' }).getByTestId('paper-row')
export const detailsPane = (page: Page) => page.getByRole('article', { name: 'Paper details' })

/** The titles the device's list shows, in its order. */
export function listedTitles(page: Page): Promise<string[]> {
  return paperList(page).locator('.col-title').allInnerTexts()
}

// These run in the page, where IndexedDB exists (this project's types are Node's).
interface IdbRequest<T> {
  result: T
  error: unknown
  onsuccess: (() => void) | null
  onerror: (() => void) | null
}
interface IdbDatabase {
  transaction(names: string[], mode: 'readonly'): { objectStore(name: string): { getAll(): IdbRequest<unknown[]>; count(): IdbRequest<number> } }
  close(): void
}
declare const indexedDB: { open(name: string): IdbRequest<IdbDatabase> }

/** Every row of one of the app's IndexedDB tables on the device's page, read straight from IndexedDB. */
export async function tableRows<T = Record<string, unknown>>(page: Page, table: string, database = 'axisref'): Promise<T[]> {
  const rows = await page.evaluate(
    async ({ name, store }) => {
      const db = await new Promise<IdbDatabase>((resolve, reject) => {
        const opened = indexedDB.open(name)
        opened.onsuccess = () => resolve(opened.result)
        opened.onerror = () => reject(new Error(String(opened.error)))
      })
      try {
        const all = db.transaction([store], 'readonly').objectStore(store).getAll()
        return await new Promise<unknown[]>((resolve, reject) => {
          all.onsuccess = () => resolve(all.result)
          all.onerror = () => reject(new Error(String(all.error)))
        })
      } finally {
        db.close()
      }
    },
    { name: database, store: table },
  )
  return rows as T[]
}

/** How many rows one of the app's IndexedDB tables holds on the device's page (without reading them). */
export async function tableCount(page: Page, table: string, database = 'axisref'): Promise<number> {
  return page.evaluate(
    async ({ name, store }) => {
      const db = await new Promise<IdbDatabase>((resolve, reject) => {
        const opened = indexedDB.open(name)
        opened.onsuccess = () => resolve(opened.result)
        opened.onerror = () => reject(new Error(String(opened.error)))
      })
      try {
        const counted = db.transaction([store], 'readonly').objectStore(store).count()
        return await new Promise<number>((resolve, reject) => {
          counted.onsuccess = () => resolve(counted.result)
          counted.onerror = () => reject(new Error(String(counted.error)))
        })
      } finally {
        db.close()
      }
    },
    { name: database, store: table },
  )
}

/** The ids of the server's documents of one kind (`paper`, `note`, `file`…), read as the admin. */
export async function serverDocIds(server: CouchServer, database: string, kind: string): Promise<string[]> {
  const range = `startkey=${encodeURIComponent(JSON.stringify(`${kind}:`))}&endkey=${encodeURIComponent(JSON.stringify(`${kind}:\ufff0`))}`
  const answer = await server.request('GET', `/${database}/_all_docs?${range}`)
  if (answer.status !== 200) throw new Error(`_all_docs of ${database} answered ${answer.status}: ${JSON.stringify(answer.body)}`)
  return (answer.body as { rows: Array<{ id: string }> }).rows.map((row) => row.id)
}

/** A distinct valid PDF made from a real one: the same file with a trailing comment line (PDF readers ignore it). */
export function distinctPdf(pdf: Uint8Array, label: string): Buffer {
  return Buffer.concat([pdf, Buffer.from(`\n% axisref-sync-test ${label}\n`)])
}

/**
 * An HTTP proxy in front of the test server, standing where the network would be: it can cut
 * every connection at once (a pulled cable) once a number of bytes has passed, and change a
 * JSON answer on its way (a server that lies), which PouchDB Server itself cannot be made to do.
 */
export interface SyncProxy {
  url: string
  /** Bytes of request bodies sent up to the server, and of answers sent down, so far. */
  transferred(): { up: number; down: number }
  /** Refuses every connection (and cuts the open ones) from the moment `bytes` more have passed in `direction`. */
  cutAfter(direction: 'up' | 'down', bytes: number): Promise<void>
  cut(): void
  reconnect(): void
  /** Changes JSON answers to GETs whose decoded path `matches`; the function returns the new body. */
  rewrite(matches: (path: string) => boolean, change: (body: unknown) => unknown): void
  close(): Promise<void>
}

interface Trigger {
  direction: 'up' | 'down'
  at: number
  fire: () => void
}

export async function startSyncProxy(target: string): Promise<SyncProxy> {
  const upstream = new URL(target)
  const port = await freePort()
  const sockets = new Set<Socket>()
  const counts = { up: 0, down: 0 }
  const triggers: Trigger[] = []
  const rewrites: Array<{ matches: (path: string) => boolean; change: (body: unknown) => unknown }> = []
  let refusing = false

  function cut(): void {
    refusing = true
    for (const socket of sockets) socket.destroy()
  }
  function count(direction: 'up' | 'down', bytes: number): void {
    counts[direction] += bytes
    for (const trigger of triggers.filter((one) => one.direction === direction && counts[direction] >= one.at)) {
      triggers.splice(triggers.indexOf(trigger), 1)
      cut()
      trigger.fire()
    }
  }

  function forward(request: IncomingMessage, response: ServerResponse): void {
    if (refusing) {
      request.socket.destroy()
      return
    }
    const path = decodeURIComponent(new URL(request.url ?? '/', target).pathname)
    const rewrite = request.method === 'GET' ? rewrites.find((one) => one.matches(path)) : undefined
    // identity encoding: the byte counts are the documents' own, and a rewritten answer is plain JSON
    const headers = { ...request.headers, host: upstream.host, 'accept-encoding': 'identity' }
    const outgoing = httpRequest({ host: upstream.hostname, port: upstream.port, path: request.url, method: request.method, headers })
    // the server went away (killed by the test): the device must see a broken connection, as it would without the proxy
    outgoing.on('error', () => response.destroy())
    request.on('data', (chunk: Buffer) => count('up', chunk.length))
    request.pipe(outgoing)
    outgoing.on('response', (answer) => {
      if (rewrite) return rewriteAnswer(answer, response, rewrite.change)
      response.writeHead(answer.statusCode ?? 502, answer.headers)
      answer.on('data', (chunk: Buffer) => count('down', chunk.length))
      answer.on('error', () => response.destroy())
      answer.pipe(response)
    })
  }

  const server = createServer(forward)
  server.on('connection', (socket) => {
    if (refusing) {
      socket.destroy()
      return
    }
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))

  return {
    url: `http://127.0.0.1:${port}`,
    transferred: () => ({ ...counts }),
    cutAfter(direction, bytes) {
      return new Promise((resolve) => triggers.push({ direction, at: counts[direction] + bytes, fire: resolve }))
    },
    cut,
    reconnect() {
      refusing = false
    },
    rewrite(matches, change) {
      rewrites.push({ matches, change })
    },
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()))
      server.closeAllConnections()
      await closed
    },
  }
}

function rewriteAnswer(answer: IncomingMessage, response: ServerResponse, change: (body: unknown) => unknown): void {
  const chunks: Buffer[] = []
  answer.on('data', (chunk: Buffer) => chunks.push(chunk))
  answer.on('error', () => response.destroy())
  answer.on('end', () => {
    const text = Buffer.concat(chunks).toString('utf8')
    const json = (answer.headers['content-type'] ?? '').includes('json') && answer.statusCode === 200
    const body = json ? JSON.stringify(change(JSON.parse(text))) : text
    const headers = { ...answer.headers, 'content-length': String(Buffer.byteLength(body)) }
    delete headers['transfer-encoding']
    delete headers.etag
    response.writeHead(answer.statusCode ?? 502, headers)
    response.end(body)
  })
}

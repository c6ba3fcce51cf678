import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { readFile, readdir } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { realFileSystem } from '../../../electron/main/services/fileSystem'
import { createIntegrityService } from '../../../electron/main/services/integrity'
import { createLibraryLocationService } from '../../../electron/main/services/libraryLocation'
import { createPathGrants } from '../../../electron/main/services/pathGrants'
import { createPdfImportService } from '../../../electron/main/services/pdfImport'
import { createPdfStore } from '../../../electron/main/services/pdfStore'
import { createQueuedDialogPort } from '../../../electron/main/services/queuedDialogPort'
import { createSettingsStore } from '../../../electron/main/services/settingsStore'
import { createSyncFiles, isRemoteFileDatabase, type RemoteFileDatabase } from '../../../electron/main/services/sync/files'
import { AppError } from '../../../shared/ipc/result'
import { FILE_ATTACHMENT, fileDocId, type RefusedDoc } from '../../../shared/sync/documents'
import { startCouchServer, type CouchServer } from '../../support/couchServer'
import { makeTempDir } from '../../support/paths'
import { corpusPdf, hasPdfCorpus } from '../pdf/corpus'

const corpus = hasPdfCorpus('sync files')
const DB = 'library'
const USER = { user: 'ana', password: 'ana-secret' }

interface PouchStatic {
  plugin(plugin: unknown): PouchStatic
  new (name: string, options: { fetch: typeof fetch; skip_setup: boolean }): object
}
function isPouchStatic(value: unknown): value is PouchStatic {
  return typeof value === 'function' && 'plugin' in value
}
// through require: @types/pouchdb-core declares a global Buffer and the DOM, which break main's type check
const require = createRequire(import.meta.url)
const core: unknown = require('pouchdb-core')
const httpAdapter: unknown = require('pouchdb-adapter-http')
if (!isPouchStatic(core)) throw new Error('pouchdb-core did not load as PouchDB')
const PouchDB = core.plugin(httpAdapter)

/** The remote database as main builds it: PouchDB over HTTP, the user's credentials added to each request. */
function remoteAt(url: string, user = USER, db = DB): RemoteFileDatabase {
  const authorization = `Basic ${Buffer.from(`${user.user}:${user.password}`).toString('base64')}`
  const authenticated: typeof fetch = (input, init) => {
    const headers = new Headers(init?.headers)
    headers.set('authorization', authorization)
    return fetch(input, { ...init, headers })
  }
  const remote = new PouchDB(`${url}/${db}`, { fetch: authenticated, skip_setup: true })
  if (!isRemoteFileDatabase(remote)) throw new Error('PouchDB over HTTP lacks a method the file sync uses')
  return remote
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

/** A device: its own library folder and its sync files over `remote`. */
async function device(remote: () => RemoteFileDatabase | undefined, maxBytes?: number) {
  const root = await makeTempDir('sync-files')
  const reports: RefusedDoc[] = []
  const files = createSyncFiles({ remote, fs: realFileSystem, libraryRoot: async () => root, report: (refused) => reports.push(refused), now: () => 1_000, ...(maxBytes ? { maxBytes } : {}) })
  const store = createPdfStore({ fs: realFileSystem, root })
  return { root, reports, files, store }
}

const stubbedDoc = z.object({ size: z.number(), _attachments: z.record(z.string(), z.object({ length: z.number() }).loose()).optional() }).loose()

/**
 * A proxy between a device and the server, as a hostile or broken network would be: it can
 * rewrite the file documents' stubs (a server claiming a 500 MB attachment) and can be down.
 */
async function startProxy(target: string) {
  const seen: string[] = []
  const state: { down: boolean; stubLength?: number } = { down: false }
  const server: Server = createServer((request, response) => {
    if (state.down) {
      request.socket.destroy()
      return
    }
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      seen.push(`${request.method} ${request.url}`)
      void forward(request.method ?? 'GET', request.url ?? '/', request.headers, Buffer.concat(chunks)).then(
        ({ status, type, body }) => response.writeHead(status, { 'content-type': type }).end(body),
        (error: unknown) => response.writeHead(502).end(String(error)),
      )
    })
  })
  async function forward(method: string, path: string, headers: NodeJS.Dict<string | string[]>, body: Buffer) {
    const pass = Object.fromEntries(['authorization', 'content-type', 'accept'].flatMap((name) => (typeof headers[name] === 'string' ? [[name, headers[name]]] : [])))
    const upstream = await fetch(`${target}${path}`, { method, headers: pass, ...(body.length > 0 ? { body } : {}) })
    const type = upstream.headers.get('content-type') ?? 'application/octet-stream'
    let answer = Buffer.from(await upstream.arrayBuffer())
    if (state.stubLength !== undefined && /\/file%3A[0-9a-f]{64}(\?|$)/.test(path) && type.includes('json')) {
      const doc = stubbedDoc.parse(JSON.parse(answer.toString()))
      // the record's size is made to agree, so that only the size itself can be the reason for a refusal
      doc.size = state.stubLength
      for (const stub of Object.values(doc._attachments ?? {})) stub.length = state.stubLength
      answer = Buffer.from(JSON.stringify(doc))
    }
    return { status: upstream.status, type, body: answer }
  }
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (address === null || typeof address === 'string') throw new Error('the proxy is not listening on a port')
  return { url: `http://127.0.0.1:${address.port}`, seen, state, close: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}

describe.skipIf(!corpus)('PDFs through the sync server, by content hash', () => {
  let server: CouchServer
  let remote: RemoteFileDatabase
  let paper: Buffer
  let other: Buffer

  beforeAll(async () => {
    server = await startCouchServer()
    await server.createDatabase(DB, { memberRoles: ['lab'] })
    await server.createUser(USER.user, USER.password, ['lab'])
    remote = remoteAt(server.url)
    paper = await readFile(corpusPdf('metadata/hindawi-PMC4745305.pdf'))
    other = await readFile(corpusPdf((await readdir(corpusPdf('metadata'))).filter((name) => name.endsWith('.pdf') && name !== 'hindawi-PMC4745305.pdf').map((name) => `metadata/${name}`)[0]!))
  }, 120_000)
  afterAll(async () => server?.stop())

  /** Puts a forged file document on the server as its admin, the attachments inline. */
  async function forge(hash: string, attachments: Record<string, Buffer>, size: number) {
    const _attachments = Object.fromEntries(Object.entries(attachments).map(([name, bytes]) => [name, { content_type: 'application/pdf', data: bytes.toString('base64') }]))
    const put = await server.request('PUT', `/${DB}/${encodeURIComponent(fileDocId(hash))}`, { kind: 'file', hash, size, _attachments })
    expect(put.status).toBe(201)
  }

  it('uploads a PDF once, and a second device fetches the same bytes into its store', async () => {
    const a = await device(() => remote)
    const { hash } = await a.store.storeBytes(paper, 'paper.pdf')
    const twice = await Promise.all([a.files.upload(hash), a.files.upload(hash)])
    expect(twice).toEqual(['uploaded', 'uploaded'])
    const doc = (await server.request('GET', `/${DB}/${encodeURIComponent(fileDocId(hash))}`)).body
    // one body and one attachment: two revisions, not four (the second call joined the first)
    expect(doc).toMatchObject({ _rev: expect.stringMatching(/^2-/), hash, size: paper.length, _attachments: { [FILE_ATTACHMENT]: { length: paper.length } } })
    expect(await a.files.upload(hash)).toBe('present')

    const b = await device(() => remote)
    expect(await b.files.fetch(hash)).toEqual({ stored: true })
    const fetched = await readFile(b.store.pathFor(hash))
    expect(sha256(fetched)).toBe(hash)
    expect(fetched.equals(paper)).toBe(true)
    expect(await b.files.fetch(hash)).toEqual({ stored: false })
    expect(b.reports).toEqual([])
  })

  it('takes another device uploading the same PDF at the same time as success', async () => {
    const a = await device(() => remote)
    const c = await device(() => remote)
    const { hash } = await a.store.storeBytes(other, 'other.pdf')
    await c.store.storeBytes(other, 'other.pdf')
    const outcomes = await Promise.all([a.files.upload(hash), c.files.upload(hash)])
    expect(outcomes.every((outcome) => outcome === 'uploaded' || outcome === 'present')).toBe(true)
    const b = await device(() => remote)
    expect(await b.files.fetch(hash)).toEqual({ stored: true })
  })

  it('refuses a document whose bytes are not the PDF its hash names, storing nothing, and reports it', async () => {
    const hash = sha256(Buffer.concat([paper, Buffer.from('forged')]))
    await forge(hash, { [FILE_ATTACHMENT]: other }, other.length)
    const b = await device(() => remote)
    const refusal = await b.files.fetch(hash).catch((error: unknown) => error)
    expect(refusal).toBeInstanceOf(AppError)
    expect(refusal).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining(`The PDF ${hash.slice(0, 12)}… on the sync server was refused`) })
    expect(b.reports).toEqual([{ id: fileDocId(hash), reason: expect.stringContaining(`SHA-256 ${sha256(other)}`), at: 1_000 }])
    expect(existsSync(join(b.root, 'files'))).toBe(false)
  })

  it('refuses an attachment named with a path, writing nowhere', async () => {
    const hash = sha256(Buffer.concat([paper, Buffer.from('path')]))
    await forge(hash, { '../../evil.pdf': paper }, paper.length)
    const b = await device(() => remote)
    await expect(b.files.fetch(hash)).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('an attachment named "../../evil.pdf"') })
    expect(b.reports.map((report) => report.id)).toEqual([fileDocId(hash)])
    expect(existsSync(join(b.root, 'files'))).toBe(false)
    expect(existsSync(join(b.root, '..', 'evil.pdf'))).toBe(false)
  })

  it('refuses a 500 MB PDF from its stub, before asking for a byte of it', async () => {
    const a = await device(() => remote)
    const { hash } = await a.store.storeBytes(paper, 'paper.pdf')
    await a.files.upload(hash)
    const proxy = await startProxy(server.url)
    try {
      proxy.state.stubLength = 500 * 1024 * 1024
      const b = await device(() => remoteAt(proxy.url))
      await expect(b.files.fetch(hash)).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(new RegExp(`${hash.slice(0, 12)}.*500 MB \\(524288000 bytes\\).*up to 200 MB`)) })
      expect(b.reports).toEqual([{ id: fileDocId(hash), reason: expect.stringContaining('500 MB'), at: 1_000 }])
      expect(proxy.seen.some((request) => request.includes(FILE_ATTACHMENT))).toBe(false)
      expect(proxy.seen.length).toBeGreaterThan(0)
      expect(existsSync(b.store.pathFor(hash))).toBe(false)
    } finally {
      await proxy.close()
    }
  })

  it('stops a download at the size its stub gave, when the server sends more', async () => {
    const a = await device(() => remote)
    const { hash } = await a.store.storeBytes(other, 'other.pdf')
    await a.files.upload(hash)
    const proxy = await startProxy(server.url)
    try {
      proxy.state.stubLength = 1_000
      const b = await device(() => remoteAt(proxy.url))
      await expect(b.files.fetch(hash)).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('the server sent more bytes than its record says') })
      expect(b.reports.map((report) => report.id)).toEqual([fileDocId(hash)])
      expect(existsSync(b.store.pathFor(hash))).toBe(false)
    } finally {
      await proxy.close()
    }
  })

  it('refuses bytes that match their hash but are no PDF', async () => {
    const page = Buffer.from('<html><body>Sign in to read this article</body></html>')
    const hash = sha256(page)
    await forge(hash, { [FILE_ATTACHMENT]: page }, page.length)
    const b = await device(() => remote)
    await expect(b.files.fetch(hash)).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('refused and not stored') })
    expect(b.reports.map((report) => report.id)).toEqual([fileDocId(hash)])
    expect(existsSync(b.store.pathFor(hash))).toBe(false)
  })

  it('queues an upload while the server cannot be reached, and sends it on retry', async () => {
    const proxy = await startProxy(server.url)
    try {
      const a = await device(() => remoteAt(proxy.url))
      const bytes = Buffer.concat([paper, Buffer.from('\n% offline copy\n')])
      const { hash } = await a.store.storeBytes(bytes, 'offline.pdf')
      proxy.state.down = true
      expect(await a.files.upload(hash)).toBe('queued')
      expect(a.files.queued()).toEqual([hash])
      expect(await a.files.retry()).toEqual({ uploaded: [], queued: [hash], failed: [] })
      const b = await device(() => remoteAt(proxy.url))
      await expect(b.files.fetch(hash)).rejects.toMatchObject({ code: 'UNAVAILABLE', message: expect.stringContaining('could not be reached') })

      proxy.state.down = false
      expect(await a.files.retry()).toEqual({ uploaded: [hash], queued: [], failed: [] })
      expect(a.files.queued()).toEqual([])
      expect(await b.files.fetch(hash)).toEqual({ stored: true })
    } finally {
      await proxy.close()
    }
  })

  it('fetches every PDF the library lacks for the "all" setting, one at a time, and stops when the server is gone', async () => {
    const a = await device(() => remote)
    const first = (await a.store.storeBytes(Buffer.concat([paper, Buffer.from('\n% all 1\n')]), 'one.pdf')).hash
    const second = (await a.store.storeBytes(Buffer.concat([paper, Buffer.from('\n% all 2\n')]), 'two.pdf')).hash
    await a.files.upload(first)
    await a.files.upload(second)
    const unsent = sha256(Buffer.from('a PDF not sent yet'))
    const proxy = await startProxy(server.url)
    try {
      const b = await device(() => remoteAt(proxy.url))
      await b.store.storeBytes(await readFile(a.store.pathFor(first)), 'one.pdf')
      const outcome = await b.files.fetchAll([first, second, unsent, second])
      expect(outcome).toEqual({ stored: [second], present: [first], failed: [{ hash: unsent, message: expect.stringContaining('not on the sync server yet') }], notTried: [] })
      expect(sha256(await readFile(b.store.pathFor(second)))).toBe(second)
      // the library already had the first: its document was not even looked at
      expect(proxy.seen.filter((request) => request.includes(first))).toEqual([])

      const c = await device(() => remoteAt(proxy.url))
      proxy.state.down = true
      const offline = await c.files.fetchAll([first, second])
      expect(offline).toEqual({ stored: [], present: [], failed: [{ hash: first, message: expect.stringContaining('could not be reached') }], notTried: [second] })
    } finally {
      await proxy.close()
    }
  })

  it("tells a read-only member the server refused the PDF, without queueing it", async () => {
    await server.createDatabase('readonly', { memberRoles: ['lab', 'reader'], writerRoles: ['lab'] })
    const reader = { user: 'rita', password: 'rita-secret' }
    await server.createUser(reader.user, reader.password, ['reader'])
    const a = await device(() => remoteAt(server.url, reader, 'readonly'))
    const { hash } = await a.store.storeBytes(paper, 'paper.pdf')
    await expect(a.files.upload(hash)).rejects.toMatchObject({ code: 'UNAVAILABLE', message: expect.stringContaining('you can read this library but not change it') })
    expect(a.files.queued()).toEqual([])
  })

  it('fetches a PDF the reader asks for that another device imported, and only then', async () => {
    const a = await device(() => remote)
    const bytes = Buffer.concat([paper, Buffer.from('\n% read on b\n')])
    const { hash } = await a.store.storeBytes(bytes, 'paper.pdf')
    await a.files.upload(hash)
    const userData = await makeTempDir('sync-reader')
    const fs = realFileSystem
    const libraryLocation = createLibraryLocationService({ fs, settings: createSettingsStore({ fs, file: join(userData, 'settings.json'), clock: () => 1_000 }), dialog: createQueuedDialogPort(), defaultPath: join(userData, 'Library') })
    const libraryRoot = async () => (await libraryLocation.get()).path
    let connected = false
    const files = createSyncFiles({ remote: () => (connected ? remote : undefined), fs, libraryRoot, report: () => undefined, now: () => 1_000 })
    const parser = () => {
      throw new Error('the reader does not parse')
    }
    const pdfImport = createPdfImportService({ fs, grants: createPathGrants(), libraryLocation, parser, fetchMissing: files.fetchMissing })
    await expect(pdfImport.readStored(hash)).rejects.toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('missing from the library folder') })
    connected = true
    const read = await pdfImport.readStored(hash)
    expect(Buffer.from(read.base64, 'base64').equals(bytes)).toBe(true)
    expect(existsSync(createPdfStore({ fs, root: await libraryRoot() }).pathFor(hash))).toBe(true)
    // a hash the server does not have is still "missing", in the same words
    await expect(pdfImport.readStored(sha256(Buffer.from('never uploaded')))).rejects.toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('missing from the library folder') })
  })

  it('the library check calls a PDF on the sync server remote, not missing', async () => {
    const a = await device(() => remote)
    const { hash } = await a.store.storeBytes(paper, 'paper.pdf')
    await a.files.upload(hash)
    const lost = sha256(Buffer.from('a PDF no device has'))
    const b = await device(() => remote)
    const integrity = createIntegrityService({ fs: realFileSystem, root: b.root, onSyncServer: b.files.onServer })
    const report = await integrity.check([
      { paperId: 'p1', attachmentId: 'a1', hash },
      { paperId: 'p2', attachmentId: 'a2', hash: lost },
    ])
    expect(report.findings.map(({ kind, hash: of, message }) => ({ kind, hash: of, message }))).toEqual([
      { kind: 'remote', hash, message: 'On the sync server, fetched when the paper is opened.' },
      { kind: 'missing', hash: lost, message: expect.stringContaining('not in the library folder') },
    ])

    const offline = createIntegrityService({ fs: realFileSystem, root: b.root, onSyncServer: (await device(() => remoteAt('http://127.0.0.1:9'))).files.onServer })
    const unasked = await offline.check([{ paperId: 'p1', attachmentId: 'a1', hash }])
    expect(unasked.findings).toEqual([expect.objectContaining({ kind: 'missing', message: expect.stringContaining('The sync server could not be asked whether it has it') })])
  })
})

import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { connect } from 'node:net'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { BodyLimits } from '../../electron/browser-host/bodies'
import { startBrowserHost, type BrowserHost } from '../../electron/browser-host/server'
import { BINARY_CONTENT_TYPE, BINARY_FIELD_HEADER, BINARY_INPUT_HEADER } from '../../shared/ipc/binaryInput'
import { HOST_TOKEN_HEADER } from '../../shared/ipc/hostToken'
import { openPost } from '../support/httpPost'
import { makeTempDir } from '../support/paths'
import { corpusPdf } from './pdf/corpus'

// Every limit is injected small, so nothing here waits out the real 30 s or 200 MB.
let host: BrowserHost | undefined
afterEach(async () => {
  await host?.close()
  host = undefined
})

async function hostWith(limits: Partial<BodyLimits>): Promise<BrowserHost> {
  const userDataDir = await makeTempDir('host-limits')
  host = await startBrowserHost({ rendererDir: userDataDir, userDataDir, appVersion: '1.2.3', limits })
  return host
}

/** A dropped PDF's request as the page sends it, body still to be written by the test. */
function openPdfUpload(running: BrowserHost, name: string, length?: number) {
  return openPost(`${running.origin}/api/storePdfData`, {
    origin: running.origin,
    [HOST_TOKEN_HEADER]: running.token,
    'content-type': BINARY_CONTENT_TYPE,
    [BINARY_FIELD_HEADER]: 'bytes',
    [BINARY_INPUT_HEADER]: encodeURIComponent(JSON.stringify({ name })),
    ...(length === undefined ? {} : { 'content-length': length }),
  })
}

const PDFS = ['hindawi-PMC4745327.pdf', 'jabref-Keim2024.pdf', 'hindawi-PMC4739007.pdf', 'cermine-example3-clinsci.pdf', 'hindawi-PMC4745305.pdf', 'bmc-trials-16-1-1.pdf']

describe('the browser host under many or slow bodies', () => {
  it('holds at most two large bodies at once; the others wait their turn, unread, and every one is stored', async () => {
    const running = await hostWith({ largeBytes: 64 * 1024, largeAtOnce: 2 })
    const files = await Promise.all(PDFS.map((name) => readFile(corpusPdf(`metadata/${name}`))))
    const uploads = files.map((bytes, index) => openPdfUpload(running, PDFS[index]!, bytes.length))
    // half of every body is sent, as six dropped PDFs on their way
    files.forEach((bytes, index) => uploads[index]!.request.write(bytes.subarray(0, bytes.length / 2)))
    await vi.waitFor(() => expect(running.largeBodies()).toEqual({ running: 2, waiting: 4, peak: 2 }), { timeout: 20_000, interval: 20 })

    files.forEach((bytes, index) => uploads[index]!.request.end(bytes.subarray(bytes.length / 2)))
    const answers = await Promise.all(uploads.map((upload) => upload.answer))
    expect(answers.map((answer) => JSON.parse(answer.body))).toEqual(
      files.map((bytes, index) => ({ ok: true, value: expect.objectContaining({ hash: createHash('sha256').update(bytes).digest('hex'), size: bytes.length, originalName: PDFS[index] }) })),
    )
    expect(running.largeBodies()).toEqual({ running: 0, waiting: 0, peak: 2 })
  })

  it('gives the place of an upload whose sender left while it waited to the next at once', { timeout: 15_000 }, async () => {
    // the default 30 s idle limit: the test would time out if the abandoned upload held its place until then
    const running = await hostWith({ largeBytes: 1024, largeAtOnce: 1 })
    const bytes = await readFile(corpusPdf('metadata/hindawi-PMC4745305.pdf'))
    const first = openPdfUpload(running, 'first.pdf', bytes.length)
    const abandoned = openPdfUpload(running, 'abandoned.pdf', bytes.length)
    first.request.write(bytes.subarray(0, 1000))
    abandoned.request.write(bytes.subarray(0, 1000))
    await vi.waitFor(() => expect(running.largeBodies()).toMatchObject({ running: 1, waiting: 1 }), { timeout: 10_000, interval: 20 })
    const gone = abandoned.answer.then(() => 'answered', (error: unknown) => String(error))
    abandoned.request.destroy()
    expect(await gone).toMatch(/socket hang up/)
    first.request.end(bytes.subarray(1000))
    expect(JSON.parse((await first.answer).body)).toMatchObject({ ok: true })

    const next = openPdfUpload(running, 'next.pdf', bytes.length)
    next.request.end(bytes)
    expect(JSON.parse((await next.answer).body)).toMatchObject({ ok: true, value: { originalName: 'next.pdf' } })
  })

  it('refuses a body whose Content-Length is over the limit before reading it, in words', async () => {
    const running = await hostWith({ maxBytes: 4096 })
    // announced, never sent: the answer cannot have waited for it
    const upload = openPdfUpload(running, 'huge.pdf', 10_000)
    const answer = await upload.answer
    upload.request.destroy()
    expect(answer.status).toBe(413)
    expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/storePdfData is larger than 4096 bytes.*nothing was stored/) } })
  })

  it('stops reading a body without a length as soon as it passes the limit', async () => {
    const running = await hostWith({ maxBytes: 4096, largeBytes: 1024 })
    const upload = openPdfUpload(running, 'chunked.pdf')
    upload.request.write(Buffer.alloc(5000, 1))
    const answer = await upload.answer
    upload.request.destroy()
    expect(answer.status).toBe(413)
    expect(running.largeBodies()).toMatchObject({ running: 0, waiting: 0 })
  })

  it('cuts off a body that stalls, and gives its place to the next', async () => {
    const running = await hostWith({ idleMs: 200, largeBytes: 100, largeAtOnce: 1 })
    const upload = openPdfUpload(running, 'stalled.pdf', 1000)
    upload.request.write(Buffer.from('%PDF-1.4\n'))
    const answer = await upload.answer
    upload.request.destroy()
    expect(answer.status).toBe(408)
    expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { message: expect.stringMatching(/storePdfData sent nothing for 0\.2 s and was cut off; try again/) } })
    expect(running.largeBodies()).toMatchObject({ running: 0, waiting: 0 })
  })

  it('cuts off a body that trickles on past its time limit', async () => {
    const running = await hostWith({ totalMs: 300, idleMs: 60_000 })
    const upload = openPdfUpload(running, 'trickle.pdf', 1_000_000)
    const drip = setInterval(() => upload.request.write(Buffer.from('%')), 20)
    const answer = await upload.answer.finally(() => clearInterval(drip))
    upload.request.destroy()
    expect(answer.status).toBe(408)
    expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { message: expect.stringMatching(/took longer than 0\.3 s/) } })
  })

  it('closes a connection whose headers never finish', async () => {
    const running = await hostWith({ headersMs: 200 })
    const { port } = new URL(running.origin)
    const reply = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), '127.0.0.1', () => socket.write(`POST /api/getAppInfo HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n`))
      let data = ''
      socket.on('data', (chunk: Buffer) => (data += chunk.toString('latin1')))
      socket.on('close', () => resolve(data))
      socket.on('error', reject)
    })
    expect(reply).toMatch(/^HTTP\/1\.1 408/)
  })
})

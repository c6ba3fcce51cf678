import { createHash, randomBytes } from 'node:crypto'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PortUnavailableError, startBrowserHost, type BrowserHost } from '../../electron/browser-host/server'
import { BINARY_CONTENT_TYPE, BINARY_FIELD_HEADER, BINARY_INPUT_HEADER } from '../../shared/ipc/binaryInput'
import { CHANNELS } from '../../shared/ipc/contract'
import { HOST_TOKEN_HEADER } from '../../shared/ipc/hostToken'
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp'
import { openPost } from '../support/httpPost'
import { INVALID_PAYLOADS } from '../support/payloads'
import { makeTempDir } from '../support/paths'
import { corpusPdf } from './pdf/corpus'

let host: BrowserHost
let userDataDir: string

async function post(channel: string, payload: unknown, headers: Record<string, string>) {
  return fetch(`${host.origin}/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: payload === undefined ? '' : JSON.stringify(payload),
  })
}

/** A call as the app's page makes it: its own origin and this run's token. */
async function call(channel: string, payload: unknown, origin = host.origin) {
  return (await post(channel, payload, { origin, [HOST_TOKEN_HEADER]: host.token })).json()
}

/** The way the renderer's HTTP client sends an input with bytes in it (shared/ipc/binaryInput). */
async function callWithBytes(channel: string, rest: unknown, field: string, bytes: Uint8Array, header = encodeURIComponent(JSON.stringify(rest))) {
  const response = await fetch(`${host.origin}/api/${channel}`, {
    method: 'POST',
    headers: { origin: host.origin, [HOST_TOKEN_HEADER]: host.token, 'content-type': BINARY_CONTENT_TYPE, [BINARY_FIELD_HEADER]: field, [BINARY_INPUT_HEADER]: header },
    body: bytes,
  })
  return response.json()
}

beforeAll(async () => {
  userDataDir = await makeTempDir('host')
  const rendererDir = join(userDataDir, 'renderer')
  await mkdir(rendererDir)
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>AxisRef</title>')
  host = await startBrowserHost({ rendererDir, userDataDir, appVersion: '1.2.3', checkOutput: true })
})
afterAll(() => host.close())

describe('the browser host', () => {
  it('listens on 127.0.0.1 on a free port, its address carrying a 32-byte token', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{43}$/)
    expect(host.url).toBe(`${host.origin}/?token=${host.token}`)
    expect(Buffer.from(host.token, 'base64url')).toHaveLength(32)
  })

  it('serves the renderer with the CSP, and refuses to be framed', async () => {
    const response = await fetch(host.url)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-security-policy')).toBe(`${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`)
    expect(response.headers.get('x-frame-options')).toBe('DENY')
    expect(await response.text()).toContain('AxisRef')
  })

  it('refuses to be framed in every answer, not only the page', async () => {
    const answers = [
      await fetch(`${host.origin}/no-such-file.js`),
      await fetch(`${host.origin}/api/getAppInfo`),
      await post('getAppInfo', undefined, { origin: host.origin, [HOST_TOKEN_HEADER]: host.token }),
      await post('getAppInfo', undefined, { origin: host.origin }),
    ]
    expect(answers.map((answer) => answer.status)).toEqual([404, 405, 200, 403])
    for (const answer of answers) {
      expect(answer.headers.get('x-frame-options')).toBe('DENY')
      expect(answer.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
    }
  })

  it('answers the contract with the same services as the desktop app', async () => {
    expect(await call('getAppInfo', undefined)).toMatchObject({ ok: true, value: { host: 'browser', version: '1.2.3' } })
    expect(await call('getLibraryLocation', undefined)).toEqual({ ok: true, value: { path: join(userDataDir, 'Library'), isDefault: true } })
  })

  it('rejects every invalid payload of every channel with INVALID_INPUT', async () => {
    for (const channel of CHANNELS) {
      for (const payload of INVALID_PAYLOADS[channel]) {
        expect(await call(channel, payload), `${channel} ${JSON.stringify(payload)}`).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
      }
    }
  })

  it('takes a dropped PDF as the bytes of the body and the rest of the input in a header', async () => {
    const bytes = await readFile(corpusPdf('metadata/hindawi-PMC4745305.pdf'))
    const name = 'Müller 2020 — Darm.pdf'
    const answer = await callWithBytes('storePdfData', { name }, 'bytes', bytes)
    expect(answer).toEqual({ ok: true, value: { hash: createHash('sha256').update(bytes).digest('hex'), size: bytes.length, originalName: name, newlyStored: true } })
  })

  it('refuses bytes the schema does not expect, or bytes without their field', async () => {
    const bytes = Buffer.from('%PDF-1.4\n')
    expect(await callWithBytes('storePdfFile', { path: '/tmp/a.pdf' }, 'bytes', bytes)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(await callWithBytes('storePdfData', {}, 'name', bytes)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(await callWithBytes('storePdfData', { name: 'a.pdf', bytes: 'JVBERi0=' }, 'path', bytes)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    const headerless = await fetch(`${host.origin}/api/storePdfData`, { method: 'POST', headers: { origin: host.origin, [HOST_TOKEN_HEADER]: host.token, 'content-type': BINARY_CONTENT_TYPE }, body: bytes })
    expect(await headerless.json()).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('which field') } })
    const badHeader = await callWithBytes('storePdfData', undefined, 'bytes', bytes, '%7B')
    expect(badHeader).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
  })

  it('rejects a body that is not JSON', async () => {
    const response = await fetch(`${host.origin}/api/getAppInfo`, { method: 'POST', headers: { origin: host.origin, [HOST_TOKEN_HEADER]: host.token }, body: '{' })
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
  })

  it('refuses calls from another origin (a web page the user has open)', async () => {
    expect(await call('getLibraryLocation', undefined, 'https://evil.example')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } })
    const noOrigin = await fetch(`${host.origin}/api/getAppInfo`, { method: 'POST', headers: { [HOST_TOKEN_HEADER]: host.token }, body: '' })
    expect(await noOrigin.json()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } })
  })

  it('refuses a call with the right Origin but no token (another local process forging it), in words', async () => {
    const response = await post('checkLibraryIntegrity', undefined, { origin: host.origin })
    expect(response.status).toBe(403)
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER', message: expect.stringMatching(/key.*npm run start:browser.*\?token=/s) } })
  })

  it('refuses a wrong token, one of another length, and an empty one', async () => {
    const wrong = randomBytes(32).toString('base64url')
    for (const token of [wrong, `${host.token}x`, host.token.slice(1), '']) {
      const response = await post('getLibraryLocation', undefined, { origin: host.origin, [HOST_TOKEN_HEADER]: token })
      expect(response.status, token).toBe(403)
      expect(await response.json()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } })
    }
  })

  it('accepts the right token from the right origin', async () => {
    const response = await post('getLibraryLocation', undefined, { origin: host.origin, [HOST_TOKEN_HEADER]: host.token })
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ ok: true, value: { path: join(userDataDir, 'Library'), isDefault: true } })
  })

  it('refuses a call without the token before reading its body', async () => {
    // 100 MB announced, not a byte sent: the refusal must come without waiting for them
    const upload = openPost(`${host.origin}/api/storePdfData`, { origin: host.origin, 'content-type': BINARY_CONTENT_TYPE, 'content-length': 100 * 1024 * 1024 })
    const answer = await upload.answer
    upload.request.destroy()
    expect(answer.status).toBe(403)
    expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } })
  })

  it('refuses a request for another host name (DNS rebinding)', async () => {
    const { request } = await import('node:http')
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const url = new URL(host.url)
      const req = request({ host: url.hostname, port: url.port, path: '/', headers: { host: 'evil.example' } }, (res) => {
        res.resume()
        resolve(res.statusCode)
      })
      req.on('error', reject)
      req.end()
    })
    expect(status).toBe(421)
  })

  it('says plainly that it has no native dialogs, and uses answers a test queues', async () => {
    const refused = await call('openFileDialog', { purpose: 'pdf' })
    expect(refused).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE', message: expect.stringMatching(/no native file dialog/) } })
    host.dialog.answerOpenFiles(null)
    expect(await call('openFileDialog', { purpose: 'pdf' })).toEqual({ ok: true, value: { canceled: true, files: [] } })
  })

  it('only allows GET for files and POST for the api', async () => {
    expect((await fetch(`${host.origin}/api/getAppInfo`)).status).toBe(405)
    expect((await fetch(host.url, { method: 'DELETE' })).status).toBe(405)
  })
})

describe('the browser host on a port that is taken', () => {
  it('says in words that the port is in use and how to choose another', async () => {
    const dir = await makeTempDir('host-port')
    const taken = await startBrowserHost({ rendererDir: dir, userDataDir: dir, appVersion: '1.2.3' })
    const port = Number(new URL(taken.origin).port)
    try {
      const second = startBrowserHost({ rendererDir: dir, userDataDir: await makeTempDir('host-port-2'), appVersion: '1.2.3', port })
      await expect(second).rejects.toThrow(new PortUnavailableError(port, 'in use'))
      await expect(second).rejects.toThrow(`Port ${port} is in use by another program. Choose another with --port, or omit --port and AxisRef picks a free one.`)
    } finally {
      await taken.close()
    }
  })
})

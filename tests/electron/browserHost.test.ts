import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startBrowserHost, type BrowserHost } from '../../electron/browser-host/server'
import { CHANNELS } from '../../shared/ipc/contract'
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp'
import { INVALID_PAYLOADS } from '../support/payloads'
import { makeTempDir } from '../support/paths'

let host: BrowserHost
let userDataDir: string

async function call(channel: string, payload: unknown, origin = new URL(host.url).origin) {
  const response = await fetch(`${host.url}api/${channel}`, {
    method: 'POST',
    headers: { origin, 'content-type': 'application/json' },
    body: payload === undefined ? '' : JSON.stringify(payload),
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
  it('listens on 127.0.0.1 on a free port', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/)
  })

  it('serves the renderer with the CSP', async () => {
    const response = await fetch(host.url)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(await response.text()).toContain('AxisRef')
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

  it('rejects a body that is not JSON', async () => {
    const response = await fetch(`${host.url}api/getAppInfo`, { method: 'POST', headers: { origin: new URL(host.url).origin }, body: '{' })
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
  })

  it('refuses calls from another origin (a web page the user has open)', async () => {
    expect(await call('getLibraryLocation', undefined, 'https://evil.example')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } })
    const noOrigin = await fetch(`${host.url}api/getAppInfo`, { method: 'POST', body: '' })
    expect(await noOrigin.json()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } })
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
    expect((await fetch(`${host.url}api/getAppInfo`)).status).toBe(405)
    expect((await fetch(host.url, { method: 'DELETE' })).status).toBe(405)
  })
})

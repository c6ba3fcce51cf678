import { connect } from 'node:net'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { CAYW_FORMATS } from '../../../../shared/cite/request'
import { createPickerBroker, type PickerBroker } from '../../../../electron/main/services/cayw/broker'
import { CaywPortError, startCaywListener, type CaywListener } from '../../../../electron/main/services/cayw/server'
import { callCayw, manualTimers, type CaywAnswer } from '../../../support/caywClient'

let listeners: CaywListener[] = []

afterEach(async () => {
  await Promise.all(listeners.map((listener) => listener.close()))
  listeners = []
})

async function endpoint(picker: PickerBroker = createPickerBroker({ timers: manualTimers().timers })) {
  const listener = await startCaywListener({ picker, port: 0 })
  listeners.push(listener)
  return { picker, listener, port: listener.port }
}

/** Every answer, whatever it says: never readable by a web page. */
function expectNoCors(answer: CaywAnswer): CaywAnswer {
  expect(Object.keys(answer.headers).filter((name) => name.startsWith('access-control-'))).toEqual([])
  return answer
}

async function call(port: number, path: string, options?: { method?: string; headers?: Record<string, string> }): Promise<CaywAnswer> {
  return expectNoCors(await callCayw(port, path, options).answer)
}

describe("the editors' endpoint (Better BibTeX's cite as you write)", () => {
  it('answers a probe with ready, whatever its value, without opening a picker', async () => {
    const { picker, port } = await endpoint()
    for (const query of ['probe=true', 'probe=1', 'probe=TRUE', 'probe']) {
      const answer = await call(port, `/better-bibtex/cayw?${query}`)
      expect(answer).toMatchObject({ status: 200, body: 'ready' })
      expect(answer.headers['content-type']).toBe('text/plain; charset=utf-8')
    }
    expect((await call(port, '/better-bibtex/cayw?format=pandoc', { method: 'HEAD' })).status).toBe(200)
    expect(picker.current()).toBeUndefined()
  })

  it('opens the picker and answers the editor with what the user picked', async () => {
    const { picker, port } = await endpoint()
    const answer = callCayw(port, '/better-bibtex/cayw?format=pandoc&brackets=1&timestamp=123&minimize=true').answer
    const request = await picker.wait()
    expect(request).toMatchObject({ source: 'editor', format: 'pandoc', options: { brackets: '1', minimize: 'true' } })
    expect(picker.answer(request?.id ?? '', { kind: 'picked', text: '[@maes2008, p. 12; @kelly2016]' })).toEqual({ delivered: true })
    const reply = expectNoCors(await answer)
    expect(reply).toMatchObject({ status: 200, body: '[@maes2008, p. 12; @kelly2016]' })
    expect(reply.headers['content-type']).toBe('text/plain; charset=utf-8')
  })

  it('asks for latex when no format is given, as Better BibTeX does, and passes the command on', async () => {
    const { picker, port } = await endpoint()
    const answer = callCayw(port, '/better-bibtex/cayw?command=citep').answer
    const request = await picker.wait()
    expect(request).toMatchObject({ format: 'latex', options: { command: 'citep' } })
    picker.answer(request?.id ?? '', { kind: 'picked', text: '\\citep{maes2008}' })
    expect((await answer).body).toBe('\\citep{maes2008}')
  })

  it('answers the json format as application/json', async () => {
    const { picker, port } = await endpoint()
    const answer = callCayw(port, '/better-bibtex/cayw?format=json').answer
    const request = await picker.wait()
    picker.answer(request?.id ?? '', { kind: 'picked', text: '[{"citationKey":"maes2008"}]' })
    const reply = await answer
    expect(reply.headers['content-type']).toBe('application/json; charset=utf-8')
    expect(JSON.parse(reply.body)).toEqual([{ citationKey: 'maes2008' }])
  })

  it('answers a closed picker with an empty body, which editors insert as nothing', async () => {
    const { picker, port } = await endpoint()
    const answer = callCayw(port, '/better-bibtex/cayw?format=latex').answer
    const request = await picker.wait()
    picker.answer(request?.id ?? '', { kind: 'cancelled' })
    expect(await answer).toMatchObject({ status: 200, body: '' })
  })

  it('opens one picker at a time: a second editor is told one is open', async () => {
    const { picker, port } = await endpoint()
    const first = callCayw(port, '/better-bibtex/cayw?format=pandoc').answer
    const request = await picker.wait()
    const second = await call(port, '/better-bibtex/cayw?format=latex')
    expect(second.status).toBe(409)
    expect(second.body).toMatch(/A citation picker is already open in AxisRef/)
    picker.answer(request?.id ?? '', { kind: 'picked', text: '@maes2008' })
    expect((await first).body).toBe('@maes2008')
  })

  it("says so when no window takes the picker in time (AxisRef's window is closed)", async () => {
    const { timers, fire } = manualTimers()
    const { picker, port } = await endpoint(createPickerBroker({ timers, pickupMs: 100 }))
    const answer = callCayw(port, '/better-bibtex/cayw?format=pandoc').answer
    await vi.waitFor(() => expect(picker.current()).toBeDefined())
    fire(100)
    const reply = expectNoCors(await answer)
    expect(reply.status).toBe(503)
    expect(reply.body).toMatch(/AxisRef's window is not open/)
  })

  it('withdraws the picker when the editor hangs up: a late pick goes nowhere', async () => {
    const { picker, port } = await endpoint()
    const { request: call, answer } = callCayw(port, '/better-bibtex/cayw?format=pandoc')
    const request = await picker.wait()
    call.destroy()
    await expect(answer).rejects.toThrow()
    await vi.waitFor(() => expect(picker.current()).toBeUndefined())
    expect(picker.answer(request?.id ?? '', { kind: 'picked', text: '@late' })).toEqual({ delivered: false })
  })

  it('refuses a call addressed to another host name (DNS rebinding), before any picker opens', async () => {
    const { picker, port } = await endpoint()
    for (const host of [`evil.example:${port}`, `127.0.0.1.evil.example:${port}`, '127.0.0.1.evil.example', `127.0.0.1:${port + 1}`, '127.0.0.1']) {
      const answer = await call(port, '/better-bibtex/cayw?format=pandoc', { headers: { host } })
      expect(answer.status, host).toBe(403)
      expect(answer.body).toMatch(/answers only requests addressed to 127\.0\.0\.1/)
    }
    for (const host of [`localhost:${port}`, `LOCALHOST:${port}`, `[::1]:${port}`]) {
      expect(await call(port, '/better-bibtex/cayw?probe=true', { headers: { host } }), host).toMatchObject({ status: 200, body: 'ready' })
    }
    expect(picker.current()).toBeUndefined()
  })

  it("refuses web pages (an Origin header, or a browser's cross-site mark), but not Obsidian's requests", async () => {
    const { picker, port } = await endpoint()
    const pages: Record<string, string>[] = [{ origin: 'https://evil.example' }, { origin: 'null' }, { origin: `http://127.0.0.1:${port}` }, { 'sec-fetch-site': 'cross-site' }, { 'sec-fetch-site': 'same-site' }]
    for (const headers of pages) {
      const answer = await call(port, '/better-bibtex/cayw?format=pandoc', { headers })
      expect(answer.status, JSON.stringify(headers)).toBe(403)
      expect(answer.body).toMatch(/does not answer web pages/)
    }
    expect(picker.current()).toBeUndefined()
    // Obsidian's requestUrl adds this origin to every call of the Zotero Integration plugin
    expect(await call(port, '/better-bibtex/cayw?probe=true', { headers: { origin: 'app://obsidian.md' } })).toMatchObject({ status: 200, body: 'ready' })
    expect(await call(port, '/better-bibtex/cayw?probe=true', { headers: { origin: 'chrome-extension://abc', 'zotero-allowed-request': '1' } })).toMatchObject({ status: 200 })
    expect(await call(port, '/better-bibtex/cayw?probe=true', { headers: { 'sec-fetch-site': 'none' } })).toMatchObject({ status: 200 })
  })

  it('answers GET only, at its one path, and never grants a CORS preflight', async () => {
    const { picker, port } = await endpoint()
    for (const method of ['POST', 'PUT', 'DELETE']) {
      const answer = await call(port, '/better-bibtex/cayw?format=pandoc', { method, headers: { 'content-type': 'application/json' } })
      expect(answer.status, method).toBe(405)
      expect(answer.headers.allow).toBe('GET, HEAD, OPTIONS')
    }
    expect((await call(port, '/better-bibtex/cayw', { method: 'OPTIONS' })).status).toBe(204)
    for (const path of ['/', '/better-bibtex/json-rpc', '/better-bibtex/cayw/x', '/api/getAppInfo']) {
      expect((await call(port, path)).status, path).toBe(404)
    }
    expect(picker.current()).toBeUndefined()
  })

  it('refuses an unknown format or a command that is not a LaTeX command name, in words', async () => {
    const { picker, port } = await endpoint()
    const unknown = await call(port, '/better-bibtex/cayw?format=scannable-cite')
    expect(unknown.status).toBe(400)
    expect(unknown.body).toContain('"scannable-cite"')
    for (const format of CAYW_FORMATS) expect(unknown.body).toContain(format)
    const command = await call(port, '/better-bibtex/cayw?format=latex&command=cite%7D%5Cinput%7B%2Fetc%2Fpasswd')
    expect(command.status).toBe(400)
    expect(command.body).toMatch(/command parameter must be a LaTeX command name/)
    expect(picker.current()).toBeUndefined()
  })

  it('listens on 127.0.0.1 only', async () => {
    const { listener, port } = await endpoint()
    expect(listener.address).toMatchObject({ address: '127.0.0.1', family: 'IPv4' })
    const ipv6 = await new Promise<string>((resolve) => {
      const socket = connect({ host: '::1', port })
      socket.once('connect', () => {
        socket.destroy()
        resolve('connected')
      })
      socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'))
    })
    expect(ipv6).not.toBe('connected')
  })

  it('says in words that its port is taken', async () => {
    const { port } = await endpoint()
    const taken = await startCaywListener({ picker: createPickerBroker(), port }).catch((error: unknown) => error)
    expect(taken).toBeInstanceOf(CaywPortError)
    expect(taken).toMatchObject({ message: expect.stringMatching(new RegExp(`^Port ${port} is in use by another program`)) })
  })
})

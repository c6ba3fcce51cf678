import { request, type ClientRequest, type IncomingHttpHeaders } from 'node:http'
import { createServer } from 'node:net'
import type { Timers } from '../../electron/main/services/cayw/broker'

export interface CaywAnswer {
  status: number
  headers: IncomingHttpHeaders
  body: string
}

/**
 * A call to the editors' endpoint as an editor plugin makes it (node:http, so the test can
 * send any Host or Origin header, which fetch would not let it). `request` lets a test hang up.
 */
export function callCayw(port: number, path: string, options: { method?: string; headers?: Record<string, string> } = {}): { request: ClientRequest; answer: Promise<CaywAnswer> } {
  const call = request({ host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: { host: `127.0.0.1:${port}`, ...options.headers }, agent: false })
  const answer = new Promise<CaywAnswer>((resolve, reject) => {
    call.on('response', (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }))
      response.on('error', reject)
    })
    call.on('error', reject)
  })
  call.end()
  return { request: call, answer }
}

/** A port nothing listens on now (the system's choice, released at once). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      const port = typeof address === 'object' && address ? address.port : 0
      probe.close(() => resolve(port))
    })
  })
}

/** Timers the test fires by hand: no test waits out the broker's pickup time. */
export function manualTimers() {
  const pending = new Map<number, { callback: () => void; ms: number }>()
  let next = 0
  const timers: Timers = {
    after(ms, callback) {
      const handle = ++next
      pending.set(handle, { callback, ms })
      return () => void pending.delete(handle)
    },
  }
  const fire = (ms: number) => {
    for (const [handle, timer] of [...pending]) {
      if (timer.ms !== ms) continue
      pending.delete(handle)
      timer.callback()
    }
  }
  return { timers, fire }
}

import type { IncomingMessage } from 'node:http'
import { MAX_PDF_BYTES } from '../../shared/ipc/importSchemas'

/** How much of the machine request bodies may take; tests inject small numbers instead of waiting. */
export interface BodyLimits {
  /** The largest body taken: a dropped PDF and the rest of its input. */
  maxBytes: number
  /** Bodies larger than this (or of unknown length) take one of the `largeAtOnce` places. */
  largeBytes: number
  /** Large bodies held in memory at once; more wait their turn, unread (the renderer sends up to six PDFs at once). */
  largeAtOnce: number
  /** A body that sends nothing for this long is cut off. */
  idleMs: number
  /** A body still incomplete this long after its reading began is cut off. */
  totalMs: number
  /** The request line and headers must arrive within this. */
  headersMs: number
}

export const DEFAULT_BODY_LIMITS: BodyLimits = {
  maxBytes: MAX_PDF_BYTES + 64 * 1024,
  largeBytes: 1024 * 1024,
  largeAtOnce: 2,
  idleMs: 30_000,
  totalMs: 120_000,
  headersMs: 30_000,
}

/** The bytes of a body, or why they were not taken, as an HTTP status and words. */
export type BodyRead = { ok: true; body: Buffer } | { ok: false; status: number; message: string }

/** The length the request declares, or null when it does not say (chunked). */
export function declaredLength(request: IncomingMessage): number | null {
  const header = request.headers['content-length']
  return header === undefined ? null : Number(header)
}

export function tooLargeMessage(channel: string, limits: BodyLimits): string {
  return `The payload for ${channel} is larger than ${limits.maxBytes} bytes (a PDF may be at most ${Math.floor(MAX_PDF_BYTES / (1024 * 1024))} MB); nothing was stored.`
}

/** Reads a whole body within the limits; a stalled, slow or oversized body ends the read with words. */
export function readBody(request: IncomingMessage, channel: string, limits: BodyLimits): Promise<BodyRead> {
  // a client that left while its body waited its turn gives its place back at once
  if (request.destroyed) return Promise.resolve({ ok: false, status: 400, message: `The upload for ${channel} broke off before its turn came; try again.` })
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    let size = 0
    const cutOff = (status: number, message: string) => finish({ ok: false, status, message })
    const idle = setTimeout(() => cutOff(408, `The upload for ${channel} sent nothing for ${limits.idleMs / 1000} s and was cut off; try again.`), limits.idleMs)
    const total = setTimeout(() => cutOff(408, `The upload for ${channel} took longer than ${limits.totalMs / 1000} s and was cut off; try again.`), limits.totalMs)
    function finish(result: BodyRead): void {
      clearTimeout(idle)
      clearTimeout(total)
      request.off('data', onData).off('end', onEnd).off('error', onError).off('close', onClose)
      resolve(result)
    }
    function onData(chunk: Buffer): void {
      size += chunk.length
      if (size > limits.maxBytes) return cutOff(413, tooLargeMessage(channel, limits))
      chunks.push(chunk)
      idle.refresh()
    }
    const onEnd = () => finish({ ok: true, body: Buffer.concat(chunks) })
    const onError = (error: Error) => cutOff(400, `The upload for ${channel} broke off (${error.message}); try again.`)
    const onClose = () => cutOff(400, `The upload for ${channel} broke off before its end; try again.`)
    request.on('data', onData).on('end', onEnd).on('error', onError).on('close', onClose)
  })
}

/** How many large bodies are being read or handled, how many wait, and the most ever at once. */
export interface GateState {
  running: number
  waiting: number
  peak: number
}

export interface Gate {
  run<T>(task: () => Promise<T>): Promise<T>
  state(): GateState
}

/** At most `size` tasks at once, the rest in arrival order. */
export function createGate(size: number): Gate {
  const waiting: (() => void)[] = []
  let running = 0
  let peak = 0
  async function acquire(): Promise<void> {
    if (running < size) running++
    else await new Promise<void>((resolve) => waiting.push(resolve))
    peak = Math.max(peak, running)
  }
  function release(): void {
    const next = waiting.shift()
    // the place passes straight to the next in line
    if (next) next()
    else running--
  }
  return {
    async run(task) {
      await acquire()
      try {
        return await task()
      } finally {
        release()
      }
    },
    state: () => ({ running, waiting: waiting.length, peak }),
  }
}

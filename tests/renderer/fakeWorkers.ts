import { vi } from 'vitest'
import { suggestAxis, type PaperInput } from '../../shared/axis'
import { formatCitation } from '../../shared/formats'
import type { FormatterRequest, FormatterResponse } from '../../renderer/src/features/export/formatterProtocol'
import { openDatabase } from '../../renderer/src/db'
import { encodeLibrarySnapshot, type SnapshotWorkerAnswer } from '../../renderer/src/features/backup/serialiseSnapshot'
import { createInThreadHost } from '../../renderer/src/features/search/inThreadHost'
import type { ClientMessage } from '../../renderer/src/features/search/protocol'

/** How a started worker misbehaves: crash with an uncaught error, or send what cannot be read. */
export type Failure = 'error' | 'messageerror'

/**
 * The app's workers as jsdom has none: each `new Worker(url)` answers on the page's thread
 * with the real logic behind that worker (the search host, the suggester, citeproc, the
 * backup snapshot), and
 * fails as a real one would when `failNext` says so for the message it is sent.
 */
export class FakeWorker extends EventTarget {
  static started: FakeWorker[] = []
  /** Decides, per message, whether the worker receiving it fails instead of answering. */
  static failNext: (kind: string, message: unknown) => Failure | undefined = () => undefined
  onmessage: ((event: MessageEvent) => void) | null = null
  onerror: ((event: ErrorEvent) => void) | null = null
  onmessageerror: ((event: MessageEvent) => void) | null = null
  terminated = false
  readonly kind: string
  private readonly search?: ReturnType<typeof createInThreadHost>

  constructor(url: URL | string) {
    super()
    this.kind = /\/([a-z]+)\.worker\.ts/.exec(String(url))?.[1] ?? String(url)
    if (this.kind === 'search') this.search = createInThreadHost((message) => this.deliver(message))
    FakeWorker.started.push(this)
  }

  postMessage(message: unknown): void {
    const failure = FakeWorker.failNext(this.kind, message)
    setTimeout(() => {
      if (this.terminated) return
      if (failure === 'error') return this.onerror?.(new ErrorEvent('error', { message: 'Uncaught RangeError: out of memory' }))
      if (failure === 'messageerror') return this.onmessageerror?.(new MessageEvent('messageerror'))
      void this.answer(message)
    }, 0)
  }

  terminate(): void {
    this.terminated = true
    this.search?.close()
  }

  private deliver(data: unknown): void {
    if (this.terminated) return
    const event = new MessageEvent('message', { data })
    this.onmessage?.(event)
    this.dispatchEvent(event)
  }

  private async answer(message: unknown): Promise<void> {
    if (this.search) return this.search.handle(message as ClientMessage)
    if (this.kind === 'suggest') {
      const { id, inputs } = message as { id: number; inputs: PaperInput[] }
      return this.deliver({ id, results: inputs.map((input) => suggestAxis(input)) })
    }
    if (this.kind === 'formatter') {
      const request = message as FormatterRequest
      if (request.kind !== 'cite') throw new Error('the fake formatter only cites')
      const result = formatCitation(request.records, { style: request.style })
      return this.deliver((result.ok ? { id: request.id, ok: true, text: result.value } : { id: request.id, ok: false, message: result.error.message }) satisfies FormatterResponse)
    }
    if (this.kind === 'snapshot') {
      const db = openDatabase((message as { dbName: string }).dbName)
      const json = await encodeLibrarySnapshot(db).finally(() => db.close())
      return this.deliver({ ok: true, json } satisfies SnapshotWorkerAnswer)
    }
    throw new Error(`no fake for the ${this.kind} worker`)
  }
}

/** Puts FakeWorker in place of Worker for one test; returns the undo. */
export function installFakeWorkers(): () => void {
  FakeWorker.started = []
  FakeWorker.failNext = () => undefined
  vi.stubGlobal('Worker', FakeWorker)
  return () => vi.unstubAllGlobals()
}


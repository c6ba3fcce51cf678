import { vi } from 'vitest'
import { suggesterService } from '../../renderer/src/features/axis/suggesterService'
import { snapshotService } from '../../renderer/src/features/backup/snapshotService'
import { duplicatesService } from '../../renderer/src/features/duplicates/duplicatesService'
import { formatterService } from '../../renderer/src/features/export/formatterService'
import { searchService } from '../../renderer/src/search/searchService'
import type { PageMessage, WorkerService } from '../../renderer/src/workers/protocol'
import { serveWorker } from '../../renderer/src/workers/serveWorker'

/** How a started worker misbehaves: crash with an uncaught error, or send what cannot be read. */
export type Failure = 'error' | 'messageerror'

type Served = WorkerService<Record<string, { request: never; response: unknown }>>

/** The real service behind each of the app's workers, served as its `*.worker.ts` serves it. */
function serve(kind: string, scope: Parameters<typeof serveWorker>[1]): Served {
  if (kind === 'search') return serveWorker(searchService, scope)
  if (kind === 'suggest') return serveWorker(suggesterService, scope)
  if (kind === 'formatter') return serveWorker(formatterService, scope)
  if (kind === 'snapshot') return serveWorker(snapshotService, scope)
  if (kind === 'duplicates') return serveWorker(duplicatesService, scope)
  throw new Error(`no fake for the ${kind} worker`)
}

/**
 * The app's workers as jsdom has none: each `new Worker(url)` answers on the page's thread
 * with the real service behind that worker (the search host, the suggester, citeproc, the
 * backup snapshot, the duplicate finder), and fails as a real one would when `failNext` says so for the message
 * it is sent.
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
  private readonly service: Served
  private receive: (event: MessageEvent<PageMessage>) => void = () => undefined

  constructor(url: URL | string) {
    super()
    this.kind = /\/([a-z]+)\.worker\.ts/.exec(String(url))?.[1] ?? String(url)
    this.service = serve(this.kind, {
      postMessage: (data) => this.deliver(data),
      addEventListener: (_type, listener) => (this.receive = listener),
    })
    FakeWorker.started.push(this)
  }

  postMessage(message: PageMessage): void {
    const failure = FakeWorker.failNext(this.kind, message)
    setTimeout(() => {
      if (this.terminated) return
      if (failure === 'error') return this.onerror?.(new ErrorEvent('error', { message: 'Uncaught RangeError: out of memory' }))
      if (failure === 'messageerror') return this.onmessageerror?.(new MessageEvent('messageerror'))
      this.receive(new MessageEvent('message', { data: message }))
    }, 0)
  }

  terminate(): void {
    this.terminated = true
    this.service.close?.()
  }

  private deliver(data: unknown): void {
    if (this.terminated) return
    const event = new MessageEvent('message', { data })
    this.onmessage?.(event)
    this.dispatchEvent(event)
  }
}

/** Puts FakeWorker in place of Worker for one test; returns the undo. */
export function installFakeWorkers(): () => void {
  FakeWorker.started = []
  FakeWorker.failNext = () => undefined
  vi.stubGlobal('Worker', FakeWorker)
  return () => vi.unstubAllGlobals()
}

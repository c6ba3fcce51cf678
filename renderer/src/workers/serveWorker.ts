// every worker parses with zod as the page does: without `new Function`, which the CSP refuses
// (the suggester's worker writes papers, and the probe was reported as a violation)
import '../zodConfig'
import { unwrapAnswer, type CallMessage, type Handlers, type PageMessage, type Protocol, type ServiceFactory, type WorkerMessage, type WorkerService } from './protocol'

/** Where a worker hears calls and answers them: its global scope, or the in-thread stand-in. */
export interface WorkerScope {
  postMessage(message: WorkerMessage<unknown>, options: StructuredSerializeOptions): void
  addEventListener(type: 'message', listener: (event: MessageEvent<PageMessage>) => void): void
}

/**
 * The worker's side of the protocol: answers each call with its handler's value (its marked
 * buffers transferred) or with the handler's error in words, and aborts a handler's signal
 * when the page cancels the call. Call it once at the top of a `*.worker.ts`.
 */
export function serveWorker<P extends Protocol, E = never>(factory: ServiceFactory<P, E>, scope: WorkerScope = globalThis): WorkerService<P> {
  const service = factory((event) => scope.postMessage({ event }, { transfer: [] }))
  const running = new Map<number, AbortController>()

  async function answer(call: CallMessage): Promise<void> {
    const controller = new AbortController()
    if (call.id !== 0) running.set(call.id, controller)
    try {
      const { value, transfer } = unwrapAnswer(await handlerFor(service.handlers, call.type)(call.request, controller.signal))
      // a cancelled call's page is no longer waiting: its answer has nowhere to go
      if (call.id !== 0 && !controller.signal.aborted) scope.postMessage({ id: call.id, ok: true, response: value }, { transfer })
    } catch (error) {
      if (!controller.signal.aborted) scope.postMessage({ id: call.id, ok: false, message: messageOf(error) }, { transfer: [] })
    } finally {
      running.delete(call.id)
    }
  }

  scope.addEventListener('message', ({ data }) => {
    if ('cancel' in data) running.get(data.cancel)?.abort()
    else void answer(data)
  })
  return service
}

/** The handler named `type`, called with the request as the page sent it. */
function handlerFor<P extends Protocol>(handlers: Handlers<P>, type: string): (request: unknown, signal: AbortSignal) => unknown {
  const handler: unknown = Object.hasOwn(handlers, type) ? Reflect.get(handlers, type) : undefined
  if (typeof handler !== 'function') throw new Error(`the worker has no request named "${type}"`)
  return (request, signal) => Reflect.apply(handler, handlers, [request, signal])
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

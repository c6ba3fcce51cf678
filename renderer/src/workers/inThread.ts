import type { PageMessage, Protocol, ServiceFactory, WorkerPort } from './protocol'
import { messageOf, serveWorker } from './serveWorker'

/**
 * A worker's service run on the page's own thread, behind the same port and the same
 * protocol as the worker: for where there is no Worker (jsdom in unit tests). The service is
 * loaded on first use, in a chunk of its own, so the app's bundle does not carry it twice;
 * messages keep their order.
 */
export function inThreadWorker<P extends Protocol, E>(load: () => Promise<ServiceFactory<P, E>>): WorkerPort {
  const pageListeners = new Set<(event: MessageEvent) => void>()
  let deliverToService: ((event: MessageEvent<PageMessage>) => void) | undefined
  let ended = false
  const port: WorkerPort = {
    postMessage: (message) => void served.then(() => !ended && deliverToService?.(new MessageEvent('message', { data: message }))),
    addEventListener: (_type, listener) => pageListeners.add(listener),
    removeEventListener: (_type, listener) => pageListeners.delete(listener),
    terminate() {
      ended = true
      void served.then((service) => service?.close?.())
    },
    onerror: null,
    onmessageerror: null,
  }
  const served = load().then(
    (factory) =>
      serveWorker(factory, {
        postMessage: (data) => !ended && pageListeners.forEach((listener) => listener(new MessageEvent('message', { data }))),
        addEventListener: (_type, listener) => (deliverToService = listener),
      }),
    (error: unknown) => {
      // a chunk that cannot be loaded is this worker's crash: every waiting call hears why
      port.onerror?.(new ErrorEvent('error', { message: `it could not be loaded (${messageOf(error)})` }))
      return undefined
    },
  )
  return port
}

/** Starts `spawn`'s Worker, or the same service in-thread where there are no workers. */
export function workerOrInThread<P extends Protocol, E>(spawn: () => WorkerPort, load: () => Promise<ServiceFactory<P, E>>): () => WorkerPort {
  return () => (typeof Worker === 'undefined' ? inThreadWorker(load) : spawn())
}

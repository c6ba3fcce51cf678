import type { ClientMessage, WorkerMessage } from './protocol'
import type { SearchWorkerPort } from './searchClient'

type Listener = (event: MessageEvent<WorkerMessage>) => void

/**
 * A port to the search host running on the page's own thread, for where there is no
 * Worker (jsdom in tests). The host is loaded on first use, in a chunk of its own, so
 * the app's bundle does not carry the engine twice; messages keep their order.
 */
export function inThreadPort(): SearchWorkerPort {
  const listeners = new Set<Listener>()
  const host = import('./inThreadHost').then(({ createInThreadHost }) =>
    createInThreadHost((message) => listeners.forEach((listener) => listener({ data: message } as MessageEvent<WorkerMessage>))),
  )
  return {
    postMessage: (message: ClientMessage) => void host.then((running) => running.handle(message)),
    addEventListener: (_type, listener) => listeners.add(listener),
    removeEventListener: (_type, listener) => listeners.delete(listener),
    terminate: () => void host.then((running) => running.close()),
  }
}

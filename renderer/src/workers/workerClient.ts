import { workerFailureReason, type AnswerMessage, type Protocol, type RequestName, type WorkerMessage, type WorkerPort } from './protocol'

export interface CallOptions {
  /** Buffers in the request to move to the worker, not copy. */
  transfer?: Transferable[]
  /** Stops waiting: the call rejects with the signal's reason and the worker's handler is aborted. */
  signal?: AbortSignal
}

export interface WorkerClientOptions<P extends Protocol, E> {
  /** Starts a worker (`workerOrInThread` where jsdom has none); called again after a crash. */
  start: () => WorkerPort
  /** How a call waiting on a crashed worker is answered, given the reason in words. */
  crashMessage: (reason: string) => string
  /** How a call waiting when the client is disposed is answered. */
  closedMessage?: string
  /** Each fresh worker, before its first call (search's `init`). */
  onStart?: (client: WorkerClient<P>) => void
  /** Events the worker reports on its own. */
  onEvent?: (event: E) => void
  /** A crash, just before every waiting call is rejected with `message`. */
  onCrash?: (message: string) => void
  /** A notice (a call nobody waits for) failed, in words. */
  onNoticeFailed?: (message: string) => void
}

export interface WorkerClient<P extends Protocol> {
  /** Sends `request` to the worker; resolves with its answer, rejects with its error in words. */
  call<K extends RequestName<P>>(type: K, request: P[K]['request'], options?: CallOptions): Promise<P[K]['response']>
  /** Sends a call nobody waits for; only its failure comes back (`onNoticeFailed`). */
  notify<K extends RequestName<P>>(type: K, request: P[K]['request']): void
  /** Starts the worker now if none is running (so it can load before the first call). */
  start(): void
  /** Ends the worker; calls still waiting reject. */
  dispose(): void
}

/** A call waiting for its answer; the answer is taken as the protocol's type, since both sides are typed from the one map. */
interface Waiting {
  resolve(value: unknown): void
  reject(error: unknown): void
}

/**
 * The page's side of a worker: calls matched to answers by id. A worker that throws outside
 * a call's own handling, runs out of memory or sends what cannot be read would otherwise leave
 * every caller waiting forever: then every waiting call rejects with why, in words, the broken
 * worker is ended, and the next call starts a fresh one.
 */
export function createWorkerClient<P extends Protocol, E = never>(options: WorkerClientOptions<P, E>): WorkerClient<P> {
  let port: WorkerPort | undefined
  let next = 1
  const waiting = new Map<number, Waiting>()

  function failAll(error: Error): void {
    const calls = [...waiting.values()]
    waiting.clear()
    for (const call of calls) call.reject(error)
  }

  function onMessage({ data }: MessageEvent<WorkerMessage<E>>): void {
    if ('event' in data) options.onEvent?.(data.event)
    else settle(data)
  }

  function settle(answer: AnswerMessage): void {
    if (answer.id === 0) {
      if (!answer.ok) options.onNoticeFailed?.(answer.message)
      return
    }
    const call = waiting.get(answer.id)
    waiting.delete(answer.id)
    if (answer.ok) call?.resolve(answer.response)
    else call?.reject(new Error(answer.message))
  }

  function end(running: WorkerPort): void {
    running.removeEventListener('message', onMessage)
    running.terminate?.()
    if (port === running) port = undefined
  }

  function crashed(running: WorkerPort, reason: string): void {
    if (port !== running) return
    end(running)
    const message = options.crashMessage(reason)
    options.onCrash?.(message)
    failAll(new Error(message))
  }

  function connect(): WorkerPort {
    if (port) return port
    const running = options.start()
    port = running
    running.addEventListener('message', onMessage)
    running.onerror = (event) => {
      // the page's console would show it as uncaught too; the caller shows it in words instead
      event.preventDefault()
      crashed(running, workerFailureReason(event))
    }
    running.onmessageerror = (event) => crashed(running, workerFailureReason(event))
    options.onStart?.(client)
    return running
  }

  function post(id: number, type: string, request: unknown, transfer: Transferable[] = []): void {
    connect().postMessage({ id, type, request }, { transfer })
  }

  const client: WorkerClient<P> = {
    call: (type, request, { transfer, signal } = {}) =>
      new Promise((resolve, reject) => {
        signal?.throwIfAborted()
        const id = next++
        waiting.set(id, { resolve, reject })
        signal?.addEventListener('abort', () => {
          if (!waiting.delete(id)) return
          reject(signal.reason)
          port?.postMessage({ cancel: id })
        }, { once: true })
        try {
          post(id, type, request, transfer)
        } catch (error) {
          // a request that cannot be cloned never reaches the worker: this call fails alone
          waiting.delete(id)
          reject(error)
        }
      }),
    notify: (type, request) => post(0, type, request),
    start: () => void connect(),
    dispose() {
      if (port) end(port)
      failAll(new Error(options.closedMessage ?? 'The worker was closed before it answered.'))
    },
  }
  return client
}

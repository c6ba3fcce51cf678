/** The part of a Worker a client uses; tests pass one that fails on purpose. */
export interface WorkerLike {
  postMessage(message: unknown): void
  terminate(): void
  onmessage: ((event: MessageEvent) => void) | null
  onerror: ((event: ErrorEvent) => void) | null
  onmessageerror: ((event: MessageEvent) => void) | null
}

export interface WorkerCalls<Answer> {
  /** Posts the message built for a fresh id; resolves with the worker's answer carrying that id. */
  call(build: (id: number) => unknown): Promise<Answer>
  /** Ends the worker; calls still waiting reject. */
  dispose(): void
}

/** Why a worker stopped, in words: an ErrorEvent's message, else what kind of failure it was. */
export function workerFailureReason(event: Event): string {
  if ('message' in event && typeof event.message === 'string' && event.message) return event.message
  return event.type === 'messageerror' ? 'it sent an answer that could not be read' : 'it stopped with an error'
}

/**
 * Calls to a Web Worker matched to answers by id. A worker that throws outside a request's
 * own handling, runs out of memory or sends what cannot be read would otherwise leave every
 * caller waiting forever: then every waiting call rejects with `name` and the reason in
 * words, the broken worker is ended, and the next call starts a fresh one.
 */
export function createWorkerCalls<Answer extends { id: number }>(name: string, start: () => WorkerLike): WorkerCalls<Answer> {
  let worker: WorkerLike | undefined
  let next = 1
  const waiting = new Map<number, { resolve: (answer: Answer) => void; reject: (error: Error) => void }>()

  function failAll(message: string): void {
    const calls = [...waiting.values()]
    waiting.clear()
    for (const entry of calls) entry.reject(new Error(message))
  }

  function stop(reason: string): void {
    worker?.terminate()
    worker = undefined
    failAll(`${name} stopped (${reason}). Try again: a fresh one starts with the next request.`)
  }

  function running(): WorkerLike {
    if (worker) return worker
    const started = start()
    started.onmessage = (event: MessageEvent<Answer>) => {
      const entry = waiting.get(event.data.id)
      waiting.delete(event.data.id)
      entry?.resolve(event.data)
    }
    started.onerror = (event) => {
      // the page's console would show it as uncaught too; the caller shows it in words instead
      event.preventDefault()
      if (worker === started) stop(workerFailureReason(event))
    }
    started.onmessageerror = (event) => {
      if (worker === started) stop(workerFailureReason(event))
    }
    worker = started
    return started
  }

  return {
    call: (build) =>
      new Promise<Answer>((resolve, reject) => {
        const id = next++
        const target = running()
        waiting.set(id, { resolve, reject })
        try {
          target.postMessage(build(id))
        } catch (error) {
          // a message that cannot be cloned never reaches the worker: this call fails alone
          waiting.delete(id)
          reject(error instanceof Error ? error : new Error(String(error)))
        }
      }),
    dispose() {
      worker?.terminate()
      worker = undefined
      failAll(`${name} was closed before it answered.`)
    },
  }
}

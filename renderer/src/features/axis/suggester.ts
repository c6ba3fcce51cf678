import { workerOrInThread } from '../../workers/inThread'
import type { WorkerPort } from '../../workers/protocol'
import { createWorkerClient } from '../../workers/workerClient'
import type { SuggesterProtocol } from './suggesterProtocol'
import type { Suggest } from './suggestions'

export interface Suggester {
  suggest: Suggest
  /** Brings the library's suggestions up to date in the worker; answers how many papers were suggested again. */
  refresh: (dbName: string) => Promise<number>
  dispose: () => void
}

/** The suggester of the app: one Web Worker (in-thread where there are none, as in unit tests). */
export function createSuggester(): Suggester {
  return workerSuggester(
    workerOrInThread(
      () => new Worker(new URL('./suggest.worker.ts', import.meta.url), { type: 'module' }),
      () => import('./suggesterService').then((module) => module.suggesterService),
    ),
  )
}

/**
 * The suggester over a worker started by `start`. If the worker crashes, the waiting batch
 * rejects with why, in words, and the next batch starts a fresh worker.
 */
export function workerSuggester(start: () => WorkerPort): Suggester {
  const client = createWorkerClient<SuggesterProtocol>({
    start,
    crashMessage: (reason) => `The axis suggester stopped (${reason}). Try again: a fresh one starts with the next request.`,
    closedMessage: 'The axis suggester was closed before it answered.',
  })
  return { suggest: (inputs) => client.call('suggest', inputs), refresh: (dbName) => client.call('refresh', { dbName }), dispose: () => client.dispose() }
}

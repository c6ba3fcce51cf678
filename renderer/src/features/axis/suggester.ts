import { workerOrInThread } from '../../workers/inThread'
import type { WorkerPort } from '../../workers/protocol'
import { createWorkerClient } from '../../workers/workerClient'
import type { SuggesterProtocol } from './suggesterProtocol'
import type { Suggest } from './suggestions'

/** The suggester of the app: one Web Worker (in-thread where there are none, as in unit tests). */
export function createSuggester(): { suggest: Suggest; dispose: () => void } {
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
export function workerSuggester(start: () => WorkerPort): { suggest: Suggest; dispose: () => void } {
  const client = createWorkerClient<SuggesterProtocol>({
    start,
    crashMessage: (reason) => `The axis suggester stopped (${reason}). Try again: a fresh one starts with the next request.`,
    closedMessage: 'The axis suggester was closed before it answered.',
  })
  return { suggest: (inputs) => client.call('suggest', inputs), dispose: () => client.dispose() }
}

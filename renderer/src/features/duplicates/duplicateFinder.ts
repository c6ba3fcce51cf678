import type { DuplicateSet } from '../../../../shared/dedup'
import { workerOrInThread } from '../../workers/inThread'
import type { WorkerPort } from '../../workers/protocol'
import { createWorkerClient } from '../../workers/workerClient'
import type { DuplicatesProtocol } from './duplicatesProtocol'

export interface DuplicateFinder {
  /** The library's duplicate sets; rejects in words if the worker fails, or with the signal's reason. */
  find(dbName: string, signal?: AbortSignal): Promise<DuplicateSet[]>
  dispose(): void
}

let shared: DuplicateFinder | undefined

/** One duplicates worker for the window (in-thread where there are no workers, as in unit tests). */
export function getDuplicateFinder(): DuplicateFinder {
  shared ??= workerDuplicateFinder(
    workerOrInThread(
      () => new Worker(new URL('./duplicates.worker.ts', import.meta.url), { type: 'module', name: 'axisref-duplicates' }),
      () => import('./duplicatesService').then((module) => module.duplicatesService),
    ),
  )
  return shared
}

/**
 * The finder over a worker started by `start`. A worker that crashes (out of memory on a huge
 * library) rejects the waiting request with why, in words, and the next request starts a
 * fresh worker.
 */
export function workerDuplicateFinder(start: () => WorkerPort): DuplicateFinder {
  const client = createWorkerClient<DuplicatesProtocol>({
    start,
    crashMessage: (reason) => `The duplicate finder stopped (${reason}). Try again: a fresh one starts with the next change or when the view is opened again.`,
    closedMessage: 'The duplicate finder was closed before it answered.',
  })
  return {
    find: (dbName, signal) => client.call('find', { dbName }, { signal }),
    dispose: () => client.dispose(),
  }
}

import { suggestAxis, type AxisSuggestion } from '../../../../shared/axis'
import { createWorkerCalls, type WorkerLike } from '../../workers/workerCalls'
import type { Suggest } from './suggestions'

/**
 * The suggester of the app: one Web Worker, requests matched to answers by id. Where
 * there are no workers (unit tests in jsdom) it runs inline.
 */
export function createSuggester(): { suggest: Suggest; dispose: () => void } {
  if (typeof Worker === 'undefined') return { suggest: async (inputs) => inputs.map((input) => suggestAxis(input)), dispose: () => undefined }
  return workerSuggester(() => new Worker(new URL('./suggest.worker.ts', import.meta.url), { type: 'module' }))
}

/**
 * The suggester over a worker started by `start`. If the worker crashes, the waiting batch
 * rejects with why, in words, and the next batch starts a fresh worker.
 */
export function workerSuggester(start: () => WorkerLike): { suggest: Suggest; dispose: () => void } {
  const calls = createWorkerCalls<{ id: number; results: AxisSuggestion[] }>('The axis suggester', start)
  return {
    suggest: async (inputs) => (await calls.call((id) => ({ id, inputs }))).results,
    dispose: () => calls.dispose(),
  }
}

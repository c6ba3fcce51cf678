import { suggestAxis, type AxisSuggestion } from '../../../../shared/axis'
import type { Suggest } from './suggestions'

/**
 * The suggester of the app: one Web Worker, requests matched to answers by id. Where
 * there are no workers (unit tests in jsdom) it runs inline.
 */
export function createSuggester(): { suggest: Suggest; dispose: () => void } {
  if (typeof Worker === 'undefined') return { suggest: async (inputs) => inputs.map((input) => suggestAxis(input)), dispose: () => undefined }
  const worker = new Worker(new URL('./suggest.worker.ts', import.meta.url), { type: 'module' })
  const waiting = new Map<number, (results: AxisSuggestion[]) => void>()
  let next = 1
  worker.onmessage = (event: MessageEvent<{ id: number; results: AxisSuggestion[] }>) => {
    waiting.get(event.data.id)?.(event.data.results)
    waiting.delete(event.data.id)
  }
  return {
    suggest: (inputs) =>
      new Promise((resolve) => {
        const id = next++
        waiting.set(id, resolve)
        worker.postMessage({ id, inputs })
      }),
    dispose: () => worker.terminate(),
  }
}

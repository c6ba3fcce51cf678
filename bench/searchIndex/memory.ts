import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

/**
 * The collector, even when node was started without --expose-gc (bench/run.ts is): the
 * flag set at run time makes `gc` appear in contexts created afterwards.
 */
function findCollector(): (() => void) | undefined {
  const exposed = (globalThis as { gc?: () => void }).gc
  if (exposed) return exposed
  try {
    setFlagsFromString('--expose-gc')
    const collector: unknown = runInNewContext('gc')
    return typeof collector === 'function' ? (collector as () => void) : undefined
  } catch {
    return undefined
  }
}

const collect = findCollector()

/** Whether the figures below were taken after a forced full collection. */
export const forcedGc = collect !== undefined

/**
 * JS heap in use plus ArrayBuffer backing stores, in bytes, after a full collection when
 * one can be forced. Both count: our index keeps its postings in typed arrays, whose
 * bytes live outside `heapUsed`; MiniSearch keeps everything in objects on the heap.
 */
export function liveBytes(): number {
  if (collect) {
    collect()
    collect()
  }
  const usage = process.memoryUsage()
  return usage.heapUsed + usage.arrayBuffers
}

export function megabytes(bytes: number): number {
  return bytes / (1024 * 1024)
}

/** Milliseconds `work` takes, with its result. */
export function timed<T>(work: () => T): { ms: number; result: T } {
  const started = performance.now()
  const result = work()
  return { ms: performance.now() - started, result }
}

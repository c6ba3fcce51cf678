import type { ImportProgress } from './importPdfs'

/**
 * The running import's progress, held outside React state: only the progress bar
 * subscribes to it. As workspace state, each of its ten updates a second redrew every pane
 * (list, sidebar, details) while the page was also writing the papers and painting their rows.
 */
export interface ProgressStore {
  get(): ImportProgress
  set(progress: ImportProgress): void
  /** For useSyncExternalStore: `listener` runs after each `set`; the result unsubscribes. */
  subscribe(listener: () => void): () => void
}

export function createProgressStore(initial: ImportProgress): ProgressStore {
  let current = initial
  const listeners = new Set<() => void>()
  return {
    get: () => current,
    set(progress) {
      current = progress
      for (const listener of listeners) listener()
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
  }
}

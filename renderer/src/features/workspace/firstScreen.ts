import { useEffect, useState, useSyncExternalStore } from 'react'

/**
 * Whether the window has shown its first screen: the list's first rows, or the empty
 * library. Work the user did not ask for at start (lookups left queued, their counts, the
 * count of lookups done) waits for it: at 100,000 papers each such read held IndexedDB for
 * half a second, and the first rows' read waited behind them for a second and more.
 */
let shown = false
const listeners = new Set<() => void>()

/** At the latest this long after a component asks, the first screen counts as shown (a window with no list). */
export const FIRST_SCREEN_WAIT_MS = 3_000

/** Said by the list once it has rows to paint (or knows the library is empty). */
export function markFirstScreen(): void {
  if (shown) return
  shown = true
  for (const listener of listeners) listener()
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => void listeners.delete(listener)
}

/** True once the first screen is shown, or `longestWaitMs` after the component mounted. */
export function useFirstScreenShown(longestWaitMs = FIRST_SCREEN_WAIT_MS): boolean {
  const marked = useSyncExternalStore(subscribe, () => shown)
  const [waited, setWaited] = useState(false)
  useEffect(() => {
    if (marked) return undefined
    const timer = setTimeout(() => setWaited(true), longestWaitMs)
    return () => clearTimeout(timer)
  }, [marked, longestWaitMs])
  return marked || waited
}

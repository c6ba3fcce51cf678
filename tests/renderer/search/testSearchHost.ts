import { Dexie, type ObservabilitySet } from 'dexie'
import { openDatabase, type AxisRefDatabase } from '../../../renderer/src/db'
import { createSearchHost, type SearchHost, type SearchHostDeps } from '../../../renderer/src/search/host'
import type { SearchEvent } from '../../../renderer/src/search/protocol'
import { openSearchCache } from '../../../renderer/src/search/snapshotStore'

/** Hosts started by a test file, closed with their databases after each test (`closeSearchHosts`). */
const started: { host: SearchHost; db: AxisRefDatabase }[] = []

/**
 * A search host as the worker runs it, over the library `db` (named `name`), told of writes
 * by Dexie's own change events, its events collected in `events`; it saves its index only
 * when asked (`flush`), so no save lands in the middle of a test, unless the test gives a
 * `saveMaxDelayMs` its clock reaches.
 */
export function startSearchHost(name: string, db: AxisRefDatabase, options: Pick<SearchHostDeps, 'yieldToEvents' | 'saveMaxDelayMs' | 'now' | 'rangeQuietMs' | 'rangeMaxWaitMs'> = {}): { host: SearchHost; events: SearchEvent[] } {
  const events: SearchEvent[] = []
  const host = createSearchHost({
    openLibrary: openDatabase,
    openCache: openSearchCache,
    post: (event) => events.push(event),
    subscribe(listener: (parts: ObservabilitySet) => void) {
      Dexie.on('storagemutated', listener)
      return () => Dexie.on.storagemutated.unsubscribe(listener)
    },
    rangeQuietMs: 0,
    ...options,
    saveDelayMs: 60_000,
  })
  started.push({ host, db })
  void host.handlers.init({ dbName: name })
  return { host, events }
}

export function closeSearchHosts(): void {
  for (const { host, db } of started.splice(0)) {
    host.close()
    db.close()
  }
}

/** Polls `condition` every 5 ms, failing after 20 s. */
export async function waitFor(condition: () => boolean): Promise<void> {
  for (let waited = 0; !condition(); waited += 5) {
    if (waited > 20_000) throw new Error('timed out')
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}

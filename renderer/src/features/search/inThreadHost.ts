import { Dexie, type ObservabilitySet } from 'dexie'
import { openDatabase } from '../../db/database'
import { createSearchHost, type SearchHost } from './host'
import type { WorkerMessage } from './protocol'
import { openSearchCache } from './snapshotStore'

/** The worker's host, wired as search.worker.ts wires it, but posting to a callback. */
export function createInThreadHost(post: (message: WorkerMessage) => void): SearchHost {
  return createSearchHost({
    openLibrary: openDatabase,
    openCache: openSearchCache,
    post,
    subscribe(listener: (parts: ObservabilitySet) => void) {
      Dexie.on('storagemutated', listener)
      return () => Dexie.on.storagemutated.unsubscribe(listener)
    },
  })
}

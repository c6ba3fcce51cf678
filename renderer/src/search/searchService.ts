import { Dexie } from 'dexie'
import { openDatabase } from '../db/database'
import type { ServiceFactory } from '../workers/protocol'
import { createSearchHost } from './host'
import type { SearchEvent, SearchProtocol } from './protocol'
import { openSearchCache } from './snapshotStore'

/**
 * What the search worker runs (and the page itself where there are no workers). It opens
 * the library with the app's own schema and hears about every write through Dexie's
 * `storagemutated` event, which Dexie relays from the page over a BroadcastChannel.
 */
export const searchService: ServiceFactory<SearchProtocol, SearchEvent> = (emit) =>
  createSearchHost({
    openLibrary: openDatabase,
    openCache: openSearchCache,
    post: emit,
    subscribe(listener) {
      Dexie.on('storagemutated', listener)
      return () => Dexie.on.storagemutated.unsubscribe(listener)
    },
  })

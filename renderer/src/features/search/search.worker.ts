import { Dexie } from 'dexie'
import { openDatabase } from '../../db/database'
import { createSearchHost } from './host'
import type { ClientMessage, WorkerMessage } from './protocol'
import { openSearchCache } from './snapshotStore'

// The worker is a thin wrapper: host.ts holds the logic and is tested without a Worker.
// It opens the library with the app's own schema and hears about every write through
// Dexie's `storagemutated` event, which Dexie relays from the page over a BroadcastChannel.
const host = createSearchHost({
  openLibrary: openDatabase,
  openCache: openSearchCache,
  post: (message: WorkerMessage) => globalThis.postMessage(message),
  subscribe(listener) {
    Dexie.on('storagemutated', listener)
    return () => Dexie.on.storagemutated.unsubscribe(listener)
  },
})

globalThis.addEventListener('message', (event: MessageEvent<ClientMessage>) => void host.handle(event.data))

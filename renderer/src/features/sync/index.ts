/** Sync with a CouchDB database (issue #17): the window's view of it, and what the user sees of it. */
export { createSyncStatusStore, syncStatusStore, useSyncView, type SyncStatusStore, type SyncViewState } from './syncStatusStore'
export { SyncStatusLine, useWindowSyncStore } from './SyncStatusLine'
export { READ_ONLY_WORDS, formatWhen, syncIndicator, syncNowUnavailable, syncStatusSentence, type SyncIndicator } from './syncWords'
export { useSyncBridge } from './useSyncBridge'

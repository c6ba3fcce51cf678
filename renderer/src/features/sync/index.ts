export { useSyncBridge } from './useSyncBridge'
export { createSyncStatusStore, syncStatusStore, useSyncView, type SyncStatusStore, type SyncViewState } from './syncStatusStore'

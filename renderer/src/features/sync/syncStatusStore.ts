import { useSyncExternalStore } from 'react'
import type { AxisRefApi } from '../../../../shared/ipc/api'
import type { SyncStatus } from '../../../../shared/sync/status'

export interface SyncViewState {
  /** The status as main last gave it; undefined until it answers. */
  status: SyncStatus | undefined
  /** Rows changed in this window and not yet handed to main. */
  outbox: number
  /** Why the window's side of sync failed (main unreachable, a change that could not be applied), in words. */
  problem?: string
}

/**
 * The window's view of sync, shared by the bridge that moves changes (`useSyncBridge`, which
 * writes it), the status line, Settings and the details pane (which read it).
 */
export interface SyncStatusStore {
  state(): SyncViewState
  subscribe(listener: () => void): () => void
  update(next: Partial<SyncViewState>): void
  /** Asks the bridge to send and receive now (the status line's and the palette's "Sync now"). */
  syncNow(): void
  /** The bridge registers what "sync now" does; returns the unregistering function. */
  onSyncNow(handler: () => void): () => void
}

const stores = new WeakMap<AxisRefApi, SyncStatusStore>()

/** The one store of this window's host connection. */
export function syncStatusStore(api: AxisRefApi): SyncStatusStore {
  const known = stores.get(api)
  if (known) return known
  const created = createSyncStatusStore()
  stores.set(api, created)
  return created
}

export function createSyncStatusStore(): SyncStatusStore {
  let current: SyncViewState = { status: undefined, outbox: 0 }
  const listeners = new Set<() => void>()
  const handlers = new Set<() => void>()
  return {
    state: () => current,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    update(next) {
      current = { ...current, ...next }
      listeners.forEach((listener) => listener())
    },
    syncNow() {
      handlers.forEach((handler) => handler())
    },
    onSyncNow(handler) {
      handlers.add(handler)
      return () => handlers.delete(handler)
    },
  }
}

export function useSyncView(store: SyncStatusStore): SyncViewState {
  return useSyncExternalStore(store.subscribe, store.state)
}

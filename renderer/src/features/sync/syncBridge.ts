import { Dexie, type ObservabilitySet } from 'dexie'
import type { AxisRefDatabase } from '../../db'
import { SYNC_OUTBOX } from '../../db/syncOutbox'
import { valueOf, type SyncApi } from './outboxSend'
import { problemReport } from './problemReport'
import { messageOf, openSyncSession, retryDelay, type Schedule, type SyncSession } from './syncSession'
import type { SyncStatusStore } from './syncStatusStore'

/** How long after the last change the outbox is sent: a burst of edits goes in one call. */
export const OUTBOX_DEBOUNCE_MS = 250

export interface SyncBridgeDeps {
  api: SyncApi
  db: AxisRefDatabase
  store: SyncStatusStore
  schedule: Schedule
  /** Calls `listener` after a write to this database's outbox committed; answers the unsubscribing function. */
  watchOutbox: (listener: () => void) => () => void
}

export interface SyncBridge {
  stop(): void
}

/**
 * The window's side of sync, for the window's life: asks main for the status, and while the
 * library is connected runs one session per connection (`syncSession.ts`). It follows the
 * status in the store, so Settings connecting or disconnecting (and putting main's answer in
 * the store) starts or ends a session; "Sync now" sends and asks at once. Not connected: it
 * does nothing more (edits are recorded in the outbox all the same, and go when a connection
 * starts; the outbox is counted only while connected, for "Sending N").
 */
export function startSyncBridge(deps: SyncBridgeDeps): SyncBridge {
  const { api, db, store, schedule } = deps
  const problems = problemReport(store)
  let session: SyncSession | undefined
  let stopped = false
  let statusFailures = 0
  let cancelStatusRetry = () => {}
  let cancelDebounce = () => {}

  const countOutbox = async () => {
    try {
      store.update({ outbox: await db.syncOutbox.count() })
    } catch (error) {
      problems.set('send', `AxisRef could not read the changes waiting to be sent: ${messageOf(error)}`)
    }
  }

  const follow = () => {
    const status = store.state().status
    if (stopped || status === undefined || status.connection?.id === session?.connectionId) return
    const previous = session
    const id = status.connection?.id
    // the new session first: clearing the problems updates the store, which calls this again
    session = id === undefined ? undefined : openSyncSession(id, { api, db, store, schedule, problems, countOutbox })
    previous?.end()
    problems.clear()
    if (session) void countOutbox()
  }

  const readStatus = async (call: () => ReturnType<SyncApi['getSyncStatus']>, what: string) => {
    cancelStatusRetry()
    try {
      const status = await valueOf(what, call)
      if (stopped) return
      statusFailures = 0
      problems.set('status', undefined)
      store.update({ status })
    } catch (error) {
      if (stopped) return
      problems.set('status', messageOf(error))
      cancelStatusRetry = schedule(() => void readStatus(() => api.getSyncStatus(), 'read the sync status'), retryDelay(++statusFailures))
    }
  }

  const syncNow = () => {
    session?.now()
    void readStatus(() => api.syncNow(), 'sync now')
  }

  const unsubscribeStore = store.subscribe(follow)
  const unregisterSyncNow = store.onSyncNow(syncNow)
  const unwatch = deps.watchOutbox(() => {
    // a library that is not synced records its changes all the same, and sends them when it is
    if (!session) return
    cancelDebounce()
    cancelDebounce = schedule(() => {
      void countOutbox()
      session?.send()
    }, OUTBOX_DEBOUNCE_MS)
  })
  void readStatus(() => api.getSyncStatus(), 'read the sync status')

  return {
    stop() {
      stopped = true
      unsubscribeStore()
      unregisterSyncNow()
      unwatch()
      cancelDebounce()
      cancelStatusRetry()
      session?.end()
      session = undefined
    },
  }
}

/** Dexie's notice of committed writes (this window's, and other windows' of the same database), narrowed to the outbox. */
export function watchOutboxOf(db: AxisRefDatabase): (listener: () => void) => () => void {
  const prefix = `idb://${db.name}/${SYNC_OUTBOX}/`
  return (listener) => {
    const changed = (parts: ObservabilitySet) => {
      if (Object.keys(parts).some((part) => part.startsWith(prefix))) listener()
    }
    Dexie.on('storagemutated', changed)
    return () => Dexie.on.storagemutated.unsubscribe(changed)
  }
}

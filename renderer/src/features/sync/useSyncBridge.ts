import { useEffect } from 'react'
import { useDatabase } from '../../db'
import { useApi } from '../../ipc/ApiContext'
import { startSyncBridge, watchOutboxOf } from './syncBridge'
import type { Schedule } from './syncSession'
import { syncStatusStore } from './syncStatusStore'

const windowSchedule: Schedule = (run, delayMs) => {
  const timer = window.setTimeout(run, delayMs)
  return () => window.clearTimeout(timer)
}

/**
 * Moves the library's changes between this window and main's replica for as long as the
 * workspace is open (the workspace mounts it once; the picker window does not). Its state is
 * in `syncStatusStore(api)` for the status line, Settings and the details pane.
 */
export function useSyncBridge(): void {
  const api = useApi()
  const db = useDatabase()
  useEffect(() => {
    const bridge = startSyncBridge({ api, db, store: syncStatusStore(api), schedule: windowSchedule, watchOutbox: watchOutboxOf(db) })
    return () => bridge.stop()
  }, [api, db])
}

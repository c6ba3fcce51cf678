import { useState } from 'react'
import { useApi } from '../../ipc/ApiContext'
import { syncStatusStore, useSyncView, type SyncStatusStore } from './syncStatusStore'
import { READ_ONLY_WORDS, formatWhen, syncIndicator } from './syncWords'
import './sync.css'

/** The store of this window's host connection, which the bridge writes. */
export function useWindowSyncStore(): SyncStatusStore {
  return syncStatusStore(useApi())
}

/**
 * Sync on the status line: "Up to date", "Sending 12", "Offline: will retry"… with "Sync now";
 * nothing while the library is not synced. A read-only member is told once, in full, that
 * their edits stay on this device.
 */
export function SyncStatusLine({ store }: { store: SyncStatusStore }) {
  const view = useSyncView(store)
  const indicator = syncIndicator(view)
  if (!indicator || !view.status) return null
  const { status } = view
  return (
    <span className="sync-status" data-testid="sync-status">
      {status.readOnly && status.connection && <ReadOnlyNotice key={status.connection.id} message={status.message} />}
      <span className={`sync-status__text sync-status__text--${indicator.tone}`} title={status.lastSyncedAt === undefined ? undefined : `Last in step ${formatWhen(status.lastSyncedAt)}`}>
        {indicator.text}
      </span>
      <button type="button" className="link-button sync-status__now" onClick={() => store.syncNow()}>
        Sync now
      </button>
    </span>
  )
}

/** Shown once a connection (until dismissed): the status line's short words say the rest after. */
function ReadOnlyNotice({ message }: { message: string | undefined }) {
  const [open, setOpen] = useState(true)
  if (!open) return null
  return (
    <span className="sync-status__notice" role="note">
      {message ?? READ_ONLY_WORDS}{' '}
      <button type="button" className="link-button" onClick={() => setOpen(false)}>
        OK
      </button>
    </span>
  )
}

import { useEffect, useState } from 'react'
import type { IpcError } from '../../../../shared/ipc/result'
import type { SyncStatus } from '../../../../shared/sync/status'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useApi } from '../../ipc/ApiContext'
import { formatWhen, syncStatusSentence, useSyncView, useWindowSyncStore, type SyncStatusStore } from '../sync'
import { SyncConnectionForm } from './SyncConnectionForm'

/**
 * "Sync": the CouchDB database the library follows (address, database, user, a password that
 * is never shown back), which PDFs come down, test, connect and disconnect; how sync is going,
 * this device's name, and the documents from the server that were refused, with why.
 */
export function SyncSetting({ store }: { store?: SyncStatusStore }) {
  const windowStore = useWindowSyncStore()
  const [status, setStatus, loadError] = useSyncSettingStatus(store ?? windowStore)
  const outbox = useSyncView(store ?? windowStore).outbox
  return (
    <section className="settings-section" aria-labelledby="sync-heading">
      <h3 id="sync-heading">Sync</h3>
      <p className="hint">
        Keeps this library in step with a CouchDB database on a server you or your lab run: papers, tags, notes, highlights, collections and PDFs. Nothing is sent anywhere else. Who may read or change the
        database is decided by the server&rsquo;s users and roles.
      </p>
      {loadError && <ErrorMessage error={loadError} />}
      {status && (
        <>
          <p role="status" className={status.state === 'error' ? 'error-message' : 'hint'} data-testid="sync-setting-status">
            {syncStatusSentence(status, outbox)}
          </p>
          <p className="hint" data-testid="sync-device">
            This device is called <strong>{status.device.name}</strong>: other devices see its changes under that name.
          </p>
          <SyncConnectionForm status={status} onStatus={setStatus} />
          <RefusedDocuments refused={status.refused} />
        </>
      )}
    </section>
  )
}

/**
 * The status to show: the store's (kept current by the bridge) or, when Settings itself got
 * a newer one (it asked on opening, or it just connected), that one until the store moves on.
 */
function useSyncSettingStatus(store: SyncStatusStore): [SyncStatus | undefined, (status: SyncStatus) => void, IpcError | null] {
  const api = useApi()
  const view = useSyncView(store)
  const [own, setOwn] = useState<{ status: SyncStatus; storeHad: SyncStatus | undefined }>()
  const [error, setError] = useState<IpcError | null>(null)
  useEffect(() => {
    if (store.state().status) return
    let live = true
    void api.getSyncStatus().then((result) => {
      if (!live) return
      if (result.ok) setOwn({ status: result.value, storeHad: store.state().status })
      else setError(result.error)
    })
    return () => {
      live = false
    }
  }, [api, store])
  const shown = own && own.storeHad === view.status ? own.status : (view.status ?? own?.status)
  // main's answer to Connect or Disconnect goes into the window's store too: the bridge follows the store, and starts or ends its session from it
  const connected = (status: SyncStatus) => {
    setOwn({ status, storeHad: store.state().status })
    store.update({ status })
  }
  return [shown, connected, error]
}

function RefusedDocuments({ refused }: { refused: SyncStatus['refused'] }) {
  if (refused.length === 0) return null
  return (
    <>
      <h4 className="settings-subheading">Refused from the server</h4>
      <p className="hint">These documents on the server did not pass the library&rsquo;s checks, so they were not written here. The rest synced as usual.</p>
      <ul className="sync-refused" aria-label="Refused documents">
        {refused.map((doc) => (
          <li key={`${doc.id}-${doc.at}`}>
            <code>{doc.id}</code>: {doc.reason} <span className="hint">({formatWhen(doc.at)})</span>
          </li>
        ))}
      </ul>
    </>
  )
}

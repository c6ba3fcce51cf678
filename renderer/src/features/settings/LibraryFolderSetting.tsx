import { useState } from 'react'
import type { LibraryLocation, LibraryMoveStatus } from '../../../../shared/ipc/contract'
import type { IpcError, Result } from '../../../../shared/ipc/result'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useApi } from '../../ipc/ApiContext'
import { useApiCall } from '../../ipc/useApiCall'
import { useLibraryMove } from './useLibraryMove'

/**
 * Where the library lives (changed only through a folder dialog). Changing it moves the PDFs,
 * with progress; a move that was cut short can be continued here.
 */
export function LibraryFolderSetting() {
  const api = useApi()
  const [location, reloadLocation] = useApiCall(api.getLibraryLocation)
  const [actionError, setActionError] = useState<IpcError | null>(null)
  const move = useLibraryMove(api)
  const busy = move.status?.state === 'moving'

  async function change(next: () => Promise<Result<unknown>>) {
    setActionError(null)
    const result = await move.track(next)
    if (!result.ok) setActionError(result.error)
    reloadLocation()
  }

  return (
    <section className="settings-section" aria-labelledby="library-location-heading">
      <h3 id="library-location-heading">Library folder</h3>
      <p className="hint">Your PDFs, backups and snapshots are kept here. Choose a folder that is not synced by a cloud service; the PDFs are moved there, each checked before its original is removed.</p>
      {location.status === 'loading' && <p>Loading…</p>}
      {location.status === 'error' && <ErrorMessage error={location.error} />}
      {location.status === 'ok' && <LocationPath location={location.value} />}
      <div className="button-row">
        <button type="button" className="button" aria-label="Change the library folder" disabled={busy} onClick={() => void change(api.chooseLibraryLocation)}>
          Change…
        </button>
        <button
          type="button"
          className="button button--quiet"
          disabled={busy || (location.status === 'ok' && location.value.isDefault)}
          onClick={() => void change(api.resetLibraryLocation)}
        >
          Use default
        </button>
        {move.status?.state === 'interrupted' && (
          <button type="button" className="button" onClick={() => void change(api.resumeLibraryMove)}>
            Continue moving
          </button>
        )}
      </div>
      {move.status && <MoveStatus status={move.status} />}
      {move.error && <ErrorMessage error={move.error} />}
      {actionError && <ErrorMessage error={actionError} />}
    </section>
  )
}

function LocationPath({ location }: { location: LibraryLocation }) {
  return (
    <p className="path" data-testid="library-location">
      <code>{location.path}</code>
      {location.isDefault && <span className="badge">default</span>}
    </p>
  )
}

function MoveStatus({ status }: { status: LibraryMoveStatus }) {
  if (status.state === 'moving') {
    return (
      <p role="status" data-testid="library-move">
        Moving PDFs: {status.done.toLocaleString('en')} of {status.total.toLocaleString('en')} to <code>{status.to}</code>
      </p>
    )
  }
  if (status.state === 'interrupted') return <p className="error-message" role="alert" data-testid="library-move">{status.message}</p>
  if (status.state === 'done' && status.message) return <p role="status" data-testid="library-move">{status.message}</p>
  return null
}

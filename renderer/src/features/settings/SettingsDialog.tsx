import { useState } from 'react'
import type { LibraryLocation } from '../../../../shared/ipc/contract'
import type { IpcError } from '../../../../shared/ipc/result'
import { Dialog } from '../../components/Dialog'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useApi } from '../../ipc/ApiContext'
import { useApiCall } from '../../ipc/useApiCall'
import { ArchiveSetting } from '../backup'
import { AttachmentNameSetting } from '../details'
import { IntegritySetting } from '../integrity'
import { AutoExportSetting } from './AutoExportSetting'
import { WatchedFolderSetting } from './WatchedFolderSetting'

/** Settings: where the library lives (changed only through a folder dialog), and about. */
export function SettingsDialog({ onClose }: { onClose: () => void }) {
  const api = useApi()
  const [location, , setLocation] = useApiCall(api.getLibraryLocation)
  const [info] = useApiCall(api.getAppInfo)
  const [actionError, setActionError] = useState<IpcError | null>(null)

  async function change(next: () => Promise<{ ok: true; value: LibraryLocation } | { ok: false; error: IpcError }>) {
    setActionError(null)
    const result = await next()
    if (result.ok) setLocation({ status: 'ok', value: result.value })
    else setActionError(result.error)
  }

  const chooseFolder = () =>
    change(async () => {
      const result = await api.chooseLibraryLocation()
      return result.ok ? { ok: true, value: result.value.location } : result
    })

  return (
    <Dialog title="Settings" onClose={onClose}>
      <section className="settings-section" aria-labelledby="library-location-heading">
        <h3 id="library-location-heading">Library folder</h3>
        <p className="hint">Your PDFs, backups and snapshots are kept here. Choose a folder that is not synced by a cloud service.</p>
        {location.status === 'loading' && <p>Loading…</p>}
        {location.status === 'error' && <ErrorMessage error={location.error} />}
        {location.status === 'ok' && (
          <p className="path" data-testid="library-location">
            <code>{location.value.path}</code>
            {location.value.isDefault && <span className="badge">default</span>}
          </p>
        )}
        <div className="button-row">
          <button type="button" className="button" aria-label="Change the library folder" onClick={() => void chooseFolder()}>
            Change…
          </button>
          <button
            type="button"
            className="button button--quiet"
            disabled={location.status === 'ok' && location.value.isDefault}
            onClick={() => void change(api.resetLibraryLocation)}
          >
            Use default
          </button>
        </div>
        {actionError && <ErrorMessage error={actionError} />}
      </section>
      <WatchedFolderSetting />
      <AutoExportSetting />
      <ArchiveSetting />
      <AttachmentNameSetting />
      <IntegritySetting />
      <section className="settings-section" aria-labelledby="about-heading">
        <h3 id="about-heading">About</h3>
        {info.status === 'ok' && (
          <p data-testid="app-version">
            {info.value.name} {info.value.version} · {info.value.host === 'electron' ? 'desktop app' : 'browser host'} ·{' '}
            {info.value.platform}
          </p>
        )}
        {info.status === 'error' && <ErrorMessage error={info.error} />}
      </section>
    </Dialog>
  )
}

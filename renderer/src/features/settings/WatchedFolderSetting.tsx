import { useState } from 'react'
import type { IpcError, Result } from '../../../../shared/ipc/result'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useApi } from '../../ipc/ApiContext'
import { useApiCall } from '../../ipc/useApiCall'

/** The folder whose new PDFs are imported by themselves (a downloads folder, say). */
export function WatchedFolderSetting() {
  const api = useApi()
  const [folder, , setFolder] = useApiCall(api.getWatchedFolder)
  const [error, setError] = useState<IpcError | null>(null)

  async function change(call: () => Promise<Result<{ path: string | null }>>) {
    setError(null)
    const result = await call()
    if (result.ok) setFolder({ status: 'ok', value: result.value })
    else setError(result.error)
  }

  const path = folder.status === 'ok' ? folder.value.path : null
  return (
    <section className="settings-section" aria-labelledby="watched-folder-heading">
      <h3 id="watched-folder-heading">Watched folder</h3>
      <p className="hint">New PDFs that appear in this folder (and its sub-folders) are imported once, also after a restart.</p>
      {folder.status === 'error' && <ErrorMessage error={folder.error} />}
      <p className="path" data-testid="watched-folder">
        {path ? <code>{path}</code> : <span className="hint">No folder is watched.</span>}
      </p>
      <div className="button-row">
        <button type="button" className="button" onClick={() => void change(api.chooseWatchedFolder)}>
          {path ? 'Change…' : 'Watch a folder…'}
        </button>
        {path && (
          <button type="button" className="button button--quiet" onClick={() => void change(api.stopWatchingFolder)}>
            Stop watching
          </button>
        )}
      </div>
      {error && <ErrorMessage error={error} />}
    </section>
  )
}

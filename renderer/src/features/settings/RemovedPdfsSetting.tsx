import { useState } from 'react'
import type { RemovedPdfsDestination } from '../../../../shared/ipc/contract'
import type { IpcError } from '../../../../shared/ipc/result'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useApi } from '../../ipc/ApiContext'
import { useApiCall } from '../../ipc/useApiCall'

/** Where the PDFs of an emptied trash go: the system's trash, or the library's own trash folder. */
export function RemovedPdfsSetting() {
  const api = useApi()
  const [setting, , setSetting] = useApiCall(api.getRemovedPdfsDestination)
  const [error, setError] = useState<IpcError | null>(null)

  async function choose(destination: RemovedPdfsDestination) {
    setError(null)
    const result = await api.setRemovedPdfsDestination({ destination })
    if (result.ok) setSetting({ status: 'ok', value: result.value })
    else setError(result.error)
  }

  const current = setting.status === 'ok' ? setting.value : undefined
  return (
    <section className="settings-section" aria-labelledby="removed-pdfs-heading">
      <h3 id="removed-pdfs-heading">Emptying the trash</h3>
      <p className="hint">The PDFs of papers deleted for good, when no other paper uses them, go to:</p>
      {setting.status === 'error' && <ErrorMessage error={setting.error} />}
      <label className="settings-choice">
        <input type="radio" name="removed-pdfs" checked={current?.destination === 'library-trash'} disabled={!current} onChange={() => void choose('library-trash')} /> the{' '}
        <code>trash</code> folder in the library folder
      </label>
      <label className="settings-choice">
        <input
          type="radio"
          name="removed-pdfs"
          checked={current?.destination === 'system-trash'}
          disabled={!current?.systemTrashAvailable}
          onChange={() => void choose('system-trash')}
        />{' '}
        the system&rsquo;s trash{current && !current.systemTrashAvailable && ' (in the desktop app only)'}
      </label>
      {error && <ErrorMessage error={error} />}
    </section>
  )
}

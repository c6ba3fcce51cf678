import { useState } from 'react'
import { useDatabase } from '../../db'
import { useApi } from '../../ipc/ApiContext'
import { buildLibrarySnapshot } from './snapshot'

/** "Export library archive": one zip with every record and every PDF. */
export function ArchiveSetting() {
  const api = useApi()
  const db = useDatabase()
  const [status, setStatus] = useState('')
  async function exportArchive() {
    setStatus('Writing the archive…')
    const result = await api.exportLibraryArchive({ snapshot: await buildLibrarySnapshot(db) })
    if (!result.ok) return setStatus(result.error.message)
    const { summary } = result.value
    if (!summary) return setStatus('')
    const missing = summary.missing.length > 0 ? ` ${summary.missing.length} PDFs were missing from the library folder (run the integrity check).` : ''
    setStatus(`Saved ${summary.files} PDFs and every record to ${summary.path}.${missing}`)
  }
  return (
    <section className="settings-section" aria-labelledby="backup-heading">
      <h3 id="backup-heading">Backups</h3>
      <p className="hint">A snapshot of the library is written to its folder after every change. An archive is one file with every record and every PDF, to keep elsewhere.</p>
      <button type="button" className="button" onClick={() => void exportArchive()}>
        Export library archive…
      </button>
      <p role="status" className="hint" data-testid="archive-status">
        {status}
      </p>
    </section>
  )
}

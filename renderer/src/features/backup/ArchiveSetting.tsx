import { useState } from 'react'
import { useDatabase } from '../../db'
import { useApi } from '../../ipc/ApiContext'
import { restoreFromArchive } from './restoreArchive'
import { buildLibrarySnapshot } from './snapshot'

/** "Export library archive": one zip with every record and every PDF; and restoring one into an empty library. */
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
  async function restore() {
    setStatus('Restoring the archive…')
    setStatus(await restoreFromArchive(api, db).catch((error: unknown) => (error instanceof Error ? error.message : String(error))))
  }
  return (
    <section className="settings-section" aria-labelledby="backup-heading">
      <h3 id="backup-heading">Backups</h3>
      <p className="hint">A snapshot of the library is written to its folder after every change. An archive is one file with every record and every PDF, to keep elsewhere.</p>
      <div className="button-row">
        <button type="button" className="button" onClick={() => void exportArchive()}>
          Export library archive…
        </button>
        <button type="button" className="button" onClick={() => void restore()}>
          Restore from archive…
        </button>
      </div>
      <p role="status" className="hint" data-testid="archive-status">
        {status}
      </p>
    </section>
  )
}

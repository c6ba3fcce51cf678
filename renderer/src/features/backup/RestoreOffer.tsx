import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { useDatabase } from '../../db'
import { useApi } from '../../ipc/ApiContext'
import { useApiCall } from '../../ipc/useApiCall'
import { indexFullTexts } from '../import'
import { restoreLibrarySnapshot } from './snapshot'

/** When the library is empty but a backup exists (IndexedDB lost or reset), offers to restore it. */
export function RestoreOffer() {
  const db = useDatabase()
  // one paper read, not a count: Chromium counts by walking the whole store, and this query
  // runs again after every write, holding up the reads queued behind it
  const first = useLiveQuery(() => db.papers.limit(1).primaryKeys(), [db])
  // only an empty library asks for the backup: main reads and parses the whole newest snapshot
  // for it (some 100 MB at 100,000 papers), and sends it here, at every start otherwise
  return first?.length === 0 ? <LatestBackupOffer /> : null
}

function LatestBackupOffer() {
  const api = useApi()
  const db = useDatabase()
  const [latest] = useApiCall(api.getLatestSnapshot)
  const [status, setStatus] = useState<string | null>(null)
  if (latest.status !== 'ok' || !latest.value || latest.value.snapshot.papers.length === 0) return null
  const { snapshot, writtenAt } = latest.value
  async function restore() {
    try {
      setStatus(`Restored ${await restoreLibrarySnapshot(db, snapshot)} papers.`)
      void indexFullTexts(api, db)
    } catch (error) {
      setStatus(error instanceof Error ? error.message : String(error))
    }
  }
  return (
    <div className="restore-offer" role="alert">
      <p>
        Your library is empty, but a backup from {new Date(writtenAt).toLocaleString()} with {snapshot.papers.length} papers is in the library folder.
      </p>
      <button type="button" className="button button--primary" onClick={() => void restore()}>
        Restore {snapshot.papers.length} papers
      </button>
      {status && <p>{status}</p>}
    </div>
  )
}

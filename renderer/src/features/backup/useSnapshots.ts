import { useCallback, useEffect, useRef } from 'react'
import { createSnapshotScheduler, type SnapshotScheduler } from '../../../../shared/backup/scheduler'
import { hasPapers, useDatabase } from '../../db'
import { useTableWrites } from '../../db/useTableWrites'
import { useApi } from '../../ipc/ApiContext'
import { serialiseLibrarySnapshot } from './serialiseSnapshot'

const DELAY_MS = 5_000
/**
 * While writes never pause, a snapshot at least this often. Not the scheduler's 50 s: after
 * a large import the suggestion refresh writes every paper for minutes, and a snapshot of
 * 100,000 papers (read, serialised, sent to main, checked, written) every 50 s took the
 * machine from everything else meanwhile.
 */
const MAX_DELAY_MS = 10 * 60_000
/** The tables a snapshot holds that the user's work changes (settings excepted: a window's size is no reason for a backup). */
const SNAPSHOT_TABLES = ['papers', 'attachments', 'notes', 'annotations', 'collections', 'savedSearches']

/**
 * Writes a snapshot of the library to the library folder a little after each change (and at
 * least daily), so the library can always be rebuilt from the snapshot and the PDFs. A change
 * is any write to the tables it holds, from this window or a worker (a paper deleted for
 * good, a highlight, a collection renamed, suggestions made).
 */
export function useSnapshots(onError: (message: string) => void, delayMs = DELAY_MS): void {
  const api = useApi()
  const db = useDatabase()
  const scheduler = useRef<SnapshotScheduler | null>(null)
  const pendingChange = useRef(false)

  useEffect(() => {
    let current: SnapshotScheduler | undefined
    let stopped = false
    const flush = () => void current?.flush()
    // the daily snapshot is due a day after the newest on disk, not at every start (a start
    // wrote the whole library, 100,000 papers, each time the window opened)
    const start = (lastWrittenAt: number | undefined): void => {
      if (stopped) return
      current = createScheduler(lastWrittenAt)
      scheduler.current = current
      if (pendingChange.current) current.changed()
    }
    // not known (the folder could not be read): a snapshot now, as before there was one
    api.getSnapshotTime().then(
      (newest) => {
        if (!newest.ok) onError(`Backup snapshot: ${newest.error.message}`)
        start(newest.ok ? newest.value?.writtenAt : undefined)
      },
      (error: unknown) => {
        onError(`Backup snapshot: ${error instanceof Error ? error.message : String(error)}`)
        start(undefined)
      },
    )
    function createScheduler(lastWrittenAt: number | undefined): SnapshotScheduler {
      return createSnapshotScheduler({
        delayMs,
        maxDelayMs: MAX_DELAY_MS,
        ...(lastWrittenAt !== undefined && { lastWrittenAt }),
        write: async () => {
          // an empty library is never written over the backups: it may be one whose database was lost
          if (!(await hasPapers(db))) return
          const written = await api.writeSnapshot({ json: await serialiseLibrarySnapshot(db) })
          if (!written.ok) throw new Error(written.error.message)
        },
        onError: (error) => onError(`Backup snapshot failed: ${error instanceof Error ? error.message : String(error)}`),
      })
    }
    window.addEventListener('beforeunload', flush)
    return () => {
      stopped = true
      window.removeEventListener('beforeunload', flush)
      current?.stop()
      scheduler.current = null
    }
  }, [api, db, onError, delayMs])

  // writes seen, not a live count of the tables: a count walks every row, after every write
  const changed = useCallback(() => {
    if (scheduler.current) scheduler.current.changed()
    // a change before the newest snapshot's time has been read is handed over once it has
    else pendingChange.current = true
  }, [])
  useTableWrites(db, SNAPSHOT_TABLES, changed)
}

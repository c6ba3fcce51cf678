import { useLiveQuery } from 'dexie-react-hooks'
import { useEffect, useRef } from 'react'
import { createSnapshotScheduler, type SnapshotScheduler } from '../../../../shared/backup/scheduler'
import { useDatabase } from '../../db'
import { useApi } from '../../ipc/ApiContext'
import { serialiseLibrarySnapshot } from './serialiseSnapshot'

const DELAY_MS = 5_000

/**
 * Writes a snapshot of the library to the library folder a little after each change (and at
 * least daily), so the library can always be rebuilt from the snapshot and the PDFs.
 */
export function useSnapshots(onError: (message: string) => void): void {
  const api = useApi()
  const db = useDatabase()
  const scheduler = useRef<SnapshotScheduler | null>(null)
  const signature = useLiveQuery(async () => `${await db.papers.count()}:${(await db.papers.orderBy('modifiedAt').last())?.modifiedAt ?? 0}:${await db.notes.count()}`, [db])
  const first = useRef<string | undefined>(undefined)

  useEffect(() => {
    const current = createSnapshotScheduler({
      delayMs: DELAY_MS,
      write: async () => {
        // an empty library is never written over the backups: it may be one whose database was lost
        if ((await db.papers.count()) === 0) return
        const written = await api.writeSnapshot({ json: await serialiseLibrarySnapshot(db) })
        if (!written.ok) throw new Error(written.error.message)
      },
      onError: (error) => onError(`Backup snapshot failed: ${error instanceof Error ? error.message : String(error)}`),
    })
    scheduler.current = current
    const flush = () => void current.flush()
    window.addEventListener('beforeunload', flush)
    return () => {
      window.removeEventListener('beforeunload', flush)
      current.stop()
    }
  }, [api, db, onError])

  useEffect(() => {
    if (signature === undefined) return
    // the first reading is the library as it was opened: nothing changed yet
    if (first.current === undefined) {
      first.current = signature
      return
    }
    if (signature !== first.current) scheduler.current?.changed()
  }, [signature])
}

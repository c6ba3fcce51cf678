import { useLiveQuery } from 'dexie-react-hooks'
import { useEffect, useRef, useState } from 'react'
import { useDatabase } from '../../db'
import { useApi } from '../../ipc/ApiContext'
import { getFormatter } from './formatter'
import { allExportRecords } from './records'

const DEBOUNCE_MS = 1500
/** Sent by the settings when the bound file changes, so the new file is written at once. */
export const AUTO_EXPORT_CHANGED = 'axisref:auto-export-changed'

/**
 * Keeps the bound .bib (or .json) file in step with the library: after each change,
 * debounced, the library is formatted in the formatter worker and main replaces the file
 * atomically. Runs for the life of the window.
 */
export function useAutoExport(onError: (message: string) => void): void {
  const api = useApi()
  const db = useDatabase()
  // any edit moves modifiedAt; adding or deleting moves the count
  const signature = useLiveQuery(async () => `${await db.papers.count()}:${(await db.papers.orderBy('modifiedAt').last())?.modifiedAt ?? 0}`, [db])
  const timer = useRef<number | undefined>(undefined)
  const [bump, setBump] = useState(0)

  useEffect(() => {
    const changed = () => setBump((value) => value + 1)
    window.addEventListener(AUTO_EXPORT_CHANGED, changed)
    return () => window.removeEventListener(AUTO_EXPORT_CHANGED, changed)
  }, [])

  useEffect(() => {
    if (signature === undefined) return
    window.clearTimeout(timer.current)
    timer.current = window.setTimeout(() => {
      void (async () => {
        const binding = await api.getAutoExport()
        if (!binding.ok || !binding.value) return
        const formatted = await getFormatter().exportFile(await allExportRecords(db), binding.value.format)
        if (!formatted.ok) return onError(`Auto-export failed: ${formatted.message}`)
        const written = await api.writeAutoExport({ text: formatted.text })
        if (!written.ok) onError(written.error.message)
      })()
    }, DEBOUNCE_MS)
    return () => window.clearTimeout(timer.current)
  }, [api, db, signature, bump, onError])
}

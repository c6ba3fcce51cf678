import { useCallback } from 'react'
import { readSetting, useDatabase, type AxisRefDatabase } from '../../db'
import { writeClipboard } from './clipboard'
import { getFormatter, type Formatter } from './formatter'
import { quickCopyContent } from './quickCopy'
import { exportRecordsFor } from './records'

/** Which quick-copy shortcut: Ctrl/Cmd+Shift+C (Zotero's bibliography) or Ctrl/Cmd+Shift+A (its citation). */
export type CopyKind = 'reference' | 'citation'

/**
 * Copies the selected papers as Settings → Quick copy says for that shortcut: a formatted
 * reference or citation (HTML and plain text together), or their keys for a manuscript.
 * Resolves to the status line, in words, whether it copied or why not; never rejects.
 */
export async function copySelection(db: AxisRefDatabase, ids: readonly string[], kind: CopyKind, formatter: Formatter = getFormatter()): Promise<string> {
  if (ids.length === 0) return 'Select one or more papers to copy them.'
  try {
    const [setting, records] = await Promise.all([readSetting(db, `quickCopy.${kind}`), exportRecordsFor(db, ids)])
    if (records.length === 0) return 'Nothing was copied: the selected papers are no longer in the library.'
    const copy = await quickCopyContent(records, setting, formatter)
    if (!copy.ok) return `Nothing was copied: ${copy.message}`
    const written = await writeClipboard(copy.content)
    return written.ok ? `Copied ${copy.said}.` : written.message
  } catch (error) {
    return `Nothing was copied: ${error instanceof Error ? error.message : String(error)}`
  }
}

/** copySelection for the window's database. */
export function useCopyCitation(): (ids: readonly string[], kind: CopyKind) => Promise<string> {
  const db = useDatabase()
  return useCallback((ids, kind) => copySelection(db, ids, kind), [db])
}

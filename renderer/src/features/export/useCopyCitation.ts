import { useCallback } from 'react'
import { useDatabase } from '../../db'
import { getFormatter } from './formatter'
import { exportRecordsFor } from './records'

/** The style "copy citation" uses until the user picks another (clinicians' default). */
export const DEFAULT_COPY_STYLE = 'vancouver'

/** Copies the selected papers as formatted references (Ctrl/Cmd+Shift+C); resolves to a status line. */
export function useCopyCitation(): (ids: readonly string[], style?: string) => Promise<string> {
  const db = useDatabase()
  return useCallback(
    async (ids, style = DEFAULT_COPY_STYLE) => {
      if (ids.length === 0) return 'Select one or more papers to copy their references.'
      const result = await getFormatter().formatReferences(await exportRecordsFor(db, ids), style, 'text')
      if (!result.ok) return result.message
      await navigator.clipboard.writeText(result.text)
      return `Copied ${ids.length} reference${ids.length === 1 ? '' : 's'} (${style}).`
    },
    [db],
  )
}

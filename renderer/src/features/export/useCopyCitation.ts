import { useCallback } from 'react'
import { useDatabase } from '../../db'
import { getFormatter } from './formatter'
import { exportRecordsFor } from './records'

/** The style copying uses until the user picks another (clinicians' default). */
export const DEFAULT_COPY_STYLE = 'vancouver'

export type CopyKind = 'reference' | 'citation'

/**
 * Copies the selected papers to the clipboard, as in Zotero: the bibliography entries
 * (Ctrl/Cmd+Shift+C) or the in-text citation (Ctrl/Cmd+Shift+A). Resolves to a status line.
 */
export function useCopyCitation(): (ids: readonly string[], kind: CopyKind, style?: string) => Promise<string> {
  const db = useDatabase()
  return useCallback(
    async (ids, kind, style = DEFAULT_COPY_STYLE) => {
      if (ids.length === 0) return 'Select one or more papers to copy their references.'
      const records = await exportRecordsFor(db, ids)
      const formatter = getFormatter()
      if (kind === 'citation') {
        const cited = await formatter.formatCitations({ records, style, format: 'text' })
        if (!cited.ok) return cited.message
        const citation = cited.citations.join(' ').trim()
        await navigator.clipboard.writeText(citation)
        return `Copied the citation ${citation} (${style}).`
      }
      const result = await formatter.formatReferences(records, style, 'text')
      if (!result.ok) return result.message
      await navigator.clipboard.writeText(result.text.trim())
      return `Copied ${ids.length} reference${ids.length === 1 ? '' : 's'} (${style}).`
    },
    [db],
  )
}

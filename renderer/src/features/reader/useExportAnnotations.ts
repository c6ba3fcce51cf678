import { useCallback } from 'react'
import { downloadBlob } from '../../components/download'
import { listPaperAnnotations, useDatabase, type PaperRecord } from '../../db'
import { annotationsFileName, annotationsToMarkdown } from './markdown'

/** Saves a paper's highlights and notes as a Markdown file (a save dialog in Electron); resolves to how many. */
export function useExportAnnotations(): (paper: PaperRecord) => Promise<number> {
  const db = useDatabase()
  return useCallback(
    async (paper: PaperRecord) => {
      const annotations = await listPaperAnnotations(db, paper.id)
      downloadBlob(new Blob([annotationsToMarkdown(paper, annotations)], { type: 'text/markdown;charset=utf-8' }), annotationsFileName(paper))
      return annotations.length
    },
    [db],
  )
}

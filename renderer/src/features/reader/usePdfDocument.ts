import { useEffect, useState } from 'react'
import type { PDFDocumentProxy } from 'pdfjs-dist'
import { useDatabase } from '../../db'
import { useApi } from '../../ipc/ApiContext'
// from its file, not the feature's index: that one brings the import pipeline (citation-js) into the reader
import { pdfArrived } from '../import/fullText'
import { describeOpenError, openPdfBytes } from './openPdf'
import { bytesFromBase64, loadPdfjs } from './pdfjsLoader'

export type PdfDocumentState = { status: 'loading' } | { status: 'ready'; doc: PDFDocumentProxy } | { status: 'error'; message: string }

/** Reads a stored PDF from the library by hash and opens it in pdf.js; destroys it when done. */
export function usePdfDocument(hash: string, fileName: string): PdfDocumentState {
  const api = useApi()
  const db = useDatabase()
  const [state, setState] = useState<PdfDocumentState & { hash?: string }>({ status: 'loading' })
  useEffect(() => {
    let live = true
    let opened: PDFDocumentProxy | undefined
    void (async () => {
      const result = await api.readStoredPdf({ hash })
      if (!result.ok) return live && setState({ hash, status: 'error', message: `${fileName}: ${result.error.message}` })
      // fetched from the sync server if it was not here: the next full-text phase reads it
      pdfArrived(db, hash)
      try {
        const { getDocument } = await loadPdfjs()
        opened = await openPdfBytes(bytesFromBase64(result.value.base64), getDocument)
        if (live) setState({ hash, status: 'ready', doc: opened })
        else void opened.destroy()
      } catch (error) {
        if (live) setState({ hash, status: 'error', message: describeOpenError(error, fileName) })
      }
    })()
    return () => {
      live = false
      void opened?.destroy()
    }
  }, [api, db, hash, fileName])
  return state.hash === hash ? state : { status: 'loading' }
}

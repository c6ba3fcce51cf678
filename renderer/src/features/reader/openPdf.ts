import type { DocumentInitParameters, PDFDocumentLoadingTask, PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api'

type GetDocument = (params: DocumentInitParameters) => PDFDocumentLoadingTask

/**
 * How the reader opens every PDF. The files are untrusted: no eval (pdf.js interprets font and
 * function programs instead of compiling them, and the CSP forbids eval anyway), no XFA forms,
 * no scripting (pdf.js runs a PDF's JavaScript only through a viewer's scripting sandbox, which
 * the reader never creates), no network (the bytes are handed over whole).
 */
export const READER_DOCUMENT_OPTIONS = {
  isEvalSupported: false,
  enableXfa: false,
  disableRange: true,
  disableStream: true,
  disableAutoFetch: true,
  verbosity: 0,
} as const satisfies DocumentInitParameters

/** Opens PDF bytes with the reader's options; the caller must `destroy()` the document. */
export async function openPdfBytes(data: Uint8Array, getDocument: GetDocument): Promise<PDFDocumentProxy> {
  const task = getDocument({ ...READER_DOCUMENT_OPTIONS, data })
  try {
    return await task.promise
  } catch (error) {
    await task.destroy()
    throw error
  }
}

/** What to tell the user when pdf.js cannot open the file. */
export function describeOpenError(error: unknown, fileName: string): string {
  const name = error instanceof Error ? error.name : ''
  if (name === 'PasswordException') return `${fileName} is protected by a password; AxisRef cannot open it in the reader yet. Open it in another PDF viewer.`
  if (name === 'InvalidPDFException') return `${fileName} is damaged and pdf.js cannot read it. Import a fresh copy of the PDF.`
  return `${fileName} could not be opened (${error instanceof Error ? error.message : String(error)}).`
}

import type { PdfError, PdfErrorCode } from './types'

/** Thrown inside the extractor for expected failures; the caller turns it into `{ ok: false }`. */
export class PdfReadError extends Error {
  constructor(
    readonly code: PdfErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'PdfReadError'
  }
}

/** A per-file failure as data: the code for the program, the message for the user. */
export function pdfError(code: PdfErrorCode, message: string): PdfError {
  return { code, message }
}

/**
 * Checks the first bytes before pdfjs sees the file, because pdfjs reports an HTML page or
 * an empty file only as "Invalid PDF structure", which tells the user nothing.
 */
export function checkPdfHeader(head: Uint8Array, size: number): PdfError | undefined {
  if (size === 0) return pdfError('EMPTY_FILE', 'The file is empty (0 bytes); there is nothing to import.')
  const text = new TextDecoder('latin1').decode(head.subarray(0, 1024))
  if (text.includes('%PDF-')) return undefined
  const start = text.replace(/^\uFEFF/, '').trimStart().slice(0, 200).toLowerCase()
  if (start.startsWith('<!doctype html') || start.startsWith('<html') || /<(head|body|meta|title)[\s>]/.test(start)) {
    return pdfError(
      'NOT_A_PDF',
      'This is not a PDF: it looks like a web page (HTML) saved with a .pdf name. Download the PDF itself from the publisher.',
    )
  }
  return pdfError('NOT_A_PDF', 'This is not a PDF: the file does not start with a PDF header.')
}

interface PdfjsErrorShape {
  name?: unknown
  message?: unknown
  code?: unknown
}

/** Maps what pdfjs (or the file system) threw to a code and a sentence for the user. */
export function classifyPdfError(error: unknown, hasPassword: boolean): PdfError {
  if (error instanceof PdfReadError) return pdfError(error.code, error.message)
  const shape = (typeof error === 'object' && error !== null ? error : {}) as PdfjsErrorShape
  const name = typeof shape.name === 'string' ? shape.name : ''
  const message = typeof shape.message === 'string' ? shape.message : String(error)
  if (name === 'PasswordException') {
    return hasPassword
      ? pdfError('PASSWORD_PROTECTED', 'This PDF is password-protected and the password given is not right.')
      : pdfError(
          'PASSWORD_PROTECTED',
          'This PDF is password-protected. Give its password, or save an unprotected copy from a PDF reader and import that.',
        )
  }
  if (shape.code === 'ENOENT') return pdfError('NOT_FOUND', 'The file was not found; it may have been moved or deleted.')
  if (typeof shape.code === 'string' && /^E[A-Z]+$/.test(shape.code)) {
    return pdfError('IO_ERROR', `The file could not be read (${shape.code}).`)
  }
  return pdfError('DAMAGED_PDF', `Damaged PDF: ${message.replace(/\s+/g, ' ').trim() || 'pdf.js could not read it'}`)
}

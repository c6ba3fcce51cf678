import { errorCode, errorMessage } from '../fileSystem'
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

/** Said when a file has no pages: pdfjs opens it, but there is nothing to read or show. */
export const NO_PAGES_MESSAGE = 'This PDF has no pages, so there is nothing to read or import; it may be damaged or unfinished. Open it in a PDF reader to check, and import a complete copy.'

/**
 * Said for an encrypted file. The words name no way of giving a password: the app and the
 * browser host have none, and the CLI adds its own (`--password`) to the message.
 */
export const PASSWORD_NEEDED_MESSAGE =
  'This PDF is password-protected, so its title and text cannot be read. Save an unprotected copy from a PDF reader (or print it to PDF) and import that.'

/** Said when the password given does not open the file. */
export const PASSWORD_WRONG_MESSAGE = 'This PDF is password-protected and the password given does not open it.'

/**
 * A stack overflow inside pdfjs: objects nested (arrays in arrays, dictionaries in
 * dictionaries) deeper than the parser's recursion can follow. Not a bug of ours to report
 * with a stack, but a file to repair.
 */
function isTooDeep(error: unknown, message: string): boolean {
  return error instanceof RangeError || /maximum call stack size exceeded|too much recursion/i.test(message)
}

/** Maps what pdfjs (or the file system) threw to a code and a sentence for the user. */
export function classifyPdfError(error: unknown, hasPassword: boolean): PdfError {
  if (error instanceof PdfReadError) return pdfError(error.code, error.message)
  const message = errorMessage(error)
  const code = errorCode(error)
  if (errorName(error) === 'PasswordException') return pdfError('PASSWORD_PROTECTED', hasPassword ? PASSWORD_WRONG_MESSAGE : PASSWORD_NEEDED_MESSAGE)
  if (code === 'ENOENT') return pdfError('NOT_FOUND', 'The file was not found; it may have been moved or deleted.')
  if (code === 'EISDIR') return pdfError('NOT_A_PDF', FOLDER_MESSAGE)
  if (code !== undefined && /^E[A-Z]+$/.test(code)) {
    return pdfError('IO_ERROR', `The file could not be read (${code}).`)
  }
  if (isTooDeep(error, message)) {
    return pdfError(
      'DAMAGED_PDF',
      "This PDF's structure is nested too deeply to read; it may be damaged. Open it in a PDF reader, save a copy (or print it to PDF) and import that.",
    )
  }
  return pdfError('DAMAGED_PDF', `Damaged PDF: ${message.replace(/\s+/g, ' ').trim() || 'pdf.js could not read it'}`)
}

/** pdfjs tells its failures apart by name (`PasswordException`), not by class. */
function errorName(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'name' in error && typeof error.name === 'string' ? error.name : undefined
}

/** Said for a folder given where a PDF file was expected. */
export const FOLDER_MESSAGE = 'This is a folder, not a PDF file; choose the PDF files inside it.'

/**
 * How every IPC call answers: data, never a thrown exception across the process edge.
 * The codes are few on purpose; the message is for the user and names what to do.
 */
export const ERROR_CODES = [
  /** The payload did not match the channel's schema; the service was not called. */
  'INVALID_INPUT',
  /** The call did not come from the app's own page (another origin, or a sub-frame). */
  'FORBIDDEN_SENDER',
  /** No such channel in the contract. */
  'UNKNOWN_CHANNEL',
  /** A file, folder or record the call names does not exist. */
  'NOT_FOUND',
  /** A path outside the library folder and the user's own dialog choices. */
  'PATH_NOT_ALLOWED',
  /** Reading or writing the disk failed. */
  'IO_ERROR',
  /** The feature cannot work in this host (for example native dialogs in the browser host). */
  'UNAVAILABLE',
  /** A bug: anything a service threw that it did not mean to. */
  'INTERNAL',
  /** Online lookups are turned off in Settings: nothing was sent; a queued lookup waits. */
  'OFFLINE',
  // Why a PDF could not be read (the PDF reader's own codes; the message says it in words)
  /** The PDF is encrypted and no password (or a wrong one) was given. */
  'PASSWORD_PROTECTED',
  /** The file is not a PDF (a web page saved as .pdf, a folder …). */
  'NOT_A_PDF',
  /** pdf.js could not read the PDF's structure. */
  'DAMAGED_PDF',
  /** The file has no bytes. */
  'EMPTY_FILE',
  /** Reading the PDF took longer than the reader's time limit. */
  'TIMEOUT',
  /** The reader process crashed or ran out of memory on this file. */
  'PARSER_CRASHED',
  /** The PDF opens but has no pages. */
  'NO_PAGES',
] as const

export type ErrorCode = (typeof ERROR_CODES)[number]

export interface IpcError {
  code: ErrorCode
  message: string
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: IpcError }

export function ok<T>(value: T): Result<T> {
  return { ok: true, value }
}

export function fail<T = never>(code: ErrorCode, message: string): Result<T> {
  return { ok: false, error: { code, message } }
}

/** Thrown by services for expected failures; the router turns it into `{ ok: false }`. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'AppError'
  }
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return ERROR_CODES.some((code) => code === value)
}

import { AppError } from '../../../../shared/ipc/result'
import type { PdfStore } from '../pdfStore'
import type { Database } from './pouchTypes'

/**
 * The seam for PDFs (sync.md, "PDFs"): the engine tells the files part of every attachment
 * row it writes or hands the window, and gives it the authenticated server database. Until
 * that part is built, `noFilesPart` answers a fetch with why it cannot.
 *
 * The PDF files' part (another module): told of attachment rows both ways, and fetches a PDF on request. */
export interface SyncFilesPart {
  onAttachmentPushed(hash: string): void
  onAttachmentReceived(hash: string): void
  fetch(hash: string): Promise<{ stored: boolean }>
}

export interface SyncFilesAccess {
  /** The server's database with the user's credentials, or undefined when the library is not synced. */
  remote(): Database | undefined
  pdfStore(): Promise<PdfStore>
  pdfs(): Promise<'onOpen' | 'all' | undefined>
}

export function noFilesPart(): SyncFilesPart {
  return {
    onAttachmentPushed: () => undefined,
    onAttachmentReceived: () => undefined,
    fetch: (hash) =>
      Promise.reject(
        new AppError('UNAVAILABLE', `The PDF ${hash} is not on this device, and this version cannot fetch PDFs from the sync server yet: open it on the device that imported it.`),
      ),
  }
}


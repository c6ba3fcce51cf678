import type { RefusedDoc } from '../../../../shared/sync/documents'
import type { PdfStore } from '../pdfStore'
import type { Database } from './pouchTypes'

/**
 * The seam for PDFs: the engine tells the files part (`filesPart.ts`) of every attachment row
 * it writes or hands the window, and gives it the authenticated server database.
 */
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
  /** A file document refused, or a PDF that could not be sent or fetched: shown in Settings → Sync with the refused documents. */
  report(entry: RefusedDoc): void
}

import { z } from 'zod'
import { extractedItemSchema } from '../domain/csl'
import { pdfFieldProvenanceSchema } from '../domain/provenance'
import { contentHashSchema } from '../domain/rows'

/** A PDF's SHA-256 in hex: how the renderer names a stored file, never by path. */
export const contentHash = contentHashSchema

/** PDFs larger than this are refused with a message (a scanned book, not a paper). */
export const MAX_PDF_BYTES = 200 * 1024 * 1024

/** What a user is told about a file over {@link MAX_PDF_BYTES}. */
export function pdfTooLargeMessage(name: string, size: number): string {
  // rounded up: a file just over the limit must not read as "200 MB; up to 200 MB"
  return `${name} is ${Math.ceil(size / 1048576)} MB; AxisRef imports PDFs up to ${MAX_PDF_BYTES / 1048576} MB.`
}

export const storedPdf = z.object({
  hash: contentHash,
  size: z.number().int().nonnegative(),
  originalName: z.string(),
  /** False when the same bytes were already in the library folder. */
  newlyStored: z.boolean(),
})

/** The CSL-JSON fields PDF extraction can fill (shared/domain/csl.ts). */
export const extractedItem = extractedItemSchema

export const fieldProvenance = pdfFieldProvenanceSchema

/** What a PDF said about itself. A PDF that cannot be read is the channel's `ok: false`, with the reader's code. */
export const pdfMetadata = z.object({
  item: extractedItem,
  fields: z.record(z.string(), fieldProvenance),
  pageCount: z.number().int().nonnegative(),
  /** No text layer (a scan): imported with a title from the file name. */
  noTextLayer: z.boolean(),
})

/** The text of a PDF's pages, capped; a PDF that cannot be read is the channel's `ok: false`. */
export const pdfFullText = z.object({ text: z.string(), pageCount: z.number().int().nonnegative(), truncated: z.boolean() })

export const watchedFolder = z.object({ path: z.string().nullable() })

export type StoredPdf = z.output<typeof storedPdf>
export type ExtractedItem = z.output<typeof extractedItem>
export type PdfMetadata = z.output<typeof pdfMetadata>
export type PdfFullText = z.output<typeof pdfFullText>

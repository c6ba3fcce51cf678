import { z } from 'zod'

/** A PDF's SHA-256 in hex: how the renderer names a stored file, never by path. */
export const contentHash = z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 in lower-case hex')

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

const cslName = z.object({
  family: z.string().optional(),
  given: z.string().optional(),
  literal: z.string().optional(),
  'non-dropping-particle': z.string().optional(),
  suffix: z.string().optional(),
})

/** The CSL-JSON fields PDF extraction can fill. */
export const extractedItem = z.object({
  type: z.string(),
  title: z.string().optional(),
  author: z.array(cslName).optional(),
  issued: z.object({ 'date-parts': z.array(z.array(z.number())) }).optional(),
  DOI: z.string().optional(),
  'container-title': z.string().optional(),
  volume: z.string().optional(),
  issue: z.string().optional(),
  page: z.string().optional(),
  PMID: z.string().optional(),
  PMCID: z.string().optional(),
  archive: z.string().optional(),
  archive_location: z.string().optional(),
})

export const fieldProvenance = z.object({
  source: z.enum(['xmp', 'info', 'layout', 'identifier', 'filename']),
  confidence: z.number().min(0).max(1),
})

/** What a PDF said about itself, or why it could not be read (an expected outcome, not an IPC error). */
export const pdfMetadataResult = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    item: extractedItem,
    fields: z.record(z.string(), fieldProvenance),
    pageCount: z.number().int().nonnegative(),
    /** No text layer (a scan): imported with a title from the file name. */
    noTextLayer: z.boolean(),
  }),
  z.object({ ok: z.literal(false), error: z.object({ code: z.string(), message: z.string() }) }),
])

export const pdfFullTextResult = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), text: z.string(), pageCount: z.number().int().nonnegative(), truncated: z.boolean() }),
  z.object({ ok: z.literal(false), error: z.object({ code: z.string(), message: z.string() }) }),
])

export const watchedFolder = z.object({ path: z.string().nullable() })

export type StoredPdf = z.output<typeof storedPdf>
export type ExtractedItem = z.output<typeof extractedItem>
export type PdfMetadataResult = z.output<typeof pdfMetadataResult>
export type PdfFullTextResult = z.output<typeof pdfFullTextResult>

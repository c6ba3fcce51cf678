/**
 * The data the PDF extractor works on and what it produces. Everything here is plain data:
 * it crosses the worker boundary by structured clone and the CLI prints it as JSON.
 */
import type { CslName, ExtractedField, ExtractedItem } from '../../../../shared/domain/csl'
import type { PdfFieldProvenance, PdfFieldSource } from '../../../../shared/domain/provenance'
import type { ErrorCode } from '../../../../shared/ipc/result'

export type { CslName }

/** One run of text as pdfjs reports it, in page space with the origin at the top left. */
export interface TextItem {
  text: string
  /** Left edge, in points from the left of the page. */
  x: number
  /** Baseline, in points from the top of the page. */
  y: number
  width: number
  fontSize: number
  fontName: string
}

export interface PageText {
  pageNumber: number
  width: number
  height: number
  /** Horizontal text only: the layout rules read these. */
  items: TextItem[]
  /** Rotated or vertical text (margin stamps such as arXiv's), kept for identifiers only. */
  rotated: string[]
}

/** What the metadata phase read from one file before any interpretation. */
export interface PdfDocumentData {
  fileName: string
  pageCount: number
  /** The info dictionary, flattened to strings (custom keys included). */
  info: Record<string, string>
  /** XMP properties by qualified name, e.g. `dc:title`; lists stay lists. */
  xmp: Record<string, string | string[]>
  /** The pages that were read, in page order (page 1 first; the last page when it was needed). */
  pages: PageText[]
}

/** The bibliographic record the reader fills, in CSL-JSON names (defined in shared/domain/csl.ts). */
export type CslItem = ExtractedItem
export type CslField = ExtractedField

/** Where a value came from: embedded metadata, the printed page, an identifier pattern, or the file name. */
export type FieldSource = PdfFieldSource
export type FieldProvenance = PdfFieldProvenance

export type FieldProvenanceMap = Partial<Record<CslField, FieldProvenance>>

export interface PdfFlags {
  /** No text layer on the pages read (a scan): the title is only the file name. */
  noTextLayer: boolean
  /** Embedded metadata values that were recognised as junk and ignored, e.g. `info:Title`. */
  ignoredMetadata: string[]
}

/**
 * Why a file could not be read; the message says it in words a clinician understands. Codes
 * of the contract's error list, so a failure crosses IPC as the channel's own `ok: false`.
 */
export const PDF_ERROR_CODES = [
  'PASSWORD_PROTECTED',
  'NOT_A_PDF',
  'DAMAGED_PDF',
  'EMPTY_FILE',
  'TIMEOUT',
  'PARSER_CRASHED',
  'NOT_FOUND',
  'IO_ERROR',
  'NO_PAGES',
] as const satisfies readonly ErrorCode[]

export type PdfErrorCode = (typeof PDF_ERROR_CODES)[number]

export interface PdfError {
  code: PdfErrorCode
  message: string
}

export interface PdfMetadata {
  item: CslItem
  fields: FieldProvenanceMap
  flags: PdfFlags
  pageCount: number
}

export type PdfExtractResult = ({ file: string; ok: true } & PdfMetadata) | { file: string; ok: false; error: PdfError }

export interface PdfFullText {
  text: string
  pageCount: number
  /** True when the character cap stopped the reading before the last page. */
  truncated: boolean
}

export type PdfFullTextResult = ({ file: string; ok: true } & PdfFullText) | { file: string; ok: false; error: PdfError }

export interface PdfReadOptions {
  /** For encrypted files; without it they fail with PASSWORD_PROTECTED. */
  password?: string
}

export interface PdfFullTextOptions extends PdfReadOptions {
  /** Stop after this many characters (default 2,000,000) so one book cannot fill the search index. */
  maxChars?: number
}

/**
 * The data the PDF extractor works on and what it produces. Everything here is plain data:
 * it crosses the worker boundary by structured clone and the CLI prints it as JSON.
 */

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

export interface CslName {
  family?: string
  given?: string
  'non-dropping-particle'?: string
  suffix?: string
  literal?: string
}

/** The bibliographic record, in CSL-JSON names. */
export interface CslItem {
  type: 'article-journal' | 'document'
  title?: string
  author?: CslName[]
  issued?: { 'date-parts': [[number]] }
  DOI?: string
  'container-title'?: string
  volume?: string
  issue?: string
  page?: string
  PMID?: string
  PMCID?: string
  /** arXiv identifiers go where CSL keeps archive references. */
  archive?: string
  archive_location?: string
}

export type CslField = Exclude<keyof CslItem, 'type'>

/** Where a value came from: embedded metadata, the printed page, an identifier pattern, or the file name. */
export type FieldSource = 'xmp' | 'info' | 'layout' | 'identifier' | 'filename'

export interface FieldProvenance {
  source: FieldSource
  /** 0..1; below 0.5 the app should ask the user to check the value. */
  confidence: number
}

export type FieldProvenanceMap = Partial<Record<CslField, FieldProvenance>>

export interface PdfFlags {
  /** No text layer on the pages read (a scan): the title is only the file name. */
  noTextLayer: boolean
  /** Embedded metadata values that were recognised as junk and ignored, e.g. `info:Title`. */
  ignoredMetadata: string[]
}

/** Why a file could not be read; the message says it in words a clinician understands. */
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
] as const

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

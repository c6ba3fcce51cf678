import { z } from 'zod'

/**
 * The canonical record is CSL-JSON, what citation-js and every CSL processor speak. Number-
 * like fields are kept as strings so "12(3)" and "e1234" survive. What CSL has no place for
 * (MeSH headings with their major flag, publication types, keywords as a list) sits beside
 * the item in `ItemExtension`, never inside it, so the item stays valid CSL-JSON. This file
 * is the one definition: the formats, the stored paper (`rows.ts`), the IPC extraction
 * output and the PDF reader's result all derive from these schemas.
 */

const text = z.union([z.string(), z.number()]).transform((value) => String(value))

// Every name property CSL 1.0.2 defines, and no index signature, so a plain interface with
// a subset of them (as other modules declare) is assignable to CslName.
export const cslNameSchema = z.object({
  family: z.string().optional(),
  given: z.string().optional(),
  literal: z.string().optional(),
  suffix: z.string().optional(),
  'non-dropping-particle': z.string().optional(),
  'dropping-particle': z.string().optional(),
  'comma-suffix': z.union([z.boolean(), z.string(), z.number()]).optional(),
  'static-ordering': z.union([z.boolean(), z.string(), z.number()]).optional(),
  'parse-names': z.union([z.boolean(), z.string(), z.number()]).optional(),
})

// A range has two date-parts, start and end. An open-ended range (`1996-01-01/..`, `2006/`)
// arrives from citation-js with a missing end (from others as an empty one): it is kept as an
// end of zeros as long as the start, `[[1996, 1, 1], [0, 0, 0]]`, which citeproc-js prints
// as "1996–", so the entry is not rejected and the range is written back as one.
const datePart = z.array(z.union([z.number(), z.string()]))

/** Date-parts with a missing or empty end of a range made the open end citeproc-js reads. */
export function withOpenEnds(parts: (readonly (number | string)[] | null | undefined)[]): (number | string)[][] {
  const startLength = parts[0]?.length || 1
  return parts.map((part, index) => (part && (part.length > 0 || index === 0) ? [...part] : new Array<number>(startLength).fill(0)))
}

export const cslDateSchema = z.looseObject({
  'date-parts': z.array(datePart.nullish()).transform(withOpenEnds).optional(),
  literal: z.string().optional(),
  raw: z.string().optional(),
  season: z.union([z.number(), z.string()]).optional(),
  circa: z.union([z.boolean(), z.number(), z.string()]).optional(),
})

const names = z.array(cslNameSchema).optional()
const date = cslDateSchema.optional()

export const cslItemSchema = z.looseObject({
  id: text,
  type: z.string(),
  'citation-key': z.string().optional(),
  title: z.string().optional(),
  'title-short': z.string().optional(),
  'container-title': z.string().optional(),
  'container-title-short': z.string().optional(),
  'collection-title': z.string().optional(),
  author: names,
  editor: names,
  'container-author': names,
  translator: names,
  issued: date,
  accessed: date,
  volume: text.optional(),
  issue: text.optional(),
  page: text.optional(),
  number: text.optional(),
  edition: text.optional(),
  'number-of-pages': text.optional(),
  publisher: z.string().optional(),
  'publisher-place': z.string().optional(),
  genre: z.string().optional(),
  DOI: z.string().optional(),
  PMID: text.optional(),
  PMCID: z.string().optional(),
  ISSN: z.string().optional(),
  ISBN: z.string().optional(),
  URL: z.string().optional(),
  abstract: z.string().optional(),
  keyword: z.string().optional(),
  language: z.string().optional(),
  note: z.string().optional(),
  /** Where CSL keeps archive references: arXiv identifiers (`archive: 'arXiv'`). */
  archive: z.string().optional(),
  archive_location: z.string().optional(),
})

export const meshHeadingSchema = z.object({
  descriptor: z.string(),
  /** The indexer marked the descriptor itself as a major topic (`*` in MEDLINE text). */
  major: z.boolean(),
  /** Subheadings ("immunology"), each with its own major-topic flag; readers always fill it. */
  qualifiers: z.array(z.object({ name: z.string(), major: z.boolean() })).optional(),
})

export const itemExtensionSchema = z.object({
  keywords: z.array(z.string()).optional(),
  mesh: z.array(meshHeadingSchema).optional(),
  publicationTypes: z.array(z.string()).optional(),
  /** BibLaTeX `crossref`: the parent's key. The item holds the inherited fields too; this is kept for export. */
  crossref: z.string().optional(),
  /** BibLaTeX `xdata`: the keys of the data entries the item took fields from, kept for export. */
  xdata: z.array(z.string()).optional(),
  /**
   * The BibTeX/BibLaTeX entry type the item was read from (`inbook`, `mvbook`, `movie`),
   * lower-cased. CSL has one type for several of them (`chapter` for @inbook and
   * @incollection), so export writes this one back while the CSL type is still the one it reads as.
   */
  entryType: z.string().optional(),
})


/**
 * The CSL fields the PDF reader can fill, without an id (the paper gets one when it is
 * stored). The date is a year only: a PDF's printed page or metadata gives nothing finer.
 */
export const extractedItemSchema = z.object({
  ...
  cslItemSchema.pick({
    type: true,
    title: true,
    author: true,
    DOI: true,
    'container-title': true,
    volume: true,
    issue: true,
    page: true,
    PMID: true,
    PMCID: true,
    archive: true,
    archive_location: true,
  }).shape,
  issued: z.object({ 'date-parts': z.tuple([z.tuple([z.number()])]) }).optional(),
})

export type CslName = z.output<typeof cslNameSchema>
export type CslDate = z.output<typeof cslDateSchema>
export type CslItem = z.output<typeof cslItemSchema>
export type MeshHeading = z.output<typeof meshHeadingSchema>
export type ItemExtension = z.output<typeof itemExtensionSchema>

export type ExtractedItem = z.output<typeof extractedItemSchema>
/** A field the PDF reader can fill (the type is always set). */
export type ExtractedField = Exclude<keyof ExtractedItem, 'type'>

/** The year of an item, if it has a usable one. */
export function issuedYear(item: Pick<CslItem, 'issued'>): number | undefined {
  const year = Number(item.issued?.['date-parts']?.[0]?.[0])
  return Number.isInteger(year) && year > 0 ? year : undefined
}

/** An extracted item as a CSL item; its id is filled when the paper is stored. */
export function cslItemFromExtracted(item: ExtractedItem): CslItem {
  return { ...item, id: '' }
}

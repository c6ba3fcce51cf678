import { z } from 'zod'

/**
 * What a registry lookup (PubMed, Crossref, doi.org, the PMC ID converter) leaves on a
 * paper besides its CSL fields: a retraction or correction status, the values it disagreed
 * on, a title that could not be read. Defined once here; the lookup parsers and the stored
 * paper row (`rows.ts`) use these schemas.
 */

/** The registries AxisRef asks, by the name a field's provenance gives them. */
export const LOOKUP_SOURCES = ['pubmed', 'crossref', 'doi.org', 'idconv'] as const
export const lookupSourceSchema = z.enum(LOOKUP_SOURCES)

/** Strongest first: a retraction outweighs an expression of concern, which outweighs a correction. */
export const retractionStatusSchema = z.enum(['retracted', 'expression-of-concern', 'corrected', 'new-version'])

export const retractionNoticeSchema = z.object({
  doi: z.string().optional(),
  url: z.string().optional(),
  /** ISO date (YYYY, YYYY-MM or YYYY-MM-DD). */
  date: z.string().optional(),
  pmid: z.string().optional(),
})

export const retractionSchema = z.object({
  status: retractionStatusSchema,
  notice: retractionNoticeSchema.optional(),
})

/** A paper's retraction status as last checked: `null` status means checked and nothing found. */
export const storedRetractionSchema = z.object({
  status: retractionStatusSchema.nullable(),
  notice: retractionNoticeSchema.optional(),
  source: lookupSourceSchema,
  checkedAt: z.number(),
})

/**
 * A registry's value for a field that the user edited or an imported file gave, and that
 * the registry disagrees with: kept beside the paper until the user chooses (details pane).
 */
export const fieldConflictSchema = z.object({
  /** The CSL field name (`title`, `issued`, `author` …). */
  field: z.string(),
  /** The registry's value, as CSL-JSON. */
  registryValue: z.unknown(),
  source: lookupSourceSchema,
  at: z.number(),
})

/** ORCID and affiliations of one author: CSL names have no place for them. */
export const authorIdentitySchema = z.object({
  orcid: z.string().optional(),
  affiliations: z.array(z.string()).optional(),
})

/** A title the PDF gave that is not text (unmapped glyphs, a header twice, OCR noise): kept aside, never shown as the title. */
export const unreadableTitleSchema = z.object({
  text: z.string(),
  reason: z.string(),
})

export type LookupSource = z.output<typeof lookupSourceSchema>
export type StoredRetraction = z.output<typeof storedRetractionSchema>
export type FieldConflict = z.output<typeof fieldConflictSchema>
export type AuthorIdentityRow = z.output<typeof authorIdentitySchema>
export type UnreadableTitle = z.output<typeof unreadableTitleSchema>

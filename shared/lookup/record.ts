import { z } from 'zod'
import { cslItemSchema, itemExtensionSchema } from '../domain/csl'
import { authorIdentitySchema, lookupSourceSchema, retractionSchema } from '../domain/registry'

/**
 * What one lookup answers, the same for the app (over IPC), the CLI and the queue: the
 * registry's CSL item (with DOI, PMID and PMCID where known), what CSL has no place for
 * (MeSH, publication types, keywords, ORCID iDs), the study type PubMed's publication types
 * give, the retraction status, and which registry gave each field.
 */
export const lookupRecordSchema = z.object({
  item: cslItemSchema,
  extension: itemExtensionSchema,
  /** One entry per `item.author`, same order. */
  authors: z.array(authorIdentitySchema),
  /** The study type id PubMed's publication types give (authoritative), or null. */
  studyType: z.string().nullable(),
  retraction: retractionSchema.nullable(),
  /** For each CSL field of `item` (and `mesh`, `publicationTypes`, `keywords`), the registry it came from. */
  fields: z.record(z.string(), z.object({ source: lookupSourceSchema })),
})

const lookupError = z.object({ code: z.string(), message: z.string() })

/** One identifier's answer: `id` is the text asked for, as given. */
export const lookupOutcomeSchema = z.discriminatedUnion('ok', [
  z.object({ id: z.string(), ok: z.literal(true), record: lookupRecordSchema }),
  z.object({ id: z.string(), ok: z.literal(false), error: lookupError }),
])

/** A bibliographic search's candidate: Crossref's score, and whether the titles match. */
export const bibliographicCandidateSchema = z.object({
  record: lookupRecordSchema,
  score: z.number(),
  titleMatch: z.boolean(),
})

export type LookupRecord = z.output<typeof lookupRecordSchema>
export type LookupOutcome = z.output<typeof lookupOutcomeSchema>
export type BibliographicCandidate = z.output<typeof bibliographicCandidateSchema>

import { z } from 'zod'

/**
 * Shapes of the MGIG ontology and of a paper handed to the suggester. The types below are
 * inferred from these schemas so that the data files, the CLI's input check and the tests
 * all agree on one definition.
 */

/** Dotted, lower-case ids (`gut.barrier`); once published they never change meaning. */
export const nodeIdPattern = /^[a-z]+(\.[a-z]+(-[a-z]+)*)?$/

/**
 * A term list entry: `canonical|variant|variant`. The canonical spelling is what the user
 * sees as evidence. A trailing `*` on a spelling matches any word starting with it.
 */
const termSpec = z.string().min(2)

export const axisNodeSchema = z.object({
  id: z.string().regex(nodeIdPattern),
  label: z.string().min(1),
  parent: z.string().nullable(),
  description: z.string().min(1),
  terms: z.array(termSpec).readonly(),
  /** MeSH headings (exact, as in PubMed `MH` lines without subheadings) for this node. */
  mesh: z.array(z.string()).readonly(),
  /**
   * A node whose own terms must also occur in the paper for this one to be suggested:
   * "add-on therapy" or "IBS" say nothing about depression unless depression is named.
   */
  requires: z.string().optional(),
})
export type AxisNodeDefinition = z.infer<typeof axisNodeSchema>

export const pathwaySchema = z.object({
  id: z.string().regex(/^[a-z]+(-[a-z0-9]+)+$/),
  from: z.string(),
  to: z.string(),
  description: z.string().min(1),
})
export type PathwayDefinition = z.infer<typeof pathwaySchema>

export const facetValueSchema = z.object({
  id: z.string().regex(/^[a-z]+(-[a-z]+)*$/),
  label: z.string().min(1),
  terms: z.array(termSpec).readonly(),
})
export type FacetValueDefinition = z.infer<typeof facetValueSchema>

/** Where a term was found; also the order in which evidence is listed. */
export const PAPER_FIELDS = ['title', 'mesh', 'keywords', 'publicationTypes', 'abstract', 'fullText'] as const
export type PaperField = (typeof PAPER_FIELDS)[number]

/** What the suggester reads of a paper. Only the title is required. */
export const paperInputSchema = z.object({
  title: z.string(),
  abstract: z.string().optional(),
  keywords: z.array(z.string()).optional(),
  /** Descriptors as MEDLINE writes them: a major topic starred (`*Depression`). */
  mesh: z.array(z.string()).optional(),
  publicationTypes: z.array(z.string()).optional(),
  fullText: z.string().optional(),
})
export type PaperInput = z.infer<typeof paperInputSchema>

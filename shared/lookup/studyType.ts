import type { StudyTypeId } from '../axis/facets'

/**
 * PubMed publication types (NLM's indexers assign them, so they are authoritative) to the
 * app's study type ids (shared/axis/facets.ts STUDY_TYPES). Strongest design first, as the
 * facet ranks them: a "Meta-Analysis" that is also a "Systematic Review" is a meta-analysis.
 *
 * | PubMed publication type                                             | study type        |
 * |---------------------------------------------------------------------|-------------------|
 * | Meta-Analysis, Network Meta-Analysis                                | meta-analysis     |
 * | Systematic Review                                                   | systematic-review |
 * | Randomized Controlled Trial (incl. Veterinary), Pragmatic / Equivalence Trial | rct     |
 * | Observational Study (incl. Veterinary)                              | cohort            |
 * | Review, Scoping Review, Practice Guideline, Guideline, Consensus Development Conference | review |
 * | Case Reports                                                        | case-report       |
 *
 * PubMed's "Observational Study" does not say cohort, case-control or cross-sectional; the
 * app's nearest is cohort, and the text-based guess (shared/axis) may refine it. The app has
 * no guideline type: a guideline summarises evidence, so it counts as a review. Anything
 * else (Journal Article, Letter, Comment, Clinical Trial without randomisation) gives null,
 * leaving the guess from the text to the facet matcher.
 */
const MAPPING: ReadonlyArray<readonly [StudyTypeId, readonly string[]]> = [
  ['meta-analysis', ['meta-analysis', 'network meta-analysis']],
  ['systematic-review', ['systematic review']],
  ['rct', ['randomized controlled trial', 'randomized controlled trial, veterinary', 'pragmatic clinical trial', 'equivalence trial']],
  ['cohort', ['observational study', 'observational study, veterinary']],
  ['review', ['review', 'scoping review', 'practice guideline', 'guideline', 'consensus development conference', 'consensus development conference, nih']],
  ['case-report', ['case reports']],
]

/** The app's study type named by PubMed's publication types, or null when they name none. */
export function studyTypeFromPublicationTypes(types: readonly string[]): StudyTypeId | null {
  const given = new Set(types.map((type) => type.trim().toLowerCase()))
  return MAPPING.find(([, names]) => names.some((name) => given.has(name)))?.[0] ?? null
}

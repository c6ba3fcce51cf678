import { POPULATIONS, type PopulationId, type StudyTypeId } from './facets'
import type { FieldHit } from './matcher'
import type { PaperField } from './schema'

export interface FacetSuggestion<Id extends string> {
  id: Id
  evidence: { term: string; field: PaperField }[]
}

/**
 * Where a study design is read from, most trustworthy first. A design named in the
 * title or the publication types describes the paper itself; one named in an abstract
 * may describe the studies it cites, so the abstract is read only when nothing above it
 * names a design. Full text is never used: it names every design it discusses.
 */
const STUDY_TYPE_TIERS: readonly (readonly PaperField[])[] = [['publicationTypes', 'title'], ['mesh', 'keywords'], ['abstract']]

const SYNTHESES: readonly StudyTypeId[] = ['meta-analysis', 'systematic-review']
const PRIMARY: readonly StudyTypeId[] = ['rct', 'cohort', 'case-control', 'cross-sectional', 'animal', 'in-vitro']
const OBSERVATIONAL: readonly StudyTypeId[] = ['cohort', 'case-control', 'cross-sectional']

/** Facet hits grouped by id, for targets in the given namespace (`study:` or `population:`). */
function group(hits: readonly FieldHit[], namespace: string): Map<string, FieldHit[]> {
  const groups = new Map<string, FieldHit[]>()
  for (const hit of hits) {
    for (const target of hit.entry.targets) {
      if (!target.startsWith(namespace)) continue
      const id = target.slice(namespace.length)
      const list = groups.get(id)
      if (list) list.push(hit)
      else groups.set(id, [hit])
    }
  }
  return groups
}

function evidenceOf(hits: readonly FieldHit[]): FacetSuggestion<string>['evidence'] {
  const seen = new Set<string>()
  return hits.flatMap((hit) => {
    const key = `${hit.field}\u0000${hit.entry.spelling}`
    if (seen.has(key)) return []
    seen.add(key)
    return [{ term: hit.entry.spelling, field: hit.field }]
  })
}

/**
 * The paper's own design among those named at one tier. A synthesis (meta-analysis,
 * systematic review) beats everything; a case report beats the literature review it
 * comes with; a narrative review beats the primary designs it summarises; among primary
 * designs the strongest wins, except that cohort-like words beside mice or rats describe
 * an animal experiment.
 */
function chooseDesign(found: ReadonlySet<string>): StudyTypeId | null {
  for (const id of SYNTHESES) if (found.has(id)) return id
  if (found.has('case-report')) return 'case-report'
  if (found.has('review')) return 'review'
  const primary = PRIMARY.find((id) => found.has(id))
  if (primary && OBSERVATIONAL.includes(primary) && found.has('animal')) return 'animal'
  return primary ?? null
}

/** The study type of a paper from its facet hits, with the terms that decided it; null if none is named. */
export function detectStudyType(facetHits: readonly FieldHit[]): FacetSuggestion<StudyTypeId> | null {
  for (const fields of STUDY_TYPE_TIERS) {
    const tierHits = facetHits.filter((hit) => fields.includes(hit.field))
    const groups = group(tierHits, 'study:')
    const id = chooseDesign(new Set(groups.keys()))
    if (id) return { id, evidence: evidenceOf(groups.get(id) ?? []) }
  }
  return null
}

/** Every population the paper names (title, abstract, keywords, MeSH), in facet order. */
export function detectPopulations(facetHits: readonly FieldHit[]): FacetSuggestion<PopulationId>[] {
  const groups = group(
    facetHits.filter((hit) => hit.field !== 'fullText'),
    'population:',
  )
  return POPULATIONS.flatMap((population) => {
    const hits = groups.get(population.id)
    return hits ? [{ id: population.id, evidence: evidenceOf(hits) }] : []
  })
}

import { STUDY_TYPES, POPULATIONS } from './facets'
import { AXIS_NODES } from './ontology'
import { AXIS_PATHWAYS } from './pathways'

/**
 * Every id the ontology has ever shipped, per kind. Stored tags refer to these ids, so the
 * lists are append-only: an id that leaves the ontology must get an entry in
 * ID_MIGRATIONS (its successor, or null when its tags should be dropped).
 */
export const PUBLISHED_IDS = {
  nodes: [
    'microbiota', 'microbiota.composition', 'microbiota.metabolites', 'microbiota.interventions',
    'gut', 'gut.barrier', 'gut.galt', 'gut.translocation', 'gut.food-antigens',
    'immune', 'immune.cytokines', 'immune.innate', 'immune.adaptive', 'immune.autoimmunity', 'immune.ons', 'immune.tryptophan',
    'glia', 'glia.microglia', 'glia.astrocytes', 'glia.oligodendrocytes', 'glia.neuroinflammation',
    'brain', 'brain.neurons', 'brain.bbb', 'brain.stress', 'brain.vagus',
    'depression', 'depression.comorbidity', 'depression.treatment',
  ],
  pathways: [
    'dysbiosis-barrier', 'permeability-translocation', 'lps-innate', 'food-antigens-autoimmunity',
    'cytokines-microglia', 'cytokines-bbb', 'cytokines-tryptophan', 'ons-autoimmunity',
    'microglia-neurons', 'astrocytes-neurons', 'metabolites-microglia', 'stress-barrier',
    'vagus-microbiota', 'neurons-depression',
  ],
  studyTypes: ['meta-analysis', 'systematic-review', 'rct', 'cohort', 'case-control', 'cross-sectional', 'animal', 'in-vitro', 'review', 'case-report'],
  populations: ['human-patients', 'healthy-volunteers', 'animal', 'cell-culture'],
} as const

export type IdKind = keyof typeof PUBLISHED_IDS

/** Removed or renamed ids → their successor (null: no successor, drop the tag). */
export const ID_MIGRATIONS: { readonly [K in IdKind]: Readonly<Record<string, string | null>> } = {
  nodes: {},
  pathways: {},
  studyTypes: {},
  populations: {},
}

/** The ids the current ontology defines, per kind. */
export function currentIds(): { readonly [K in IdKind]: readonly string[] } {
  return {
    nodes: AXIS_NODES.map((node) => node.id),
    pathways: AXIS_PATHWAYS.map((pathway) => pathway.id),
    studyTypes: STUDY_TYPES.map((type) => type.id),
    populations: POPULATIONS.map((population) => population.id),
  }
}

/**
 * Follows a chain of renames from `id` to an id in `current`: itself when current, its
 * successor when migrated, null when dropped, unknown, or caught in a cycle.
 */
export function followMigrations(id: string, migrations: Readonly<Record<string, string | null>>, current: readonly string[]): string | null {
  const seen = new Set<string>()
  let candidate: string | null = id
  while (candidate !== null && !current.includes(candidate)) {
    if (seen.has(candidate)) return null
    seen.add(candidate)
    candidate = migrations[candidate] ?? null
  }
  return candidate
}

/** Maps a stored id of the given kind to the id the current ontology uses (null: drop the tag). */
export function migrateId(kind: IdKind, id: string): string | null {
  return followMigrations(id, ID_MIGRATIONS[kind], currentIds()[kind])
}

import type { PopulationId, StudyTypeId } from './facets'
import type { AxisNodeId } from './ontology'
import type { FacetValueDefinition } from './schema'

/**
 * Context words that indicate no node by themselves but, named beside one, say which of
 * its children the paper is about: "transferring" beside "gut microbiota" is a microbiota
 * transplant, "PET" beside "neuroinflammation" is microglial (TSPO) imaging. They are
 * matched with the facets, apart from the axis terms, so that a longer axis term around
 * them ("microbial colonization") does not hide them; like the facets, never in full text.
 */
export const AXIS_CUES = [
  { id: 'human', label: 'Human subjects', terms: ['human|humans|human subjects|human participants'] },
  {
    id: 'transfer',
    label: 'Transfer between hosts',
    terms: ['transfer|transfers|transferred|transferring|transplanted|transplanting|engraft*|inoculat*'],
  },
  {
    id: 'colonization',
    label: 'Colonisation of a host',
    terms: ['colonization|colonizations|colonized|colonizing|recoloniz*|monocoloniz*|conventionaliz*|humanized'],
  },
  { id: 'pet', label: 'PET imaging', terms: ['PET|positron emission tomography|radioligand*|radiotracer*'] },
] as const satisfies readonly FacetValueDefinition[]

export type CueId = (typeof AXIS_CUES)[number]['id']

/** Phrases around a cue word that are about something else: genes and T cells are transferred too. */
export const CUE_STOP_PHRASES = [
  'gene transfer|horizontal gene transfer|lateral gene transfer|transfer RNA|energy transfer|electron transfer|adoptive transfer|embryo transfer|knowledge transfer|technology transfer',
]

/** A premise of an inference: an axis node, or a study type, population or cue (`cue:pet`). */
export type ContextId = `study:${StudyTypeId}` | `population:${PopulationId}` | `cue:${CueId}`

/**
 * Nodes that follow from a node named together with a context in one sentence (or title,
 * keyword). Every premise must be found in that one segment; the evidence shown is the
 * terms that met. Each rule states a reading a domain expert would make of such a title.
 */
export const AXIS_CUE_INFERENCES: readonly { when: readonly [AxisNodeId, ...(AxisNodeId | ContextId)[]]; infer: AxisNodeId }[] = [
  // The gut microbiota of people (patients, volunteers, cohorts) is studied by profiling
  // it, and reviews pooling such studies pool those profiles: composition and dysbiosis.
  { when: ['microbiota', 'population:human-patients'], infer: 'microbiota.composition' },
  { when: ['microbiota', 'population:healthy-volunteers'], infer: 'microbiota.composition' },
  { when: ['microbiota', 'cue:human'], infer: 'microbiota.composition' },
  { when: ['microbiota', 'study:meta-analysis'], infer: 'microbiota.composition' },
  { when: ['microbiota', 'study:systematic-review'], infer: 'microbiota.composition' },
  // Microbiota moved from one host into another is a transplant, whatever word names it.
  { when: ['microbiota', 'cue:transfer'], infer: 'microbiota.interventions' },
  // Colonising animals with microbes is a germ-free (gnotobiotic) experiment.
  { when: ['microbiota', 'cue:colonization', 'population:animal'], infer: 'microbiota.interventions' },
  // Neuroinflammation imaged by PET is, in practice, TSPO binding: a microglial marker
  // (the domain reference lists "neuroinflammation PET" under microglia).
  { when: ['glia.neuroinflammation', 'cue:pet'], infer: 'glia.microglia' },
]

import type { FacetValueDefinition } from './schema'

// Shared by the study type and the population facets: an animal study studies animals.
const ANIMAL_TERMS = [
  'mice|mouse|murine|rat|rats|rodent*|animal model*|animal study|animal studies|animals',
  'zebrafish|piglet*|nonhuman primate*|non-human primate*|macaque*|monkey*|hamster*',
  'Sprague-Dawley|Wistar|C57BL/6|BALB/c', 'disease models animal',
]
const IN_VITRO_TERMS = ['in vitro|cell culture*|cultured|cell line*|primary culture*|co-culture*|organoid*', 'BV-2|BV2|Caco-2|HT-29|SH-SY5Y|HEK293']

/**
 * Study design, strongest first: where several apply, the earliest in this list wins
 * (a systematic review with meta-analysis is a meta-analysis). Terms also match PubMed
 * publication types and MeSH check tags ("Randomized Controlled Trial", "Cohort Studies").
 */
export const STUDY_TYPES = [
  { id: 'meta-analysis', label: 'Meta-analysis', terms: ['meta-analysis|meta-analyses|meta-analytic|metaanalysis|meta-regression|network meta-analysis'] },
  { id: 'systematic-review', label: 'Systematic review', terms: ['systematic review|systematic reviews|systematic literature review|systemic review|umbrella review|PRISMA'] },
  {
    id: 'rct',
    label: 'Randomised controlled trial',
    terms: [
      'randomized controlled trial|randomized controlled trials|randomized clinical trial|randomized trial|randomized placebo-controlled|randomized double-blind|RCT|RCTs',
      'double-blind|double-blinded|placebo-controlled|placebo controlled trial',
    ],
  },
  { id: 'cohort', label: 'Cohort', terms: ['cohort|cohort study|prospective study|prospective cohort|longitudinal study|longitudinal|follow-up study|population-based|birth cohort|prospective studies'] },
  { id: 'case-control', label: 'Case-control', terms: ['case-control|case-control study|case control'] },
  { id: 'cross-sectional', label: 'Cross-sectional', terms: ['cross-sectional|cross-sectional study|cross-sectional survey'] },
  { id: 'animal', label: 'Animal study', terms: ANIMAL_TERMS },
  { id: 'in-vitro', label: 'In vitro', terms: IN_VITRO_TERMS },
  { id: 'review', label: 'Narrative review', terms: ['review|reviews|narrative review|mini-review|minireview|overview|literature review|scoping review|review article'] },
  { id: 'case-report', label: 'Case report', terms: ['case report|case reports|case series'] },
] as const satisfies readonly FacetValueDefinition[]

export type StudyTypeId = (typeof STUDY_TYPES)[number]['id']

/** Who or what was studied. Several may apply (patients and healthy controls). */
export const POPULATIONS = [
  {
    id: 'human-patients',
    label: 'Human patients',
    terms: [
      'patient*|outpatient*|inpatient*',
      'individuals with|people with|persons with|adults with|adolescents with|children with|women with|men with|subjects with|participants with',
      'depressed individuals|depressed subjects|depressed people|depressed adults|depressed women|depressed men|depressed suicides|suicides',
      'postmortem|post-mortem',
    ],
  },
  {
    id: 'healthy-volunteers',
    label: 'Healthy volunteers',
    terms: [
      'healthy volunteer*|healthy subject*|healthy participant*|healthy control*|healthy individual*|healthy adult*|healthy women|healthy men|healthy human*',
      'normal volunteer*|normal controls|human volunteers|healthy population',
    ],
  },
  { id: 'animal', label: 'Animals (rodents)', terms: ANIMAL_TERMS },
  { id: 'cell-culture', label: 'Cell culture', terms: IN_VITRO_TERMS },
] as const satisfies readonly FacetValueDefinition[]

export type PopulationId = (typeof POPULATIONS)[number]['id']

/**
 * Phrases that contain a facet term but do not state the paper's own design, e.g. the
 * MeSH "Randomized Controlled Trials as Topic" of a review, or an institutional review board.
 */
export const FACET_STOP_PHRASES = [
  'randomized controlled trials as topic', 'clinical trials as topic', 'meta-analysis as topic', 'systematic reviews as topic',
  'review literature as topic', 'cohort studies as topic', 'institutional review board|review board|ethics review',
  'chart review|record review|records review|medical records review', 'peer review|peer-reviewed', 'Review Manager|Cochrane Review Manager',
  'previous meta-analysis|previous meta-analyses|recent meta-analysis|recent meta-analyses|prior meta-analysis',
  'previous systematic review|recent systematic review|previous review|recent review|previous reviews|recent reviews',
  'randomized controlled trials are needed|randomized controlled trials are warranted|further randomized controlled trials|future randomized controlled trials|larger randomized controlled trials',
]

import type { PaperInput } from '../../shared/axis'
import { createRandom } from '../fixtures/random'

// A deterministic stand-in for a large psychoneuroimmunology library: titles and
// structured abstracts (~250 words) assembled from the phrasing of real papers in the
// field, with the spelling noise real text has (TNF-α / TNF-alpha, tumour / tumor).

const EXPOSURES = [
  'gut microbiota', 'intestinal permeability', 'lipopolysaccharide (LPS)', 'serum IL-6', 'TNF-α', 'TNF-alpha', 'C-reactive protein',
  'IL-1β', 'kynurenine pathway metabolites', 'tryptophan catabolites', 'microglial activation', 'TSPO binding', 'astrocytic GFAP',
  'oxidative and nitrosative stress', 'zonulin and I-FABP', 'IgA responses to gut commensals', 'Toll-like receptor 4 signalling',
  'short-chain fatty acids', 'fecal butyrate', 'Faecalibacterium abundance', 'the NLRP3 inflammasome', 'Th17 and regulatory T cells',
  'autoantibodies against oxidatively modified epitopes', 'cortisol awakening response', 'vagal tone', 'BDNF', 'white matter integrity',
]
const INTERVENTIONS = [
  'a multi-strain probiotic', 'Lactobacillus rhamnosus', 'a galacto-oligosaccharide prebiotic', 'faecal microbiota transplantation',
  'celecoxib add-on', 'infliximab', 'minocycline', 'omega-3 fatty acids', 'escitalopram', 'ketamine', 'a Mediterranean diet',
  'transcutaneous vagus nerve stimulation', 'a gluten-free diet', 'aerobic exercise',
]
const OUTCOMES = [
  'major depressive disorder', 'depressive symptoms', 'treatment-resistant depression', 'depressive-like behaviour', 'anhedonia',
  'perinatal depression', 'late-life depression', 'suicidal ideation', 'fatigue and somatic symptoms', 'cognitive performance',
]
const POPULATIONS = [
  'patients with major depression', 'adolescents with depression', 'healthy volunteers', 'mice exposed to chronic social defeat',
  'rats after chronic unpredictable mild stress', 'germ-free mice', 'older adults', 'patients with irritable bowel syndrome',
  'women in the postpartum period', 'BV-2 microglial cells',
]
const DESIGNS = [
  'a randomised, double-blind, placebo-controlled trial', 'a systematic review and meta-analysis', 'a prospective cohort study',
  'a cross-sectional study', 'a case-control study', 'a narrative review', 'an experimental study', 'a pilot study',
]
const FILLER = [
  'Participants were recruited from outpatient clinics and community settings.',
  'Analyses were adjusted for age, sex, body mass index and smoking.',
  'Sensitivity analyses excluding outliers gave similar estimates.',
  'The study was approved by the local ethics committee and all participants gave written informed consent.',
  'Data were analysed with linear mixed models and corrected for multiple comparisons.',
  'Effect sizes were small to moderate and heterogeneity was substantial.',
  'These findings should be interpreted in light of the modest sample size.',
  'Further work is needed to establish causality and to identify who benefits most.',
]

function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)]
  if (item === undefined) throw new Error('pick from an empty list')
  return item
}

function paper(random: () => number): PaperInput {
  const exposure = pick(random, EXPOSURES)
  const second = pick(random, EXPOSURES)
  const intervention = pick(random, INTERVENTIONS)
  const outcome = pick(random, OUTCOMES)
  const population = pick(random, POPULATIONS)
  const design = pick(random, DESIGNS)
  const n = 20 + Math.floor(random() * 480)
  const p = (random() * 0.05).toFixed(3)
  const title =
    random() < 0.5
      ? `${exposure[0]?.toUpperCase()}${exposure.slice(1)} and ${outcome} in ${population}: ${design}`
      : `Effects of ${intervention} on ${second} and ${outcome}: ${design}`
  const sentences = [
    `Background: Growing evidence links ${exposure} with ${outcome}, possibly through the microbiota-gut-immune-glia axis.`,
    `We examined whether ${intervention} alters ${second} in ${population}.`,
    `Methods: In ${design}, ${n} participants were assessed at baseline and after eight weeks.`,
    `${pick(random, FILLER)} ${pick(random, FILLER)}`,
    `Results: ${second} was ${random() < 0.5 ? 'higher' : 'lower'} in the ${population} than in controls (p = ${p}).`,
    `Changes in ${exposure} correlated with changes in ${outcome} scores on the Hamilton Depression Rating Scale.`,
    `${pick(random, FILLER)} ${pick(random, FILLER)}`,
    `Conclusions: ${exposure} may be a tractable target in ${outcome}, and the tumour necrosis factor pathway deserves study.`,
  ]
  return { title, abstract: sentences.join(' '), keywords: [outcome, exposure, intervention] }
}

/** `count` papers, the same ones for the same seed. */
export function generatePapers(count: number, seed: number): PaperInput[] {
  const random = createRandom(seed).next
  return Array.from({ length: count }, () => paper(random))
}

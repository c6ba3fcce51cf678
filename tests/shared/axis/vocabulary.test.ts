import { describe, expect, it } from 'vitest'
import { suggestAxis, type AxisNodeId } from '../../../shared/axis'

function nodeIds(title: string): AxisNodeId[] {
  return suggestAxis({ title }).nodes.map((node) => node.id)
}

// Standard names of the field, beyond the few the domain reference lists per node.
describe('standard terminology', () => {
  it.each([
    ['immune.cytokines', ['IL-15', 'sTNFR2', 'soluble TNF receptor 1', 'MCP-1', 'eotaxin', 'CCL11', 'IP-10', 'G-CSF', 'MIF', 'serum amyloid A', 'inflammatory markers']],
    ['immune.tryptophan', ['kynurenine 3-monooxygenase', 'KMO', 'kynurenine aminotransferase II', 'kynureninase', 'quinolinate', 'anthranilic acid']],
    ['immune.innate', ['NLRP1', 'pyroptosis', 'mast cells', 'complement activation']],
    ['immune.ons', ['NADPH oxidase', 'protein carbonyls', 'F2-isoprostanes', '4-hydroxynonenal', '3-nitrotyrosine']],
    ['immune.autoimmunity', ['psoriasis', "Graves' disease", 'thyroid peroxidase antibodies']],
    ['microbiota.metabolites', ['valerate', 'isobutyrate', 'branched-chain fatty acids', 'indole-3-acetic acid', 'microbiota-derived']],
    ['microbiota.interventions', ['Lacticaseibacillus rhamnosus', 'Limosilactobacillus reuteri', 'Lactobacillus salivarius', 'B. lactis', 'stool transplantation', 'axenic', 'inulin', 'galacto-oligosaccharides']],
    ['microbiota.composition', ['Blautia', 'Parabacteroides', 'relative abundance', 'microbiome remodeling', 'microbiota shifts', 'microbial imbalance']],
    ['gut.barrier', ['ZO-2', 'junctional adhesion molecule', 'tricellulin', 'goblet cells', 'mucus layer', 'gut leakiness']],
    ['gut.galt', ['Paneth cells', 'intraepithelial lymphocytes']],
    ['gut.translocation', ['microbial translocation', 'metabolic endotoxaemia', 'gut-derived endotoxin']],
    ['glia.microglia', ['TMEM119', 'P2RY12', 'brain-resident macrophages']],
    ['glia.astrocytes', ['gliotransmission', 'glutamine synthetase', 'connexin 43', 'Kir4.1']],
    ['glia.oligodendrocytes', ['remyelination', 'Olig2']],
    ['glia.neuroinflammation', ['hippocampal inflammation', 'encephalitis']],
    ['brain.neurons', ['endocannabinoid signalling', 'cannabinoid receptor 1', 'acetylcholine', 'nerve growth factor', 'dendritic atrophy']],
    ['brain.stress', ['hypothalamic–pituitary–adrenocortical axis', 'Trier Social Stress Test', 'FKBP5', 'allostatic load', 'hypercortisolaemia']],
    ['brain.bbb', ['brain microvascular endothelial cells', 'pericytes']],
    ['brain.vagus', ['nodose ganglion', 'heart rate variability', 'microbiome-brain axis']],
  ] as const)('finds %s by its standard names', (id, spellings) => {
    for (const spelling of spellings) expect(nodeIds(`${spelling} in mice`), spelling).toContain(id)
  })

  it('keeps the gut and the microbiota in a noun-first change phrase ("gut microbiota alterations")', () => {
    expect(nodeIds('Gut microbiota alterations in depression')).toEqual(expect.arrayContaining(['microbiota', 'microbiota.composition', 'gut', 'depression']))
    expect(nodeIds('Gut microbiome remodeling induces depressive-like behaviors')).toEqual(expect.arrayContaining(['microbiota', 'microbiota.composition', 'gut']))
  })

  it('does not read IL-30 or IL-150 as the new interleukins', () => {
    expect(nodeIds('IL-30 and IL-150 receptor cloning')).not.toContain('immune.cytokines')
    expect(nodeIds('IL-3 and IL-35 in depression')).toContain('immune.cytokines')
  })

  it('does not read indoleamine 2,3-dioxygenase as a bacterial indole', () => {
    const ids = nodeIds('Indoleamine 2,3-dioxygenase activity in depression')
    expect(ids).toContain('immune.tryptophan')
    expect(ids).not.toContain('microbiota.metabolites')
  })

  it('places enteric glia in the gut’s nervous system, not among the brain’s glia', () => {
    const ids = nodeIds('Enteric glia and the gut-brain axis')
    expect(ids).toContain('brain.vagus')
    expect(ids).not.toContain('glia')
  })
})

describe('treatments and comorbidities named with depression', () => {
  it.each(['Repetitive transcranial magnetic stimulation', 'Vagus nerve stimulation', 'Adalimumab'])('reads %s for depression as a treatment', (treatment) => {
    expect(nodeIds(`${treatment} for treatment-resistant depression`)).toContain('depression.treatment')
  })

  it('reads stroke or HIV beside depression as comorbidity, and not without it', () => {
    expect(nodeIds('Inflammation and post-stroke depression')).toContain('depression.comorbidity')
    expect(nodeIds('Depressive symptoms in people living with HIV')).toContain('depression.comorbidity')
    expect(nodeIds('Inflammation after stroke')).not.toContain('depression.comorbidity')
    expect(nodeIds('Vagus nerve stimulation in epilepsy')).not.toContain('depression.treatment')
  })
})

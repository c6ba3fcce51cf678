import { describe, expect, it } from 'vitest'
import { suggestAxis, type AxisNodeId, type PaperInput } from '../../../shared/axis'

function nodeIds(paper: PaperInput): AxisNodeId[] {
  return suggestAxis(paper).nodes.map((node) => node.id)
}

function evidenceTerms(paper: PaperInput, id: AxisNodeId): string[] {
  return suggestAxis(paper).nodes.find((node) => node.id === id)?.evidence.map((item) => item.term) ?? []
}

describe('term matching on word boundaries', () => {
  it('does not read "gut" into guttural, gutter or Gutenberg', () => {
    expect(nodeIds({ title: 'Guttural vocalisations, gutters and the Gutenberg press' })).toEqual([])
  })

  it('does not read IL-6 into IL-60 or IL-600, but finds IL-6 itself', () => {
    expect(nodeIds({ title: 'IL-60 and IL-600 receptor cloning' })).not.toContain('immune.cytokines')
    expect(nodeIds({ title: 'IL-6 in depression' })).toContain('immune.cytokines')
  })

  it('does not read glia into gliadin, a food antigen', () => {
    const ids = nodeIds({ title: 'Anti-gliadin antibodies' })
    expect(ids).toContain('gut.food-antigens')
    expect(ids).not.toContain('glia')
  })

  it('does not take synaptic "long-term depression" or "ER stress" for depression or psychological stress', () => {
    const ids = nodeIds({ title: 'Long-term depression at hippocampal synapses requires ER stress signalling' })
    expect(ids).not.toContain('depression')
    expect(ids).not.toContain('brain.stress')
    expect(ids).toContain('brain.neurons')
  })

  it('does not read IRS-1 (insulin receptor substrate) as an immune term', () => {
    expect(nodeIds({ title: 'IRS-1 phosphorylation in adipocytes' })).toEqual([])
  })
})

describe('spelling variants', () => {
  it.each(['TNF-α', 'TNF-alpha', 'TNFα', 'TNF alpha', 'TNFalpha', 'tumour necrosis factor', 'Tumor Necrosis Factor-α'])('finds %s as a cytokine', (spelling) => {
    expect(nodeIds({ title: `${spelling} in major depression` })).toContain('immune.cytokines')
  })

  it.each(['IL-1β', 'IL-1beta', 'IL-1 beta', 'IL1B', 'IL-1ß'])('finds %s as a cytokine', (spelling) => {
    expect(nodeIds({ title: `Serum ${spelling} levels` })).toContain('immune.cytokines')
  })

  it('is tolerant of case, hyphens, en dashes and plurals', () => {
    expect(nodeIds({ title: 'LEAKY-GUT and the GUT–BRAIN AXIS' })).toEqual(expect.arrayContaining(['gut.barrier', 'brain.vagus']))
    expect(nodeIds({ title: 'Reactive astrocytes and cytokines' })).toEqual(expect.arrayContaining(['glia.astrocytes', 'immune.cytokines']))
    expect(nodeIds({ title: 'Coeliac disease and faecal microbiota' })).toEqual(expect.arrayContaining(['gut.food-antigens', 'microbiota']))
  })

  it('shows the listed spelling that matched (Greek letters as listed), or the word found for a prefix term', () => {
    expect(evidenceTerms({ title: 'Tumour necrosis factor-alpha and IL1B in monocytes' }, 'immune.cytokines')).toEqual(['tumor necrosis factor-α', 'IL-1b'])
    expect(evidenceTerms({ title: 'Astrocytic dysfunction' }, 'glia.astrocytes')).toEqual(['astrocytic'])
  })

  it('gives a phrase every node it names: "gut microbiota" is microbiota and gut', () => {
    expect(nodeIds({ title: 'Gut microbiota and depression' })).toEqual(expect.arrayContaining(['microbiota', 'gut', 'depression']))
  })
})

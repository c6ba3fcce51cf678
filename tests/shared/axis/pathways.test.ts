import { describe, expect, it } from 'vitest'
import { suggestAxis } from '../../../shared/axis'

describe('pathway suggestions', () => {
  it('suggests LPS → innate immunity when one sentence names both', () => {
    const paper = {
      title: 'Leaky gut in depression',
      abstract: 'Translocated lipopolysaccharide activated TLR4 on circulating monocytes. Endotoxin levels were high.',
    }
    const pathway = suggestAxis(paper).pathways.find((item) => item.id === 'lps-innate')
    expect(pathway).toMatchObject({ from: 'gut.translocation', to: 'immune.innate' })
    expect(pathway?.evidence).toEqual(
      expect.arrayContaining([
        { term: 'lipopolysaccharide', field: 'abstract' },
        { term: 'TLR4', field: 'abstract' },
      ]),
    )
  })

  it('suggests cytokines → microglia from a title naming both', () => {
    const ids = suggestAxis({ title: 'Peripheral IL-1β primes microglia in depressed mice' }).pathways.map((item) => item.id)
    expect(ids).toContain('cytokines-microglia')
  })

  it('lets a child stand for a top-level end: neurons → depression', () => {
    const ids = suggestAxis({ title: 'Hippocampal neurogenesis and depression' }).pathways.map((item) => item.id)
    expect(ids).toContain('neurons-depression')
  })

  it('does not suggest a pathway whose ends are only named in different sentences', () => {
    const paper = {
      title: 'A study of two things',
      abstract: 'Serum IL-6 and TNF-α were measured. Microglial TSPO binding was imaged with PET in another cohort.',
    }
    const suggestion = suggestAxis(paper)
    expect(suggestion.nodes.map((item) => item.id)).toEqual(expect.arrayContaining(['immune.cytokines', 'glia.microglia']))
    expect(suggestion.pathways.map((item) => item.id)).not.toContain('cytokines-microglia')
  })

  it('does not suggest a pathway when one end is not suggested', () => {
    const paper = { title: 'A study', abstract: 'One mention of microglia sits beside IL-6 here. IL-6 and CRP were measured.' }
    const suggestion = suggestAxis(paper)
    expect(suggestion.nodes.map((item) => item.id)).not.toContain('glia.microglia')
    expect(suggestion.pathways).toEqual([])
  })
})

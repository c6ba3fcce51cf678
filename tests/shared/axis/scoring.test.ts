import { describe, expect, it } from 'vitest'
import { suggestAxis, withAncestors, type AxisNodeId, type PaperInput } from '../../../shared/axis'

function node(paper: PaperInput, id: AxisNodeId) {
  return suggestAxis(paper).nodes.find((candidate) => candidate.id === id)
}

describe('field weighting', () => {
  it('suggests a node named once in the title', () => {
    expect(node({ title: 'Microglia in depression' }, 'glia.microglia')?.evidence).toEqual([{ term: 'microglia', field: 'title' }])
  })

  it('does not suggest a node mentioned once in passing in the abstract', () => {
    const paper = { title: 'Serum zinc in depression', abstract: 'Zinc was measured. Microglia were not studied.' }
    expect(node(paper, 'glia.microglia')).toBeUndefined()
  })

  it('suggests a node the abstract names with two different terms', () => {
    const paper = { title: 'A study', abstract: 'We imaged TSPO binding. Microglial density rose.' }
    expect(node(paper, 'glia.microglia')).toBeDefined()
  })

  it('counts a MeSH heading like a title term, and ignores subheadings and stars', () => {
    expect(node({ title: 'A study', mesh: ['*Microglia/pathology'] }, 'glia.microglia')?.evidence).toEqual([{ term: 'Microglia', field: 'mesh' }])
  })

  it('needs many mentions before full text alone suggests a node', () => {
    const once = { title: 'A study', fullText: 'The vagus nerve was not cut. Other text follows.' }
    const often = { title: 'A study', fullText: Array.from({ length: 12 }, () => 'Vagal afferents and the vagus nerve were studied.').join(' ') }
    expect(node(once, 'brain.vagus')).toBeUndefined()
    expect(node(often, 'brain.vagus')).toBeDefined()
  })

  it('scores title evidence above the same evidence in the full text', () => {
    const inTitle = node({ title: 'Kynurenine and tryptophan in depression' }, 'immune.tryptophan')
    const inFullText = node({ title: 'A study', fullText: Array.from({ length: 12 }, () => 'Kynurenine and tryptophan.').join(' ') }, 'immune.tryptophan')
    expect(inTitle?.score).toBeGreaterThan(inFullText?.score ?? 1)
    expect(inTitle?.score).toBeLessThan(1)
  })

  it('lists nodes with the strongest first', () => {
    const scores = suggestAxis({ title: 'IL-6, TNF-α and CRP in depression', abstract: 'Depression was rated. Microglia were imaged.' }).nodes.map((item) => item.score)
    expect(scores).toEqual([...scores].sort((a, b) => b - a))
  })
})

describe('parents and children', () => {
  it('does not list a parent that only its child evidences, but the child implies it', () => {
    const ids = suggestAxis({ title: 'Zonulin and occludin in serum' }).nodes.map((item) => item.id)
    expect(ids).toEqual(['gut.barrier'])
    expect(withAncestors(ids)).toEqual(['gut', 'gut.barrier'])
  })

  it('lists the parent too when the paper names it with its own terms', () => {
    const ids = suggestAxis({ title: 'Intestinal zonulin and gastrointestinal symptoms' }).nodes.map((item) => item.id)
    expect(ids).toEqual(expect.arrayContaining(['gut', 'gut.barrier']))
  })

  it('suggests comorbidity and treatment only in a paper that names depression', () => {
    expect(suggestAxis({ title: 'Add-on mesalazine in irritable bowel syndrome' }).nodes.map((item) => item.id)).not.toContain('depression.treatment')
    expect(suggestAxis({ title: 'Irritable bowel syndrome and depression' }).nodes.map((item) => item.id)).toContain('depression.comorbidity')
  })

  it('infers treatment from a probiotic named with depression', () => {
    const treatment = node({ title: 'Probiotics for depression' }, 'depression.treatment')
    expect(treatment?.evidence).toEqual([{ term: 'probiotics + depression', field: 'title' }])
  })
})

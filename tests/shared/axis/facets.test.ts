import { describe, expect, it } from 'vitest'
import { suggestAxis, type PaperInput } from '../../../shared/axis'

function studyType(paper: PaperInput): string | null {
  return suggestAxis(paper).studyType?.id ?? null
}

describe('study type', () => {
  it.each([
    ['Cytokines in depression: a systematic review and meta-analysis', 'meta-analysis'],
    ['Probiotics and mood: a systematic review', 'systematic-review'],
    ['Minocycline for depression: a randomised, double-blind, placebo-controlled trial', 'rct'],
    ['Childhood CRP and adult depression: a population-based longitudinal study', 'cohort'],
    ['Gut permeability in depression: a case-control study', 'case-control'],
    ['Inflammation and depressive symptoms: a cross-sectional study', 'cross-sectional'],
    ['LPS-induced sickness in mice', 'animal'],
    ['Cytokine effects on BV-2 cells in vitro', 'in-vitro'],
    ['Microglia and depression: a narrative review', 'review'],
    ['Catatonic depression after gluten exposure: a case report', 'case-report'],
  ])('reads "%s" as %s', (title, expected) => {
    expect(studyType({ title })).toBe(expected)
  })

  it('lets the strongest design win: a review of randomised trials is a review, a meta-analysis of them a meta-analysis', () => {
    expect(studyType({ title: 'Probiotics in depression: a review of randomized controlled trials' })).toBe('review')
    expect(studyType({ title: 'Probiotics in depression: a meta-analysis of randomized controlled trials' })).toBe('meta-analysis')
    expect(studyType({ title: 'Hashimoto encephalopathy presenting as depression: case report and review of the literature' })).toBe('case-report')
  })

  it('reads PubMed publication types', () => {
    expect(studyType({ title: 'Zinc and mood', publicationTypes: ['Journal Article', 'Randomized Controlled Trial'] })).toBe('rct')
    expect(studyType({ title: 'Zinc and mood', publicationTypes: ['Journal Article', 'Review', 'Systematic Review'] })).toBe('systematic-review')
  })

  it('reads the abstract only when the title and publication types are silent', () => {
    const abstract = 'In this randomized, double-blind, placebo-controlled trial, 80 patients received zinc.'
    expect(studyType({ title: 'Zinc and mood', abstract })).toBe('rct')
    expect(studyType({ title: 'Zinc and mood: a meta-analysis', abstract })).toBe('meta-analysis')
  })

  it('does not take an ethics board or a cited meta-analysis for the design', () => {
    const abstract = 'A recent meta-analysis reported elevated IL-6. The institutional review board approved the study.'
    expect(studyType({ title: 'IL-6 in depression', abstract })).toBeNull()
  })

  it('says nothing rather than guess', () => {
    expect(suggestAxis({ title: 'Cytokines and major depression' }).studyType).toBeNull()
  })

  it('names its evidence', () => {
    expect(suggestAxis({ title: 'A meta-analysis of cytokines in major depression' }).studyType).toEqual({
      id: 'meta-analysis',
      evidence: [{ term: 'meta-analysis', field: 'title' }],
    })
  })
})

describe('population', () => {
  it('finds patients and healthy controls in one study', () => {
    const paper = { title: 'IL-6 in depression', abstract: 'We compared 40 patients with major depression and 40 healthy controls.' }
    expect(suggestAxis(paper).population.map((item) => item.id)).toEqual(['human-patients', 'healthy-volunteers'])
  })

  it('finds rodents and cell cultures', () => {
    const paper = { title: 'Butyrate and microglia', abstract: 'Germ-free mice were studied. Primary cultures of microglia were treated with butyrate.' }
    expect(suggestAxis(paper).population.map((item) => item.id)).toEqual(['animal', 'cell-culture'])
  })
})

import { describe, expect, it } from 'vitest'
import { comparableTitle, titlesMatch } from '../../../shared/lookup'

describe('titlesMatch: a PDF title against the registry title for its DOI', () => {
  it('ignores case, punctuation and a trailing full stop', () => {
    expect(titlesMatch('Automated quantitative histology reveals vascular morphodynamics during Arabidopsis hypocotyl secondary growth.', 'AUTOMATED QUANTITATIVE HISTOLOGY REVEALS VASCULAR MORPHODYNAMICS DURING ARABIDOPSIS HYPOCOTYL SECONDARY GROWTH')).toBe(true)
    expect(titlesMatch('Impact of insight and metacognition on vocational rehabilitation: a systematic review', 'Impact of insight and metacognition on vocational rehabilitation - A systematic review')).toBe(true)
  })

  it('ignores diacritics and typographic dashes and quotes', () => {
    expect(titlesMatch('Über die Behandlung der Depression – eine Übersicht', 'Uber die Behandlung der Depression - eine Ubersicht')).toBe(true)
    expect(titlesMatch('The “gut–brain” axis in major depression', 'The "gut-brain" axis in major depression')).toBe(true)
  })

  it('sets aside the "RETRACTED:" mark a registry puts on a retracted paper', () => {
    const registry = 'RETRACTED: Hydroxychloroquine or chloroquine with or without a macrolide for treatment of COVID-19: a multinational registry analysis'
    const pdf = 'Hydroxychloroquine or chloroquine with or without a macrolide for treatment of COVID-19: a multinational registry analysis'
    expect(titlesMatch(pdf, registry)).toBe(true)
    expect(titlesMatch('[Retracted] Microglia in depression', 'Retracted article: Microglia in depression.')).toBe(true)
    expect(comparableTitle(registry)).toBe(comparableTitle(pdf))
  })

  it('does not match different papers, a title cut short, or no title at all', () => {
    expect(titlesMatch('Microglia in depression', 'Astrocytes in depression')).toBe(false)
    expect(titlesMatch('Microglia in depression', 'Microglia in depression: a review')).toBe(false)
    expect(titlesMatch(undefined, 'Microglia in depression')).toBe(false)
    expect(titlesMatch('', '')).toBe(false)
    expect(titlesMatch('...', '!!!')).toBe(false)
  })

  it('forgives what a PDF reader does to a title (a dropped ligature, a typo) and a subtitle left out, when the main title is long enough', () => {
    expect(titlesMatch('Finding function: evaluation methods for functional genomic data', 'Finding function: evaluation methods for functional genomic dat')).toBe(true)
    expect(titlesMatch('Eﬃcacy of probiotics in major depression', 'Efficacy of probiotics in major depression')).toBe(true)
    expect(titlesMatch('Inflammation and depression in older adults', 'Inflammation and depression in older adults: a systematic review')).toBe(true)
    expect(titlesMatch('Microglial priming links gut dysbiosis to depressive behaviour in mice', 'Triose phosphate isomerase deficiency is caused by altered dimerization')).toBe(false)
  })
})

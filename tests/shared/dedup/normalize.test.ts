import { describe, expect, it } from 'vitest'
import { firstAuthorKey, itemYear, mainTitle, normalizeDoi, normalizePmid, normalizeTitle } from '../../../shared/dedup'

describe('normalizeTitle', () => {
  it.each([
    ['case and final period (PubMed)', 'A Meta-Analysis of Cytokines in Major Depression.', 'a meta analysis of cytokines in major depression'],
    ['PubMed brackets around a translated title', '[Depression and the immune system].', 'depression and the immune system'],
    ['accents', 'Réponse immunitaire et dépression chez l’adolescent', 'reponse immunitaire et depression chez ladolescent'],
    ['LaTeX accents', 'Stress in K{\\"o}ln and M\\"{u}nchen: {\\\'e}tude', 'stress in koln and munchen etude'],
    ['LaTeX commands and protected capitals', 'The role of \\textit{Lactobacillus} in {IL-6} signalling', 'the role of lactobacillus in il 6 signalling'],
    ['LaTeX Greek in math', 'Interleukin 1$\\beta$ and TNF-{$\\alpha$}', 'interleukin 1beta and tnf alpha'],
    ['Unicode Greek', 'Interleukin 1β and TNF-α', 'interleukin 1beta and tnf alpha'],
    ['HTML markup and entities', 'The <i>Escherichia coli</i> &amp; <sup>13</sup>C tracer', 'the escherichia coli and 13 c tracer'],
    ['dashes and non-breaking spaces', 'Gut–brain axis\u00a0— a review', 'gut brain axis a review'],
    ['ligatures (NFKD)', 'Eﬃcacy of ﬁsh oil', 'efficacy of fish oil'],
    ['apostrophes of any kind', "Parkinson's and Alzheimer’s disease", 'parkinsons and alzheimers disease'],
    ['ampersand', 'Brain, Behavior & Immunity', 'brain behavior and immunity'],
  ])('%s', (_name, title, expected) => {
    expect(normalizeTitle(title)).toBe(expected)
  })

  it('gives the same words for the same title from BibTeX, PubMed and a PDF', () => {
    const forms = [
      'Cumulative meta-analysis of interleukins 6 and 1{$\\beta$}, tumour necrosis factor {$\\alpha$} and {C}-reactive protein',
      'Cumulative meta-analysis of interleukins 6 and 1beta, tumour necrosis factor alpha and C-reactive protein.',
      'Cumulative meta-analysis of interleukins 6 and 1β, tumour necrosis factor α and C-reactive protein',
    ]
    expect(new Set(forms.map(normalizeTitle)).size).toBe(1)
  })

  it('never throws on empty or hostile input', () => {
    expect(normalizeTitle(undefined)).toBe('')
    expect(normalizeTitle('')).toBe('')
    expect(normalizeTitle('{{{\\\\\\$$$<<<&#9999999;&bogus;')).toBe('')
  })
})

describe('comparable identifiers', () => {
  it('reduces DOIs to their lower-case bare form', () => {
    expect(normalizeDoi('https://doi.org/10.1042/CS20130403')).toBe('10.1042/cs20130403')
    expect(normalizeDoi('doi:10.1038/NRN2297.')).toBe('10.1038/nrn2297')
    expect(normalizeDoi('not a doi')).toBeUndefined()
  })

  it('reads PMIDs from text and numbers', () => {
    expect(normalizePmid('PMID: 18073775')).toBe('18073775')
    expect(normalizePmid(18073775)).toBe('18073775')
    expect(normalizePmid('')).toBeUndefined()
  })

  it('reads the year from date parts or a raw date', () => {
    expect(itemYear({ issued: { 'date-parts': [[2016, 1]] } })).toBe(2016)
    expect(itemYear({ issued: { 'date-parts': [['2019', '4']] } })).toBe(2019)
    expect(itemYear({ issued: { raw: 'Spring 2008' } })).toBe(2008)
    expect(itemYear({})).toBeUndefined()
  })
})

describe('firstAuthorKey', () => {
  it('folds accents and hyphens so sources agree', () => {
    expect(firstAuthorKey({ author: [{ family: 'Vallès-Colomer', given: 'Mireia' }] })).toBe('vallescolomer')
    expect(firstAuthorKey({ author: [{ family: 'Valles Colomer', given: 'M' }] })).toBe('vallescolomer')
    expect(firstAuthorKey({ author: [{ family: 'Tr{\\"a}ger', given: 'K' }] })).toBe('trager')
  })

  it('drops particles, which sources keep in different places', () => {
    expect(firstAuthorKey({ author: [{ family: 'van Os', given: 'Jim' }] })).toBe('os')
    expect(firstAuthorKey({ author: [{ family: 'Os', 'non-dropping-particle': 'van', given: 'Jim' }] })).toBe('os')
  })

  it('uses a group author, then an editor, and is undefined without names', () => {
    expect(firstAuthorKey({ author: [{ literal: 'World Health Organization' }] })).toBe('worldhealthorganization')
    expect(firstAuthorKey({ editor: [{ family: 'Dantzer', given: 'R' }] })).toBe('dantzer')
    expect(firstAuthorKey({})).toBeUndefined()
  })
})

describe('mainTitle', () => {
  it('is the title before its subtitle', () => {
    expect(mainTitle('The role of inflammation in depression: from evolutionary imperative to modern treatment target')).toBe('the role of inflammation in depression')
    expect(mainTitle('Depression - a review')).toBe('depression')
    expect(mainTitle('No subtitle here')).toBe('no subtitle here')
  })
})

import { describe, expect, it } from 'vitest'
import { parseIdentifier, parseIdentifierList, uniqueIdentifiers, type IdentifierParse } from '../../../shared/identifiers'

const SICI = '10.1002/1096-9861(20010212)430:3<283::aid-cne1031>3.0.co;2-v'

function identified(parse: IdentifierParse): string {
  return parse.ok ? `${parse.identifier.kind} ${parse.identifier.value}` : `failed: ${parse.reason}`
}

describe('parseIdentifier: DOIs', () => {
  it.each([
    ['10.1371/journal.pone.0033693', '10.1371/journal.pone.0033693'],
    ['10.1371/JOURNAL.PONE.0033693', '10.1371/journal.pone.0033693'],
    ['doi:10.1038/ng.3834', '10.1038/ng.3834'],
    ['DOI: 10.1038/NG.3834', '10.1038/ng.3834'],
    ['https://doi.org/10.7554/eLife.01567', '10.7554/elife.01567'],
    ['http://dx.doi.org/10.7554/eLife.01567', '10.7554/elife.01567'],
    ['doi.org/10.1101/097196', '10.1101/097196'],
    ['https://doi.org/10.1002%2Fjor.1100150407', '10.1002/jor.1100150407'],
    ['10.1002%2Fjor.1100150407', '10.1002/jor.1100150407'],
    ['10.1038/ng.3834.', '10.1038/ng.3834'],
    ['10.1038/ng.3834,', '10.1038/ng.3834'],
    ['10.1038/ng.3834;', '10.1038/ng.3834'],
    ['(10.1038/ng.3834)', '10.1038/ng.3834'],
    ['10.1038/ng.3834).', '10.1038/ng.3834'],
    ['"10.1038/ng.3834"', '10.1038/ng.3834'],
    ['10.1016/s0140-6736(20)31180-6', '10.1016/s0140-6736(20)31180-6'],
    ['10.1016/S0140-6736(20)31180-6).', '10.1016/s0140-6736(20)31180-6'],
    [SICI, SICI],
    [`${SICI}.`, SICI],
    [`https://doi.org/10.1002%2F1096-9861(20010212)430%3A3%3C283%3A%3Aaid-cne1031%3E3.0.co%3B2-v`, SICI],
    ['https://onlinelibrary.wiley.com/doi/full/10.1002/jor.1100150407', '10.1002/jor.1100150407'],
    ['https://onlinelibrary.wiley.com/doi/abs/10.1002/jor.1100150407/abstract', '10.1002/jor.1100150407'],
    ['https://journals.plos.org/plosone/article?id=10.1371/journal.pone.0033693', '10.1371/journal.pone.0033693'],
    ['https://www.biorxiv.org/content/10.1101/2020.12.01.406702v1.full', '10.1101/2020.12.01.406702v1.full'],
  ])('%s → %s', (input, doi) => {
    expect(identified(parseIdentifier(input))).toBe(`doi ${doi}`)
  })
})

describe('parseIdentifier: PMIDs and PMCIDs', () => {
  it.each([
    ['23121403', 'pmid 23121403'],
    ['PMID: 23121403', 'pmid 23121403'],
    ['pmid:23121403', 'pmid 23121403'],
    ['PMID 23121403.', 'pmid 23121403'],
    ['0023121403', 'pmid 23121403'],
    ['https://pubmed.ncbi.nlm.nih.gov/23121403/', 'pmid 23121403'],
    ['pubmed.ncbi.nlm.nih.gov/23121403', 'pmid 23121403'],
    ['https://www.ncbi.nlm.nih.gov/pubmed/23121403', 'pmid 23121403'],
    ['PMC2883744', 'pmcid PMC2883744'],
    ['pmc2883744', 'pmcid PMC2883744'],
    ['PMCID: PMC2883744', 'pmcid PMC2883744'],
    ['https://www.ncbi.nlm.nih.gov/pmc/articles/PMC2883744/', 'pmcid PMC2883744'],
    ['https://pmc.ncbi.nlm.nih.gov/articles/PMC2883744/', 'pmcid PMC2883744'],
    ['pmc.ncbi.nlm.nih.gov/articles/pmc2883744', 'pmcid PMC2883744'],
  ])('%s → %s', (input, expected) => {
    expect(identified(parseIdentifier(input))).toBe(expected)
  })
})

describe('parseIdentifier: what is not an identifier fails in words', () => {
  it.each([
    ['', /Nothing was typed/],
    ['10.', /starts with 10\./],
    ['10.1038', /starts with 10\./],
    ['doi:', /no DOI after/i],
    ['1234567890123', /one to nine digits/],
    ['123456789', /too long for a PMID/],
    ['0', /not zero/],
    ['PMC', /not a DOI/],
    ['PMCID: PMCabc', /PMC followed by digits/],
    ['hello world', /has no spaces|not a DOI/],
    ['an article title', /not a DOI/],
    ['https://www.nature.com/articles/ng.3834', /no DOI, PMID or PMCID/],
    ['https://www.ncbi.nlm.nih.gov/pmc/', /does not point at one article/],
    ['https://doi.org/10.1002%E0%A4%A', /broken %-escape/],
    ['10.1038/ng\u00003834', /control characters/],
    ['10.1038/ng.3834\u001b[31m', /control characters/],
    ['10.1038/' + 'x'.repeat(10_000), /too long for a DOI, PMID or PMCID/],
  ])('%j fails', (input, reason) => {
    const parse = parseIdentifier(input)
    expect(parse.ok).toBe(false)
    if (!parse.ok) expect(parse.reason).toMatch(reason)
  })

  it('answers quickly on a megabyte of brackets (no runaway pattern)', () => {
    const parse = parseIdentifier('('.repeat(1_000_000))
    expect(parse.ok).toBe(false)
  })
})

describe('parseIdentifierList', () => {
  it('reads a pasted mix, one a line, with commas and spaces, in the order pasted', () => {
    const pasted = `10.1038/ng.3834, PMID: 23121403
      https://pmc.ncbi.nlm.nih.gov/articles/PMC2883744/   doi: 10.7554/eLife.01567;
      ${SICI}\r\nnot-an-id`
    expect(parseIdentifierList(pasted).map(identified)).toEqual([
      'doi 10.1038/ng.3834',
      'pmid 23121403',
      'pmcid PMC2883744',
      'doi 10.7554/elife.01567',
      `doi ${SICI}`,
      'failed: This is not a DOI (10.xxxx/…), a PMID (digits) or a PMCID (PMC followed by digits).',
    ])
  })

  it('keeps the bad pieces beside the good ones, naming what was pasted', () => {
    const parses = parseIdentifierList('23121403\n10.\nPMC2883744')
    expect(parses.map((parse) => [parse.input, parse.ok])).toEqual([
      ['23121403', true],
      ['10.', false],
      ['PMC2883744', true],
    ])
  })

  it('splits on zero-width spaces and byte-order marks copied from web pages', () => {
    expect(parseIdentifierList('\ufeff23121403\u200bPMC2883744').map(identified)).toEqual(['pmid 23121403', 'pmcid PMC2883744'])
  })

  it('refuses a whole document pasted at once, in words', () => {
    const parses = parseIdentifierList('23121403 '.repeat(30_000))
    expect(parses).toHaveLength(1)
    expect(parses[0]?.ok).toBe(false)
    if (parses[0] && !parses[0].ok) expect(parses[0].reason).toMatch(/too much to be a list/)
  })

  it('an empty paste is an empty list', () => {
    expect(parseIdentifierList(' \n\t, ')).toEqual([])
  })

  it('uniqueIdentifiers drops a second spelling of the same paper', () => {
    const parses = uniqueIdentifiers(parseIdentifierList('10.1038/NG.3834 https://doi.org/10.1038/ng.3834 pmc1 PMC1 bad bad'))
    expect(parses.map(identified)).toEqual(['doi 10.1038/ng.3834', 'pmcid PMC1', expect.stringMatching(/^failed/), expect.stringMatching(/^failed/)])
  })
})

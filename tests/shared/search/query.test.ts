import { describe, expect, it } from 'vitest'
import { isEmptyQuery, matchesFilters, parseQuery, summarisePaper, type PaperSummary, type SummaryInput } from '../../../shared/search'

function paper(fields: Omit<Partial<SummaryInput>, 'csl'> & { csl?: Partial<SummaryInput['csl']> }, extras = { hasPdf: false, hasFullText: false, hasNotes: false }): PaperSummary {
  const { csl, ...rest } = fields
  return summarisePaper(
    { id: 'p1', citationKey: 'maes2008gut', addedAt: 1, modifiedAt: 1, axisNodes: [], tags: [], collections: [], ...rest, csl: { id: 'p1', type: 'article-journal', ...csl } },
    extras,
  )
}

const maes = paper({
  axisNodes: ['gut.barrier', 'depression'],
  tags: ['To-read', 'Ch2: Introduction'],
  studyType: 'cohort',
  csl: {
    title: 'The gut-brain barrier in major depression: intestinal mucosal dysfunction',
    author: [{ family: 'Maes', given: 'Michael' }, { family: 'Berg', given: 'Anna', 'non-dropping-particle': 'van der' }, { family: 'Müller', given: 'Jürgen' }],
    issued: { 'date-parts': [[2008, 2]] },
    'container-title': 'Neuro Endocrinology Letters',
    DOI: 'https://doi.org/10.1016/J.BBI.2008.01.001',
    abstract: 'Leaky gut.',
  },
}, { hasPdf: true, hasFullText: false, hasNotes: false })

function matches(query: string, summary: PaperSummary = maes): boolean {
  const parsed = parseQuery(query)
  expect(parsed.errors).toEqual([])
  return matchesFilters(summary, parsed)
}

describe('parseQuery', () => {
  it('splits words, quoted phrases and exclusions, all ANDed', () => {
    const query = parseQuery('microglia "major depression" -rats -"case report" IL-6')
    expect(query.words).toEqual(['microglia', 'IL-6'])
    expect(query.phrases).toEqual(['major depression'])
    expect(query.excludedWords).toEqual(['rats'])
    expect(query.excludedPhrases).toEqual(['case report'])
    expect(query.errors).toEqual([])
  })

  it('marks the last word as still being typed only while the cursor is on it', () => {
    expect(parseQuery('gut micro').lastWordPartial).toBe(true)
    expect(parseQuery('gut micro ').lastWordPartial).toBe(false)
    expect(parseQuery('gut "micro').lastWordPartial).toBe(false)
    expect(parseQuery('gut year:2015').lastWordPartial).toBe(false)
  })

  it('reads an unclosed quote as a phrase to the end, as the user is typing it', () => {
    expect(parseQuery('"gut barr').phrases).toEqual(['gut barr'])
  })

  it('treats an unknown prefix and a colon inside a phrase as text, not as a field', () => {
    const query = parseQuery('ratio:2 "title: subtitle"')
    expect(query.words).toEqual(['ratio:2'])
    expect(query.phrases).toEqual(['title: subtitle'])
    expect(query.conditions).toEqual([])
  })

  it('reads fielded terms, quoted values and negated conditions', () => {
    const query = parseQuery('author:"van der Berg" -tag:to-read year:2010-2020 TYPE:RCT has:pdf node:gut.barrier')
    expect(query.conditions).toEqual([
      { kind: 'text', field: 'author', value: 'van der berg', negated: false },
      { kind: 'text', field: 'tag', value: 'to-read', negated: true },
      { kind: 'year', from: 2010, to: 2020, negated: false },
      { kind: 'type', studyType: 'rct', negated: false },
      { kind: 'has', what: 'pdf', negated: false },
      { kind: 'node', nodeId: 'gut.barrier', within: ['gut.barrier'], negated: false },
    ])
  })

  it('returns a clear error with the position of a malformed term, never throws, and keeps the rest', () => {
    const query = parseQuery('microglia year:abc node:gut.nowhere type:anecdote has:coffee year:2020-2010 author:')
    expect(query.words).toEqual(['microglia'])
    expect(query.conditions).toEqual([])
    expect(query.errors.map((error) => error.code)).toEqual(['INVALID_YEAR', 'UNKNOWN_NODE', 'UNKNOWN_STUDY_TYPE', 'UNKNOWN_HAS', 'YEAR_RANGE_REVERSED', 'EMPTY_VALUE'])
    const [year] = query.errors
    expect(year).toMatchObject({ term: 'year:abc', start: 10, end: 18 })
    expect(year?.message).toContain('year:2010-2020')
    expect(query.errors[1]?.message).toContain('gut.barrier')
    expect(query.errors[2]?.message).toContain('rct')
    expect(query.errors[4]?.message).toContain('year:2010-2020')
  })

  it('reads pathway: terms and names the pathways when one is unknown', () => {
    expect(parseQuery('pathway:cytokines-microglia').conditions).toEqual([{ kind: 'pathway', pathwayId: 'cytokines-microglia', negated: false }])
    const query = parseQuery('pathway:gut-to-moon')
    expect(query.errors[0]?.code).toBe('UNKNOWN_PATHWAY')
    expect(query.errors[0]?.message).toContain('cytokines-microglia')
  })

  it('never throws on odd input', () => {
    for (const input of ['', ' ', '-', '"', '""', '-""', ':', 'year:', '-year:', 'a:b:c', '"""', '\u0000', 'ünïcödé:ß']) {
      expect(() => parseQuery(input)).not.toThrow()
    }
    expect(isEmptyQuery(parseQuery('  - ""  '))).toBe(true)
  })
})

describe('matchesFilters', () => {
  it('matches authors at a word start, with or without accents and particles', () => {
    expect(matches('author:maes')).toBe(true)
    expect(matches('author:muller')).toBe(true)
    expect(matches('author:Müll')).toBe(true)
    expect(matches('author:"van der berg"')).toBe(true)
    expect(matches('author:aes')).toBe(false)
  })

  it('matches title and journal words, DOI prefixes whatever their case or resolver, and tags exactly', () => {
    expect(matches('title:intestinal journal:endocrinology')).toBe(true)
    expect(matches('title:testinal')).toBe(false)
    expect(matches('doi:10.1016/j.bbi')).toBe(true)
    expect(matches('doi:https://doi.org/10.1016/J.BBI.2008')).toBe(true)
    expect(matches('tag:to-read tag:"ch2: introduction"')).toBe(true)
    expect(matches('tag:to')).toBe(false)
  })

  it('matches single years, ranges and open ranges; papers without a year never match a year', () => {
    expect(matches('year:2008')).toBe(true)
    expect(matches('year:2000-2010 year:>2007 year:<=2008')).toBe(true)
    expect(matches('year:2009-2020')).toBe(false)
    expect(matches('year:<2008')).toBe(false)
    expect(matches('year:2008', paper({}))).toBe(false)
    expect(matches('-year:2008', paper({}))).toBe(true)
  })

  it('finds a node and everything below it, but not its siblings or parent', () => {
    expect(parseQuery('node:glia').conditions[0]).toMatchObject({ within: ['glia', 'glia.microglia', 'glia.astrocytes', 'glia.oligodendrocytes', 'glia.neuroinflammation'] })
    expect(matches('node:gut')).toBe(true)
    expect(matches('node:gut.barrier')).toBe(true)
    expect(matches('node:gut.galt')).toBe(false)
    expect(matches('node:glia', paper({ axisNodes: ['glia.microglia'] }))).toBe(true)
    expect(matches('node:glia.microglia', paper({ axisNodes: ['glia'] }))).toBe(false)
    expect(matches('node:microglia', paper({ axisNodes: ['glia.microglia'] }))).toBe(true)
  })

  it('matches study type and what a paper has, negated too', () => {
    expect(matches('type:cohort has:pdf has:abstract has:doi -has:notes -has:fulltext')).toBe(true)
    expect(matches('type:rct')).toBe(false)
    expect(matches('-type:cohort')).toBe(false)
  })

  it('ignores words and phrases: they are the index\'s job', () => {
    expect(matches('nothing-like-this "nor this"')).toBe(true)
  })
})

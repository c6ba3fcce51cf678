import { describe, expect, it } from 'vitest'
import { parsePubmedEfetch, type PubmedArticle } from '../../../shared/lookup'
import { matchesFilters, parseQuery, summarisePaper, type PaperSummary } from '../../../shared/search'
import { HAS_ONLINE, onlineText } from '../lookup/corpus'

function article(pmid: string): PubmedArticle {
  const parsed = parsePubmedEfetch(onlineText(`eutils/efetch_pubmed_${pmid}.xml`))
  if (!parsed.ok) throw new Error(parsed.error.message)
  const found = parsed.value[0]
  if (!found) throw new Error(`no article in efetch_pubmed_${pmid}.xml`)
  return found
}

/** A paper as the library stores a PubMed record: its MeSH, types and keywords beside the CSL item. */
function summaryOf(pmid: string): PaperSummary {
  const { item, mesh, publicationTypes, keywords, retraction } = article(pmid)
  return summarisePaper(
    {
      id: pmid,
      citationKey: `pmid${pmid}`,
      csl: item,
      addedAt: 1,
      modifiedAt: 1,
      axisNodes: [],
      tags: [],
      collections: [],
      extension: { mesh, publicationTypes, keywords },
      retraction: retraction ? { status: retraction.status } : undefined,
    },
    { hasPdf: false, hasFullText: false, hasNotes: false },
  )
}

function matches(query: string, paper: PaperSummary): boolean {
  const parsed = parseQuery(query)
  expect(parsed.errors).toEqual([])
  return matchesFilters(paper, parsed)
}

describe.skipIf(!HAS_ONLINE)('mesh:, pubtype: and is: on real PubMed records', () => {
  it('mesh: matches a whole descriptor, any case and punctuation; a trailing * matches its beginning', () => {
    const guideline = summaryOf('34843274')
    expect(guideline.mesh).toContain('Depressive Disorder')
    expect(matches('mesh:"depressive disorder"', guideline)).toBe(true)
    expect(matches('mesh:Depression', guideline)).toBe(true)
    expect(matches('mesh:depress', guideline)).toBe(false)
    expect(matches('mesh:depress*', guideline)).toBe(true)
    expect(matches('mesh:"Societies Scientific"', guideline)).toBe(true)
    expect(matches('-mesh:"Depressive Disorder, Major"', guideline)).toBe(true)
    expect(matches('mesh:"Depressive Disorder, Major"', guideline)).toBe(false)
  })

  it('pubtype: matches a publication type with hyphens, spaces and case forgiven', () => {
    const metaAnalysis = summaryOf('35830032')
    const rct = summaryOf('23121403')
    expect(matches('pubtype:meta-analysis', metaAnalysis)).toBe(true)
    expect(matches('pubtype:"Meta Analysis"', metaAnalysis)).toBe(true)
    expect(matches('pubtype:meta-analysis', rct)).toBe(false)
    expect(matches('pubtype:"randomized controlled trial"', rct)).toBe(true)
    expect(matches('pubtype:Randomized-Controlled-Trial', rct)).toBe(true)
    expect(matches('pubtype:randomized', rct)).toBe(false)
  })

  it('is:corrected finds the article PubMed links to an erratum (35649368); is:retracted does not', () => {
    const corrected = summaryOf('35649368')
    expect(corrected.retraction).toBe('corrected')
    expect(matches('is:corrected', corrected)).toBe(true)
    expect(matches('is:retracted', corrected)).toBe(false)
    expect(matches('is:retracted', summaryOf('23121403'))).toBe(false)
  })

  it('keeps the major topics apart (the starred descriptors)', () => {
    expect(summaryOf('35649368').meshMajor).toEqual(['Mitochondrial Membranes', 'Triple Negative Breast Neoplasms'])
  })
})

describe('parsing the registry terms', () => {
  it('reads mesh:, pubtype: and is: as conditions, negation included', () => {
    expect(parseQuery('mesh:"Depressive Disorder, Major" -pubtype:Review is:retracted').conditions).toEqual([
      { kind: 'mesh', value: 'depressive disorder major', prefix: false, negated: false },
      { kind: 'pubtype', value: 'review', negated: true },
      { kind: 'is', status: 'retracted', negated: false },
    ])
    expect(parseQuery('is:concern').conditions).toEqual([{ kind: 'is', status: 'expression-of-concern', negated: false }])
  })

  it('says in words what is: accepts, and that mesh: needs a value', () => {
    const unknown = parseQuery('is:withdrawn microglia')
    expect(unknown.errors[0]?.code).toBe('UNKNOWN_IS')
    expect(unknown.errors[0]?.message).toContain('is:retracted')
    expect(unknown.words).toEqual(['microglia'])
    expect(parseQuery('mesh:*').errors[0]?.code).toBe('EMPTY_VALUE')
  })
})

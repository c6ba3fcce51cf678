import { describe, expect, it } from 'vitest'
import { parseQuery } from '../../../shared/search'
import { combinedQuery, toggleFacet, type FacetTerm } from '../../../renderer/src/features/library'

describe('sidebar facets of publication types, MeSH and retractions', () => {
  it('adds publication types and MeSH topics up (a paper has several), holds one retraction status', () => {
    let facets: FacetTerm[] = []
    facets = toggleFacet(facets, { field: 'pubtype', value: 'Journal Article' })
    facets = toggleFacet(facets, { field: 'pubtype', value: 'Randomized Controlled Trial' })
    facets = toggleFacet(facets, { field: 'mesh', value: 'Depressive Disorder, Major' })
    facets = toggleFacet(facets, { field: 'is', value: 'retracted' })
    facets = toggleFacet(facets, { field: 'is', value: 'corrected' })
    expect(facets).toEqual([
      { field: 'pubtype', value: 'Journal Article' },
      { field: 'pubtype', value: 'Randomized Controlled Trial' },
      { field: 'mesh', value: 'Depressive Disorder, Major' },
      { field: 'is', value: 'corrected' },
    ])
    expect(toggleFacet(facets, { field: 'pubtype', value: 'Journal Article' })).toHaveLength(3)
  })

  it('turns them into terms the search language reads back exactly', () => {
    const query = combinedQuery('microglia', { axis: [], facets: [{ field: 'mesh', value: 'Depressive Disorder, Major' }, { field: 'pubtype', value: 'Meta-Analysis' }, { field: 'is', value: 'concern' }] })
    expect(query).toBe('microglia mesh:"Depressive Disorder, Major" pubtype:Meta-Analysis is:concern')
    const parsed = parseQuery(query)
    expect(parsed.errors).toEqual([])
    expect(parsed.conditions).toEqual([
      { kind: 'mesh', value: 'depressive disorder major', prefix: false, negated: false },
      { kind: 'pubtype', value: 'meta analysis', negated: false },
      { kind: 'is', status: 'expression-of-concern', negated: false },
    ])
  })
})

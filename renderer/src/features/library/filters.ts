/** A facet the user clicked in the sidebar: it narrows the list like a fielded term. */
export interface FacetTerm {
  field: 'type' | 'tag' | 'year' | 'journal' | 'has' | 'pubtype' | 'mesh' | 'is'
  value: string
}

/** What the sidebar narrows the list by: axis nodes and pathways (from the tree and the map), and facets. */
export interface ListFilters {
  /** Node ids and `pathway:<id>`s; a paper must carry every one. */
  axis: string[]
  facets: FacetTerm[]
}

export const NO_FILTERS: ListFilters = { axis: [], facets: [] }

function quoted(value: string): string {
  const clean = value.replace(/"/g, '')
  return /\s/.test(clean) ? `"${clean}"` : clean
}

/** The filters as terms of the search language, appended to what the user typed. */
export function filterQuery(filters: ListFilters): string {
  const axis = filters.axis.map((id) => (id.startsWith('pathway:') ? id : `node:${id}`))
  const facets = filters.facets.map(({ field, value }) => `${field}:${quoted(value)}`)
  return [...axis, ...facets].join(' ')
}

/** The search box's text and the filters as one query: the box first, so its error positions hold. */
export function combinedQuery(query: string, filters: ListFilters): string {
  const terms = filterQuery(filters)
  return terms ? `${query} ${terms}`.trim() : query
}

/** Fields a paper has several values of: their facets add up, like tags. */
const MANY_VALUED: ReadonlySet<FacetTerm['field']> = new Set(['tag', 'pubtype', 'mesh'])

/**
 * Clicking a facet: a second click removes it; tags, publication types and MeSH add up (a
 * paper must carry each), any other field holds one value at a time (a paper has one year,
 * journal and study type).
 */
export function toggleFacet(facets: readonly FacetTerm[], term: FacetTerm): FacetTerm[] {
  if (facets.some((item) => item.field === term.field && item.value === term.value)) return facets.filter((item) => item.field !== term.field || item.value !== term.value)
  if (MANY_VALUED.has(term.field)) return [...facets, term]
  return [...facets.filter((item) => item.field !== term.field), term]
}

export function hasFacet(facets: readonly FacetTerm[], field: FacetTerm['field'], value: string): boolean {
  return facets.some((item) => item.field === field && item.value === value)
}

export function isFiltered(filters: ListFilters): boolean {
  return filters.axis.length + filters.facets.length > 0
}

import { useCallback, useState } from 'react'
import { parseQuery } from '../../../../shared/search'
import { nodeLabel, pathwayLabel, studyTypeLabel } from '../axis'
import { useFacets, useSearchClient, useSearchResults, type FacetCounts, type SearchClient, type SearchScope, type SearchState, type SortSpec } from '../../search'
import { NO_FILTERS, combinedQuery, isFiltered, toggleFacet, type FacetTerm, type ListFilters } from './filters'
import { useLibraryCount } from './useLibraryCount'
import { useListSettings, type ListSettings } from './useListSettings'

/** Which papers the list starts from, before the search and the filters. */
export type ListScope = { kind: 'library' } | { kind: 'trash' } | { kind: 'collection'; id: string; name: string }

export interface LibraryView {
  client: SearchClient | undefined
  /** What the search box holds. */
  query: string
  setQuery: (query: string) => void
  filters: ListFilters
  /** A node or `pathway:<id>` from the tree or the map; with `combine` (Shift) added to the others. */
  toggleAxis: (id: string, combine: boolean) => void
  toggleFacet: (term: FacetTerm) => void
  clearFilters: () => void
  filterLabels: string[]
  scope: ListScope
  setScope: (scope: ListScope) => void
  /** Opens the library, the trash or a collection afresh: the search and the filters cleared. */
  openScope: (scope: ListScope) => void
  searchScope: SearchScope
  /** 'relevance' while the query has words and no header was clicked since. */
  sort: SortSpec | 'relevance'
  setSort: (sort: SortSpec) => void
  settings: ListSettings
  search: SearchState
  facets: FacetCounts | undefined
  /** Papers in the library, the trash left out (whatever the list shows); undefined until known. */
  libraryCount: number | undefined
  /** Why the facet counts could not be updated, in words. */
  facetsFailure?: string
  /** Back to every paper in the library. */
  showAll: () => void
}

function hasWords(query: string): boolean {
  const parsed = parseQuery(query)
  return parsed.words.length + parsed.phrases.length > 0
}

/** A click selects one item (a second click on the only selected one clears it); with Shift it is added or removed. */
export function toggleSelection(current: readonly string[], id: string, combine: boolean): string[] {
  if (combine) return current.includes(id) ? current.filter((item) => item !== id) : [...current, id]
  return current.length === 1 && current[0] === id ? [] : [id]
}

const HAS_LABELS: Record<string, string> = { pdf: 'Has PDF' }
const IS_LABELS: Record<string, string> = { retracted: 'Retracted', concern: 'Expression of concern', corrected: 'Corrected', 'new-version': 'New version' }

function facetLabel({ field, value }: FacetTerm): string {
  if (field === 'type') return studyTypeLabel(value)
  if (field === 'tag') return `#${value}`
  if (field === 'has') return HAS_LABELS[value] ?? `has ${value}`
  if (field === 'is') return IS_LABELS[value] ?? `is ${value}`
  if (field === 'mesh') return `MeSH: ${value}`
  return value
}

/**
 * The list's state: the search box, the sidebar's filters and the scope (library, a
 * collection, the trash), combined into one query for the search worker; the answer, the
 * facet counts of what it found, and the remembered columns and sort.
 */
export function useLibraryView(): LibraryView {
  const client = useSearchClient()
  const settings = useListSettings()
  const [query, setQueryText] = useState('')
  const [filters, setFilters] = useState<ListFilters>(NO_FILTERS)
  const [scope, setScope] = useState<ListScope>({ kind: 'library' })
  const [sortChosen, setSortChosen] = useState(false)
  const full = combinedQuery(query, filters)
  const sort = hasWords(query) && !sortChosen ? 'relevance' : settings.sort
  const searchScope: SearchScope = { collectionId: scope.kind === 'collection' ? scope.id : undefined, trash: scope.kind === 'trash' }
  const search = useSearchResults(client, full, { sort, ...searchScope })
  const { counts: facets, failure: facetsFailure } = useFacets(client, full, searchScope)
  const libraryCount = useLibraryCount(client, search.status.state)
  const { setSort: saveSort } = settings

  const setQuery = useCallback((next: string) => {
    setQueryText(next)
    if (!next.trim()) setSortChosen(false)
  }, [])
  const setSort = useCallback(
    (next: SortSpec) => {
      setSortChosen(true)
      saveSort(next)
    },
    [saveSort],
  )
  const clearFilters = useCallback(() => setFilters(NO_FILTERS), [])
  const openScope = useCallback(
    (next: ListScope) => {
      setScope(next)
      setFilters(NO_FILTERS)
      setQuery('')
    },
    [setQuery],
  )
  const showAll = useCallback(() => openScope({ kind: 'library' }), [openScope])

  return {
    client,
    query,
    setQuery,
    filters,
    toggleAxis: (id, combine) => setFilters((current) => ({ ...current, axis: toggleSelection(current.axis, id, combine) })),
    toggleFacet: (term) => setFilters((current) => ({ ...current, facets: toggleFacet(current.facets, term) })),
    clearFilters,
    filterLabels: isFiltered(filters) ? [...filters.axis.map((id) => (id.startsWith('pathway:') ? pathwayLabel(id.slice(8)) : nodeLabel(id))), ...filters.facets.map(facetLabel)] : [],
    scope,
    setScope,
    openScope,
    searchScope,
    sort,
    setSort,
    settings,
    search,
    facets,
    libraryCount,
    facetsFailure,
    showAll,
  }
}

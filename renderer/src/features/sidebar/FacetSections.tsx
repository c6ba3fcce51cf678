import type { ReactNode } from 'react'
import { hasFacet, type FacetTerm, type LibraryView } from '../library'
import { FacetList } from './FacetList'

const SHOWN = { tags: 15, years: 12, journals: 10 }

/** Tags, years, journals and PDFs of the papers in the list, with counts, each a filter. */
export function FacetSections({ list }: { list: LibraryView }) {
  const { facets, filters } = list
  const isActive = (field: FacetTerm['field']) => (value: string) => hasFacet(filters.facets, field, value)
  const toggle = (field: FacetTerm['field']) => (value: string) => list.toggleFacet({ field, value })
  const section = (id: string, heading: string, body: ReactNode) => (
    <section aria-labelledby={`sidebar-${id}`}>
      <h2 id={`sidebar-${id}`} className="sidebar__heading">{heading}</h2>
      {body}
    </section>
  )
  if (!facets) return null
  return (
    <>
      {section('files', 'Files', <FacetList label="Files" items={[{ value: 'pdf', label: 'Has PDF', count: facets.hasPdf }]} isActive={isActive('has')} onToggle={toggle('has')} empty="" />)}
      {section('tags', 'Tags', <FacetList label="Tags" items={facets.tags.slice(0, SHOWN.tags).map(([tag, count]) => ({ value: tag, label: tag, count }))} isActive={isActive('tag')} onToggle={toggle('tag')} empty="No tags in this list." />)}
      {section('years', 'Year', <FacetList label="Years" items={facets.years.slice(0, SHOWN.years).map(([year, count]) => ({ value: String(year), label: String(year), count }))} isActive={isActive('year')} onToggle={toggle('year')} empty="No years in this list." />)}
      {section('journals', 'Journal', <FacetList label="Journals" items={facets.journals.slice(0, SHOWN.journals).map(([journal, count]) => ({ value: journal, label: journal, count }))} isActive={isActive('journal')} onToggle={toggle('journal')} empty="No journals in this list." />)}
    </>
  )
}

import type { ReactNode } from 'react'
import { hasFacet, type FacetTerm, type LibraryView } from '../library'
import { FacetList } from './FacetList'

const SHOWN = { tags: 15, years: 12, journals: 10, publicationTypes: 12, meshMajor: 12 }

/** Registry statuses as `is:` values and their names, strongest first. */
const STATUSES: readonly { status: string; value: string; label: string }[] = [
  { status: 'retracted', value: 'retracted', label: 'Retracted' },
  { status: 'expression-of-concern', value: 'concern', label: 'Expression of concern' },
  { status: 'corrected', value: 'corrected', label: 'Corrected' },
  { status: 'new-version', value: 'new-version', label: 'New version' },
]

/**
 * Tags, years, journals, PDFs, retraction statuses, publication types and MeSH major topics
 * of the papers in the list, with counts, each a filter. The registry's sections are left
 * out while no paper in the list has any.
 */
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
  const statuses = STATUSES.filter(({ status }) => (facets.retractions[status] ?? 0) > 0).map(({ status, value, label }) => ({ value, label, count: facets.retractions[status] ?? 0 }))
  return (
    <>
      {statuses.length > 0 && section('status', 'Retractions', <FacetList label="Retractions" items={statuses} isActive={isActive('is')} onToggle={toggle('is')} empty="" />)}
      {section('files', 'Files', <FacetList label="Files" items={[{ value: 'pdf', label: 'Has PDF', count: facets.hasPdf }]} isActive={isActive('has')} onToggle={toggle('has')} empty="" />)}
      {section('tags', 'Tags', <FacetList label="Tags" items={facets.tags.slice(0, SHOWN.tags).map(([tag, count]) => ({ value: tag, label: tag, count }))} isActive={isActive('tag')} onToggle={toggle('tag')} empty="No tags in this list." />)}
      {section('years', 'Year', <FacetList label="Years" items={facets.years.slice(0, SHOWN.years).map(([year, count]) => ({ value: String(year), label: String(year), count }))} isActive={isActive('year')} onToggle={toggle('year')} empty="No years in this list." />)}
      {facets.publicationTypes.length > 0 && section('pubtypes', 'Publication type', <FacetList label="Publication types" items={facets.publicationTypes.slice(0, SHOWN.publicationTypes).map(([type, count]) => ({ value: type, label: type, count }))} isActive={isActive('pubtype')} onToggle={toggle('pubtype')} empty="" />)}
      {facets.meshMajor.length > 0 && section('mesh', 'MeSH major topics', <FacetList label="MeSH major topics" items={facets.meshMajor.slice(0, SHOWN.meshMajor).map(([heading, count]) => ({ value: heading, label: heading, count }))} isActive={isActive('mesh')} onToggle={toggle('mesh')} empty="" />)}
      {section('journals', 'Journal', <FacetList label="Journals" items={facets.journals.slice(0, SHOWN.journals).map(([journal, count]) => ({ value: journal, label: journal, count }))} isActive={isActive('journal')} onToggle={toggle('journal')} empty="No journals in this list." />)}
    </>
  )
}

import { STUDY_TYPES } from '../../../../shared/axis'

interface StudyTypeFacetProps {
  selected: string | undefined
  onSelect: (id: string | undefined) => void
  /** Papers per study type in the list as it stands (the search worker's facets); undefined while they are counted. */
  counts: Readonly<Record<string, number>> | undefined
}

/** Study types with how many papers carry each (accepted), as a filter. */
export function StudyTypeFacet({ selected, onSelect, counts }: StudyTypeFacetProps) {
  if (!counts) return null
  const present = STUDY_TYPES.filter((type) => (counts[type.id] ?? 0) > 0 || selected === type.id)
  if (present.length === 0) return <p className="sidebar__hint">Accept a study type on a paper to filter by it.</p>
  return (
    <ul className="sidebar__list" aria-label="Study types">
      {present.map((type) => (
        <li key={type.id}>
          <button type="button" className={`sidebar__item${selected === type.id ? ' is-active' : ''}`} aria-pressed={selected === type.id}
            onClick={() => onSelect(selected === type.id ? undefined : type.id)}>
            <span>{type.label}</span>
            <span className="count">{counts[type.id] ?? 0}</span>
          </button>
        </li>
      ))}
    </ul>
  )
}

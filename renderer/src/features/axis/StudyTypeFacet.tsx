import { useLiveQuery } from 'dexie-react-hooks'
import { STUDY_TYPES } from '../../../../shared/axis'
import { useDatabase } from '../../db'

interface StudyTypeFacetProps {
  selected: string | undefined
  onSelect: (id: string | undefined) => void
  /** Papers per study type within the list as narrowed; the library's own counts when absent. */
  counts?: Readonly<Record<string, number>>
}

/** Study types with how many papers carry each (accepted), as a filter. */
export function StudyTypeFacet({ selected, onSelect, counts: narrowed }: StudyTypeFacetProps) {
  const db = useDatabase()
  const library = useLiveQuery(async () => new Map(await Promise.all(STUDY_TYPES.map(async (type) => [type.id, await db.papers.where('studyType').equals(type.id).count()] as const))), [db])
  const counts = narrowed ? new Map(Object.entries(narrowed)) : library
  const present = STUDY_TYPES.filter((type) => (counts?.get(type.id) ?? 0) > 0 || selected === type.id)
  if (present.length === 0) return <p className="sidebar__hint">Accept a study type on a paper to filter by it.</p>
  return (
    <ul className="sidebar__list" aria-label="Study types">
      {present.map((type) => (
        <li key={type.id}>
          <button type="button" className={`sidebar__item${selected === type.id ? ' is-active' : ''}`} aria-pressed={selected === type.id}
            onClick={() => onSelect(selected === type.id ? undefined : type.id)}>
            <span>{type.label}</span>
            <span className="count">{counts?.get(type.id) ?? 0}</span>
          </button>
        </li>
      ))}
    </ul>
  )
}

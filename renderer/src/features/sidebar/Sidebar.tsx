import { useCollections, useLibraryPaperCount } from '../../db'
import { AxisTree, StudyTypeFacet } from '../axis'

interface SidebarProps {
  view: 'list' | 'map' | 'duplicates'
  axisSelection: readonly string[]
  onShowAll: () => void
  onShowMap: () => void
  onShowDuplicates: () => void
  onToggleAxis: (id: string, combine: boolean) => void
  studyType: string | undefined
  onStudyType: (id: string | undefined) => void
}

/** The left pane: the library, the user's collections, and the MGIG axis. */
export function Sidebar({ view, axisSelection, onShowAll, onShowMap, onShowDuplicates, onToggleAxis, studyType, onStudyType }: SidebarProps) {
  const count = useLibraryPaperCount()
  const collections = useCollections()
  const allActive = view === 'list' && axisSelection.length === 0 && !studyType
  return (
    <nav className="sidebar" aria-label="Library navigation">
      <section aria-labelledby="sidebar-library">
        <h2 id="sidebar-library" className="sidebar__heading">
          Library
        </h2>
        <ul className="sidebar__list">
          <li>
            <button type="button" className={`sidebar__item${allActive ? ' is-active' : ''}`} aria-current={allActive ? 'page' : undefined} onClick={onShowAll}>
              <span>All papers</span>
              <span className="count">{count ?? ''}</span>
            </button>
          </li>
          <li>
            <button type="button" className={`sidebar__item${view === 'duplicates' ? ' is-active' : ''}`} aria-current={view === 'duplicates' ? 'page' : undefined} onClick={onShowDuplicates}>
              <span>Duplicates</span>
            </button>
          </li>
        </ul>
      </section>
      <section aria-labelledby="sidebar-collections">
        <h2 id="sidebar-collections" className="sidebar__heading">
          Collections
        </h2>
        {collections && collections.length > 0 ? (
          <ul className="sidebar__list">
            {collections.map((collection) => (
              <li key={collection.id} className="sidebar__item">
                {collection.name}
              </li>
            ))}
          </ul>
        ) : (
          <p className="sidebar__hint">No collections yet.</p>
        )}
      </section>
      <section aria-labelledby="sidebar-axis">
        <h2 id="sidebar-axis" className="sidebar__heading">
          Axis
        </h2>
        <ul className="sidebar__list">
          <li>
            <button type="button" className={`sidebar__item${view === 'map' ? ' is-active' : ''}`} aria-current={view === 'map' ? 'page' : undefined} onClick={onShowMap}>
              <span>Axis map</span>
            </button>
          </li>
        </ul>
        <AxisTree selection={axisSelection} onToggle={onToggleAxis} />
      </section>
      <section aria-labelledby="sidebar-study-type">
        <h2 id="sidebar-study-type" className="sidebar__heading">
          Study type
        </h2>
        <StudyTypeFacet selected={studyType} onSelect={onStudyType} />
      </section>
    </nav>
  )
}

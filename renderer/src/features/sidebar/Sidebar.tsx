import { useCollections, useLibraryPaperCount } from '../../db'

/** The left pane: the library, the user's collections, and the MGIG axis. */
export function Sidebar() {
  const count = useLibraryPaperCount()
  const collections = useCollections()
  return (
    <nav className="sidebar" aria-label="Library navigation">
      <section aria-labelledby="sidebar-library">
        <h2 id="sidebar-library" className="sidebar__heading">
          Library
        </h2>
        <ul className="sidebar__list">
          <li className="sidebar__item is-active" aria-current="page">
            <span>All papers</span>
            <span className="count">{count ?? ''}</span>
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
        <p className="sidebar__hint">Microbiota → gut → immune → glia → brain → depression. Tagged papers appear here by node.</p>
      </section>
    </nav>
  )
}

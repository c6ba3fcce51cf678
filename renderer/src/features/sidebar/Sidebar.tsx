import { useState } from 'react'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { FailureNotice } from '../../components/FailureNotice'
import { useCollections, useSavedSearches, useTrashCount, type CollectionRecord } from '../../db'
import { AxisTree, StudyTypeFacet } from '../axis'
import { combinedQuery, type LibraryActions, type LibraryView } from '../library'
import { CollectionTree } from './CollectionTree'
import { FacetSections } from './FacetSections'
import { SavedSearchList } from './SavedSearchList'
import './sidebar.css'

interface SidebarProps {
  view: 'list' | 'map' | 'duplicates'
  list: LibraryView
  actions: LibraryActions
  onShowList: () => void
  onShowMap: () => void
  onShowDuplicates: () => void
}

/** The left pane: the library and its trash, saved searches, collections, the MGIG axis and the facets. */
export function Sidebar({ view, list, actions, onShowList, onShowMap, onShowDuplicates }: SidebarProps) {
  const trashCount = useTrashCount()
  const collections = useCollections()
  const savedSearches = useSavedSearches()
  const [deleting, setDeleting] = useState<CollectionRecord>()
  const { scope, filters, facets, libraryCount: count } = list
  const narrowed = list.query.trim() !== '' || filters.axis.length + filters.facets.length > 0 || scope.kind !== 'library'
  const allActive = view === 'list' && scope.kind === 'library' && !narrowed
  const open = (next: LibraryView['scope']) => {
    list.openScope(next)
    onShowList()
  }
  const item = (label: string, active: boolean, onClick: () => void, badge?: number) => (
    <button type="button" className={`sidebar__item${active ? ' is-active' : ''}`} aria-current={active ? 'page' : undefined} onClick={onClick}>
      <span>{label}</span>
      {badge !== undefined && <span className="count">{badge.toLocaleString('en')}</span>}
    </button>
  )
  return (
    <nav className="sidebar" aria-label="Library navigation">
      <section aria-labelledby="sidebar-library">
        <h2 id="sidebar-library" className="sidebar__heading">Library</h2>
        <ul className="sidebar__list">
          <li>{item('All papers', allActive, () => {
            list.showAll()
            onShowList()
          }, count)}</li>
          <li>{item('Duplicates', view === 'duplicates', onShowDuplicates)}</li>
          <li>{item('Trash', view === 'list' && scope.kind === 'trash', () => open({ kind: 'trash' }), trashCount)}</li>
        </ul>
      </section>
      <section aria-labelledby="sidebar-saved">
        <h2 id="sidebar-saved" className="sidebar__heading">Saved searches</h2>
        <SavedSearchList searches={savedSearches ?? []} currentQuery={combinedQuery(list.query, filters)} activeQuery={list.query}
          onOpen={(search) => {
            list.showAll()
            list.setQuery(search.query)
            onShowList()
          }}
          onSave={(name) => void actions.saveSearch(name, combinedQuery(list.query, filters))}
          onDelete={(search) => void actions.deleteSavedSearch(search.id)} />
      </section>
      <section aria-labelledby="sidebar-collections">
        <h2 id="sidebar-collections" className="sidebar__heading">Collections</h2>
        <CollectionTree collections={collections ?? []} activeId={scope.kind === 'collection' ? scope.id : undefined}
          onOpen={(collection) => open({ kind: 'collection', id: collection.id, name: collection.name })}
          onDropPapers={(id, ids) => void actions.addToCollection(id, collections?.find((collection) => collection.id === id)?.name ?? '', ids)}
          onCreate={(name, parentId) => void actions.createCollection(name, parentId)}
          onRename={(id, name) => {
            void actions.renameCollection(id, name)
            if (scope.kind === 'collection' && scope.id === id) list.setScope({ ...scope, name })
          }}
          onDelete={setDeleting} />
      </section>
      {list.facetsFailure && <FailureNotice message={list.facetsFailure} />}
      <section aria-labelledby="sidebar-axis">
        <h2 id="sidebar-axis" className="sidebar__heading">Axis</h2>
        <ul className="sidebar__list">
          <li>{item('Axis map', view === 'map', onShowMap)}</li>
        </ul>
        <AxisTree selection={filters.axis} onToggle={list.toggleAxis} counts={facets} />
      </section>
      <section aria-labelledby="sidebar-study-type">
        <h2 id="sidebar-study-type" className="sidebar__heading">Study type</h2>
        <StudyTypeFacet selected={filters.facets.find((term) => term.field === 'type')?.value} counts={facets?.studyTypes}
          onSelect={(id) => {
            const current = filters.facets.find((term) => term.field === 'type')
            if (id) list.toggleFacet({ field: 'type', value: id })
            else if (current) list.toggleFacet(current)
          }} />
      </section>
      <FacetSections list={list} />
      {deleting && (
        <ConfirmDialog title="Delete collection" confirmLabel="Delete collection"
          message={`Delete “${deleting.name}” and the collections inside it? The papers stay in the library.`}
          onCancel={() => setDeleting(undefined)}
          onConfirm={() => {
            void actions.deleteCollection(deleting.id, deleting.name)
            if (scope.kind === 'collection') list.setScope({ kind: 'library' })
            setDeleting(undefined)
          }} />
      )}
    </nav>
  )
}

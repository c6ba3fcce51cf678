import { useState } from 'react'
import type { SavedSearchRecord } from '../../db'
import { useActionTarget } from '../actions'
import { BoundMark } from './BoundMark'
import { NameForm } from './NameForm'

interface SavedSearchListProps {
  searches: readonly SavedSearchRecord[]
  /** The query in the search box, with the sidebar's filters: what "Save search" would keep. */
  currentQuery: string
  activeQuery: string
  onOpen: (search: SavedSearchRecord) => void
  onSave: (name: string) => void
  onDelete: (search: SavedSearchRecord) => void
}

/** Named queries: opening one runs it again, so its papers are always the library's current ones. */
export function SavedSearchList({ searches, currentQuery, activeQuery, onOpen, onSave, onDelete }: SavedSearchListProps) {
  const [naming, setNaming] = useState(false)
  const target = useActionTarget('searches.save')
  return (
    <>
      {searches.length > 0 ? (
        <ul className="sidebar__list" aria-label="Saved searches">
          {searches.map((search) => {
            const active = search.query === activeQuery
            return (
              <li key={search.id} className="sidebar__row">
                <button type="button" className={`sidebar__item${active ? ' is-active' : ''}`} aria-current={active ? 'page' : undefined} title={search.query} onClick={() => onOpen(search)}>
                  <span>{search.name}</span>
                  <BoundMark source={{ kind: 'savedSearch', id: search.id }} />
                </button>
                <button type="button" className="sidebar__remove" aria-label={`Delete saved search ${search.name}`} onClick={() => onDelete(search)}>
                  ✕
                </button>
              </li>
            )
          })}
        </ul>
      ) : (
        <p className="sidebar__hint">Type a search, then save it here.</p>
      )}
      {naming ? (
        <NameForm label="Saved search name" submitLabel="Save" onCancel={() => setNaming(false)} onSubmit={(name) => {
          onSave(name)
          setNaming(false)
        }} />
      ) : (
        <div className="sidebar__tools">
          <button type="button" className="button button--small" ref={target} disabled={!currentQuery.trim()} title={currentQuery || 'Type a search first'} onClick={() => setNaming(true)}>
            Save current search
          </button>
        </div>
      )}
    </>
  )
}

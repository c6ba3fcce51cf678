import { useState, type DragEvent } from 'react'
import type { CollectionRecord } from '../../db'
import { useActionTarget } from '../actions'
import { PAPER_DRAG_TYPE } from '../library'
import { BoundMark } from './BoundMark'
import { NameForm } from './NameForm'

interface CollectionTreeProps {
  collections: readonly CollectionRecord[]
  activeId: string | undefined
  onOpen: (collection: CollectionRecord) => void
  /** Papers dropped on a collection (dragged from the list). */
  onDropPapers: (collectionId: string, paperIds: string[]) => void
  onCreate: (name: string, parentId: string | undefined) => void
  onRename: (id: string, name: string) => void
  onDelete: (collection: CollectionRecord) => void
}

type Editing = { kind: 'new'; parentId?: string } | { kind: 'rename'; id: string } | null

function droppedPapers(event: DragEvent): string[] {
  return event.dataTransfer.getData(PAPER_DRAG_TYPE).split('\n').filter(Boolean)
}

/**
 * The user's collections as a tree (a collection can hold others). Papers dragged from
 * the list are added to the collection they are dropped on; the open collection can be
 * renamed, deleted or given a subcollection.
 */
export function CollectionTree({ collections, activeId, onOpen, onDropPapers, onCreate, onRename, onDelete }: CollectionTreeProps) {
  const [editing, setEditing] = useState<Editing>(null)
  const newCollection = useActionTarget('collections.new')
  const [dropTarget, setDropTarget] = useState<string>()
  const known = new Set(collections.map((collection) => collection.id))
  // a collection whose parent is gone (an old snapshot) shows at the top rather than not at all
  const parentOf = (collection: CollectionRecord) => (collection.parentId !== undefined && known.has(collection.parentId) ? collection.parentId : undefined)
  const childrenOf = (parentId: string | undefined) => collections.filter((collection) => parentOf(collection) === parentId)
  const active = collections.find((collection) => collection.id === activeId)

  function item(collection: CollectionRecord, depth: number) {
    const isActive = collection.id === activeId
    const classes = ['sidebar__item', `sidebar__item--nest${Math.min(depth, 4)}`, isActive ? 'is-active' : '', dropTarget === collection.id ? 'is-drop-target' : ''].filter(Boolean).join(' ')
    return (
      <li key={collection.id}>
        {editing?.kind === 'rename' && editing.id === collection.id ? (
          <NameForm label="Collection name" initial={collection.name} submitLabel="Rename" onCancel={() => setEditing(null)} onSubmit={(name) => {
            onRename(collection.id, name)
            setEditing(null)
          }} />
        ) : (
          <button type="button" className={classes} aria-current={isActive ? 'page' : undefined} onClick={() => onOpen(collection)}
            onDragOver={(event) => {
              if (!event.dataTransfer.types.includes(PAPER_DRAG_TYPE)) return
              event.preventDefault()
              event.dataTransfer.dropEffect = 'copy'
              setDropTarget(collection.id)
            }}
            onDragLeave={() => setDropTarget(undefined)}
            onDrop={(event) => {
              event.preventDefault()
              setDropTarget(undefined)
              const ids = droppedPapers(event)
              if (ids.length > 0) onDropPapers(collection.id, ids)
            }}>
            <span>{collection.name}</span>
            <BoundMark source={{ kind: 'collection', id: collection.id }} />
          </button>
        )}
        {editing?.kind === 'new' && editing.parentId === collection.id && <NameForm label="New subcollection name" submitLabel="Create" onCancel={() => setEditing(null)} onSubmit={(name) => {
          onCreate(name, collection.id)
          setEditing(null)
        }} />}
        {childrenOf(collection.id).length > 0 && <ul className="sidebar__list">{childrenOf(collection.id).map((child) => item(child, depth + 1))}</ul>}
      </li>
    )
  }

  return (
    <>
      {collections.length > 0 ? <ul className="sidebar__list" aria-label="Collections">{childrenOf(undefined).map((collection) => item(collection, 0))}</ul> : <p className="sidebar__hint">No collections yet.</p>}
      {editing?.kind === 'new' && editing.parentId === undefined && <NameForm label="New collection name" submitLabel="Create" onCancel={() => setEditing(null)} onSubmit={(name) => {
        onCreate(name, undefined)
        setEditing(null)
      }} />}
      <div className="sidebar__tools">
        <button type="button" className="button button--small" ref={newCollection} onClick={() => setEditing({ kind: 'new' })}>New collection</button>
        {active && (
          <>
            <button type="button" className="button button--small" onClick={() => setEditing({ kind: 'new', parentId: active.id })}>New subcollection</button>
            <button type="button" className="button button--small" onClick={() => setEditing({ kind: 'rename', id: active.id })}>Rename</button>
            <button type="button" className="button button--small" onClick={() => onDelete(active)}>Delete</button>
          </>
        )}
      </div>
    </>
  )
}

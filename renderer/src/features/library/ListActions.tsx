import { useState } from 'react'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { useCollections } from '../../db'
import type { LibraryActions } from './useLibraryActions'
import type { ListScope } from './useLibraryView'

interface ListActionsProps {
  scope: ListScope
  selectedIds: readonly string[]
  /** Papers in the trash (for Empty trash). */
  total: number
  actions: LibraryActions
}

/**
 * Buttons above the list for the selection: add to a collection and move to the trash,
 * or, in the trash, restore and empty (after a confirmation: that cannot be undone).
 */
export function ListActions({ scope, selectedIds, total, actions }: ListActionsProps) {
  const collections = useCollections()
  const [confirming, setConfirming] = useState(false)
  const none = selectedIds.length === 0
  if (scope.kind === 'trash') {
    return (
      <>
        <button type="button" className="button button--small" disabled={none} onClick={() => void actions.restore(selectedIds)}>
          Restore
        </button>
        <button type="button" className="button button--small" disabled={total === 0} onClick={() => setConfirming(true)}>
          Empty trash…
        </button>
        {confirming && (
          <ConfirmDialog
            title="Empty trash"
            message={`Delete the ${total.toLocaleString('en')} paper${total === 1 ? '' : 's'} in the trash for good, with their notes and annotations? This cannot be undone.`}
            confirmLabel="Empty trash"
            onCancel={() => setConfirming(false)}
            onConfirm={() => {
              setConfirming(false)
              void actions.emptyTrash()
            }}
          />
        )}
      </>
    )
  }
  return (
    <>
      <select
        className="button button--small"
        aria-label="Add selected papers to a collection"
        disabled={none || !collections || collections.length === 0}
        value=""
        onChange={(event) => {
          const collection = collections?.find((item) => item.id === event.target.value)
          if (collection) void actions.addToCollection(collection.id, collection.name, selectedIds)
        }}
      >
        <option value="">Add to collection…</option>
        {collections?.map((collection) => (
          <option key={collection.id} value={collection.id}>
            {collection.name}
          </option>
        ))}
      </select>
      {scope.kind === 'collection' && (
        <button type="button" className="button button--small" disabled={none} onClick={() => void actions.removeFromCollection(scope.id, scope.name, selectedIds)}>
          Remove from collection
        </button>
      )}
      <button type="button" className="button button--small" disabled={none} title="Delete" onClick={() => void actions.trash(selectedIds)}>
        Move to trash
      </button>
    </>
  )
}

import { useMemo } from 'react'
import {
  addToCollection,
  createCollection,
  deleteCollection,
  deleteSavedSearch,
  removeFromCollection,
  renameCollection,
  restorePapers,
  saveSearch,
  trashPapers,
  useDatabase,
} from '../../db'
import { useApi } from '../../ipc/ApiContext'
import { emptyTrashAndRemoveFiles } from './emptyTrash'

export interface LibraryActions {
  trash(ids: readonly string[]): Promise<void>
  restore(ids: readonly string[]): Promise<void>
  emptyTrash(): Promise<void>
  createCollection(name: string, parentId?: string): Promise<void>
  renameCollection(id: string, name: string): Promise<void>
  deleteCollection(id: string, name: string): Promise<void>
  addToCollection(collectionId: string, name: string, ids: readonly string[]): Promise<void>
  removeFromCollection(collectionId: string, name: string, ids: readonly string[]): Promise<void>
  saveSearch(name: string, query: string): Promise<void>
  deleteSavedSearch(id: string): Promise<void>
}

function papers(count: number): string {
  return `${count.toLocaleString('en')} paper${count === 1 ? '' : 's'}`
}

/**
 * The list's and the sidebar's writes, through the db's repository functions; each says
 * what it did (or why it could not) on the status line.
 */
export function useLibraryActions(report: (message: string) => void): LibraryActions {
  const db = useDatabase()
  const api = useApi()
  return useMemo(() => {
    const attempt = async (run: () => Promise<string>): Promise<void> => {
      try {
        report(await run())
      } catch (error) {
        report(error instanceof Error ? error.message : String(error))
      }
    }
    return {
      trash: (ids) => attempt(async () => `Moved ${papers(await trashPapers(db, ids))} to the trash.`),
      restore: (ids) => attempt(async () => `Restored ${papers(await restorePapers(db, ids))} from the trash.`),
      emptyTrash: () => attempt(() => emptyTrashAndRemoveFiles(db, api)),
      createCollection: (name, parentId) => attempt(async () => `Created the collection “${(await createCollection(db, name, parentId)).name}”.`),
      renameCollection: (id, name) => attempt(async () => {
        await renameCollection(db, id, name)
        return `Renamed the collection to “${name.trim()}”.`
      }),
      deleteCollection: (id, name) => attempt(async () => {
        await deleteCollection(db, id)
        return `Deleted the collection “${name}”; its papers are still in the library.`
      }),
      addToCollection: (collectionId, name, ids) => attempt(async () => `Added ${papers(await addToCollection(db, collectionId, ids))} to “${name}”.`),
      removeFromCollection: (collectionId, name, ids) => attempt(async () => `Took ${papers(await removeFromCollection(db, collectionId, ids))} out of “${name}”; they are still in the library.`),
      saveSearch: (name, query) => attempt(async () => `Saved the search “${(await saveSearch(db, name, query)).name}”.`),
      deleteSavedSearch: (id) => attempt(async () => {
        await deleteSavedSearch(db, id)
        return 'Deleted the saved search.'
      }),
    }
  }, [db, api, report])
}

import { useCallback, useEffect, useRef, useState } from 'react'
import { EDIT_KEYS, matchesAny } from '../actions'
import { applyEdit, invertEdit, useDatabase, type EditPatch } from '../../db'
import { dropEntry, emptyUndoStack, recordEdit, redoStep, undoStep, type UndoStack } from './undoStack'

/** An edit with the words the notice uses for it ("Edited title", "Added a note"). */
export interface EditEntry {
  label: string
  patch: EditPatch
}

export interface EditHistory {
  /** Saves an edit and remembers it for undo; resolves false (and says why) if it could not be saved. */
  commit(label: string, patch: EditPatch): Promise<boolean>
  undo(): Promise<void>
  redo(): Promise<void>
  canUndo: boolean
  canRedo: boolean
  /** What happened last, in words: "Edited title", "Undone: Edited title", or why it failed. */
  notice: string | undefined
}

/**
 * The session's undo history over the repository. Calls run one after another, so two
 * quick Ctrl+Z never undo the same edit twice. Ctrl+Z undoes and Ctrl+Shift+Z or Ctrl+Y
 * redoes while the focus is not in a text field (there the browser's own undo applies).
 */
export function useEditHistory(): EditHistory {
  const db = useDatabase()
  const stack = useRef<UndoStack<EditEntry>>(emptyUndoStack())
  const queue = useRef<Promise<unknown>>(Promise.resolve())
  const [shown, setShown] = useState<UndoStack<EditEntry>>(emptyUndoStack)
  const [notice, setNotice] = useState<string>()

  const update = useCallback((next: UndoStack<EditEntry>, message: string) => {
    stack.current = next
    setShown(next)
    setNotice(message)
  }, [])

  const serial = useCallback(<T>(task: () => Promise<T>): Promise<T> => {
    // the next task runs after this one whether it worked or not (`then(task, task)`); its
    // failure reaches the caller through `run`
    const run = queue.current.then(task, task)
    queue.current = run
    return run
  }, [])

  const commit = useCallback(
    (label: string, patch: EditPatch) =>
      serial(async () => {
        try {
          await applyEdit(db, patch)
        } catch (error) {
          setNotice(`Not saved (${label.toLowerCase()}): ${messageOf(error)}`)
          return false
        }
        update(recordEdit(stack.current, { label, patch }), label)
        return true
      }),
    [db, serial, update],
  )

  const step = useCallback(
    (direction: 'undo' | 'redo') =>
      serial(async () => {
        const next = direction === 'undo' ? undoStep(stack.current) : redoStep(stack.current)
        if (!next) return
        try {
          await applyEdit(db, direction === 'undo' ? invertEdit(next.entry.patch) : next.entry.patch)
          update(next.stack, `${direction === 'undo' ? 'Undone' : 'Redone'}: ${next.entry.label}`)
        } catch (error) {
          update(dropEntry(stack.current, next.entry), `Could not ${direction} (${next.entry.label.toLowerCase()}): ${messageOf(error)}`)
        }
      }),
    [db, serial, update],
  )
  const undo = useCallback(() => step('undo'), [step])
  const redo = useCallback(() => step('redo'), [step])

  useEffect(() => listenForUndoKeys(undo, redo), [undo, redo])

  return { commit, undo, redo, canUndo: shown.done.length > 0, canRedo: shown.undone.length > 0, notice }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** The registry's undo and redo keys (Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z and Ctrl/Cmd+Y) outside text fields. */
export function listenForUndoKeys(undo: () => void, redo: () => void): () => void {
  const keydown = (event: KeyboardEvent) => {
    if (event.defaultPrevented) return
    const action = matchesAny(event, EDIT_KEYS.undo) ? undo : matchesAny(event, EDIT_KEYS.redo) ? redo : undefined
    if (!action) return
    event.preventDefault()
    action()
  }
  window.addEventListener('keydown', keydown)
  return () => window.removeEventListener('keydown', keydown)
}

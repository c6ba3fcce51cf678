/**
 * The session's edit history as a pure value: edits done (newest last) and edits undone
 * (next to redo last). A new edit clears what was undone, as in every editor.
 */
export interface UndoStack<T> {
  done: readonly T[]
  undone: readonly T[]
}

export const UNDO_LIMIT = 200

export function emptyUndoStack<T>(): UndoStack<T> {
  return { done: [], undone: [] }
}

/** The stack after a new edit; the oldest edits fall off beyond `limit`. */
export function recordEdit<T>(stack: UndoStack<T>, entry: T, limit = UNDO_LIMIT): UndoStack<T> {
  return { done: [...stack.done, entry].slice(-limit), undone: [] }
}

/** The edit to undo and the stack once it is undone, or undefined when there is none. */
export function undoStep<T>(stack: UndoStack<T>): { entry: T; stack: UndoStack<T> } | undefined {
  const entry = stack.done.at(-1)
  if (entry === undefined) return undefined
  return { entry, stack: { done: stack.done.slice(0, -1), undone: [...stack.undone, entry] } }
}

/** The edit to redo and the stack once it is redone, or undefined when there is none. */
export function redoStep<T>(stack: UndoStack<T>): { entry: T; stack: UndoStack<T> } | undefined {
  const entry = stack.undone.at(-1)
  if (entry === undefined) return undefined
  return { entry, stack: { done: [...stack.done, entry], undone: stack.undone.slice(0, -1) } }
}

/** The stack without an entry that can no longer be applied (its record changed or went). */
export function dropEntry<T>(stack: UndoStack<T>, entry: T): UndoStack<T> {
  return { done: stack.done.filter((other) => other !== entry), undone: stack.undone.filter((other) => other !== entry) }
}

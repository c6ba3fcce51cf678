import { describe, expect, it } from 'vitest'
import { dropEntry, emptyUndoStack, recordEdit, redoStep, undoStep } from '../../../renderer/src/features/details/undoStack'

describe('the undo stack', () => {
  it('undoes the newest edit first and redoes in the order undone', () => {
    let stack = recordEdit(recordEdit(emptyUndoStack<string>(), 'title'), 'year')
    const first = undoStep(stack)
    expect(first?.entry).toBe('year')
    stack = first!.stack
    const second = undoStep(stack)
    expect(second?.entry).toBe('title')
    stack = second!.stack
    expect(undoStep(stack)).toBeUndefined()
    const redo = redoStep(stack)
    expect(redo?.entry).toBe('title')
    expect(redo?.stack).toEqual({ done: ['title'], undone: ['year'] })
  })

  it('forgets what was undone when a new edit is made', () => {
    const stack = undoStep(recordEdit(recordEdit(emptyUndoStack<string>(), 'a'), 'b'))!.stack
    expect(recordEdit(stack, 'c')).toEqual({ done: ['a', 'c'], undone: [] })
  })

  it('keeps only the newest edits beyond its limit, and drops an entry that cannot be applied', () => {
    let stack = emptyUndoStack<number>()
    for (let index = 0; index < 5; index += 1) stack = recordEdit(stack, index, 3)
    expect(stack.done).toEqual([2, 3, 4])
    expect(dropEntry(stack, 3).done).toEqual([2, 4])
    expect(redoStep(stack)).toBeUndefined()
  })
})

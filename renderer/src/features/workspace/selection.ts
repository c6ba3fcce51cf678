/**
 * A click selects one item (a second click on the only selected item clears it); with
 * shift it is added to or removed from the selection.
 */
export function toggleSelection(current: readonly string[], id: string, combine: boolean): string[] {
  if (combine) return current.includes(id) ? current.filter((item) => item !== id) : [...current, id]
  return current.length === 1 && current[0] === id ? [] : [id]
}

export interface SelectModifiers {
  /** Ctrl (Cmd on macOS): add or remove one row. */
  toggle: boolean
  /** Shift: select the range from the anchor to this row. */
  range: boolean
}

/**
 * Row selection as in every file manager: a click selects one row, Ctrl/Cmd-click toggles
 * a row, Shift-click selects the range from the last clicked row (the anchor).
 */
export function selectRows(current: readonly string[], order: readonly string[], anchor: string | undefined, id: string, modifiers: SelectModifiers): string[] {
  if (modifiers.range && anchor !== undefined) {
    const from = order.indexOf(anchor)
    const to = order.indexOf(id)
    if (from >= 0 && to >= 0) return order.slice(Math.min(from, to), Math.max(from, to) + 1)
  }
  if (modifiers.toggle) return current.includes(id) ? current.filter((item) => item !== id) : [...current, id]
  return [id]
}

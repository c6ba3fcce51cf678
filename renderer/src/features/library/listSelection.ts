/** Which rows are selected: `anchor` is where a shift-range starts, `lead` the row the keyboard is on. */
export interface ListSelection {
  ids: readonly string[]
  anchor?: string
  lead?: string
}

export const NO_SELECTION: ListSelection = { ids: [] }

export interface SelectModifiers {
  /** Ctrl (Cmd on macOS): add or remove one row. */
  toggle: boolean
  /** Shift: select the range from the anchor to this row. */
  range: boolean
}

/** How the keyboard moves the lead row: by a number of rows, or to an end. */
export type LeadMove = number | 'first' | 'last'

function between(order: readonly string[], from: string, to: string): string[] | undefined {
  const start = order.indexOf(from)
  const end = order.indexOf(to)
  if (start < 0 || end < 0) return undefined
  return order.slice(Math.min(start, end), Math.max(start, end) + 1)
}

/**
 * A click, as in every file manager: selects one row; with Ctrl/Cmd toggles it; with Shift
 * selects the range from the anchor (the last row clicked without Shift).
 */
export function clickRow(selection: ListSelection, order: readonly string[], id: string, modifiers: SelectModifiers): ListSelection {
  if (modifiers.range && selection.anchor !== undefined) {
    const range = between(order, selection.anchor, id)
    if (range) return { ids: range, anchor: selection.anchor, lead: id }
  }
  if (modifiers.toggle) {
    const ids = selection.ids.includes(id) ? selection.ids.filter((item) => item !== id) : [...selection.ids, id]
    return { ids, anchor: id, lead: id }
  }
  return { ids: [id], anchor: id, lead: id }
}

/**
 * Arrow keys, Page Up/Down, Home and End: the lead moves and becomes the selection; with
 * Shift the selection runs from the anchor to the new lead. From no lead, the first move
 * lands on the first row.
 */
export function moveLead(selection: ListSelection, order: readonly string[], move: LeadMove, extend: boolean): ListSelection {
  if (order.length === 0) return selection
  const current = selection.lead === undefined ? -1 : order.indexOf(selection.lead)
  const target = move === 'first' ? 0 : move === 'last' ? order.length - 1 : current < 0 ? 0 : Math.min(order.length - 1, Math.max(0, current + move))
  const lead = order[target] ?? ''
  if (extend) {
    const anchor = selection.anchor !== undefined && order.includes(selection.anchor) ? selection.anchor : (selection.lead ?? lead)
    return { ids: between(order, anchor, lead) ?? [lead], anchor, lead }
  }
  return { ids: [lead], anchor: lead, lead }
}

/** Ctrl/Cmd+A: every row of the view. */
export function selectAll(selection: ListSelection, order: readonly string[]): ListSelection {
  return { ids: [...order], anchor: selection.anchor ?? order[0], lead: selection.lead ?? order[0] }
}

/** The paper the details pane shows: the lead if it is selected, else the first selected. */
export function focusedPaper(selection: ListSelection): string | undefined {
  return selection.lead !== undefined && selection.ids.includes(selection.lead) ? selection.lead : selection.ids[0]
}

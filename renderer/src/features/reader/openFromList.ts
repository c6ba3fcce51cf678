import type { KeyboardEvent, MouseEvent } from 'react'
import { LIST_KEYS, matchesAny } from '../actions'

const ROW = 'tr, [role="row"], [data-testid="paper-row"]'
const FIELD = 'input, textarea, select, button, [contenteditable="true"]'

/**
 * Double-click on a paper, or Enter in the list, opens the selected paper in the reader. The
 * handlers go on the list pane, so the list itself need not know about the reader; events
 * from inside the reader (it lies over the list) and from form fields are left alone.
 */
export function openOnActivate(paperId: string | undefined, open: ((paperId: string) => void) | undefined) {
  const outsideReader = (target: EventTarget): target is Element => target instanceof Element && target.closest('.reader') === null
  return {
    onDoubleClick: (event: MouseEvent) => {
      const target = event.target
      if (paperId && open && outsideReader(target) && target.closest(ROW) && !target.closest('thead')) open(paperId)
    },
    onKeyDown: (event: KeyboardEvent) => {
      const target = event.target
      if (!matchesAny(event, LIST_KEYS.openReader) || !paperId || !open || !outsideReader(target) || target.closest(FIELD)) return
      open(paperId)
    },
  }
}

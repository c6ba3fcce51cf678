import { clientRectsToPdfRects, type PdfRect, type ViewportTransform } from './geometry'

export type SelectedText = { page: number; rects: PdfRect[]; quote: string } | { error: string }

/**
 * What the user selected on a page of the reader, in PDF units: the page where the selection
 * starts, the parts of the selection on that page, and its text with white space collapsed.
 */
export function readSelection(selection: Selection | null, root: HTMLElement, transforms: ReadonlyMap<number, ViewportTransform>): SelectedText {
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return { error: 'Select some text on the page first.' }
  const range = selection.getRangeAt(0)
  const pageElement = pageOf(range.startContainer)
  if (!pageElement || !root.contains(pageElement)) return { error: 'Select some text on the page first.' }
  const page = Number(pageElement.dataset.pageNumber)
  const transform = transforms.get(page)
  if (!transform) return { error: 'Wait for the page to finish drawing, then try again.' }
  const box = pageElement.getBoundingClientRect()
  const onPage = [...range.getClientRects()].filter((rect) => rect.top >= box.top - 1 && rect.bottom <= box.bottom + 1)
  const rects = clientRectsToPdfRects(onPage, box, transform)
  const quote = selection.toString().replace(/\s+/g, ' ').trim()
  if (rects.length === 0 || !quote) return { error: 'Select some text on the page first.' }
  return { page, rects, quote }
}

function pageOf(node: Node): HTMLElement | null {
  const element = node instanceof HTMLElement ? node : node.parentElement
  return element?.closest<HTMLElement>('[data-page-number]') ?? null
}

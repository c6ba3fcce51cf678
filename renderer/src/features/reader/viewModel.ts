/** Where a page sits in the scrolled column, in CSS pixels from its top. */
export interface PageBox {
  page: number
  top: number
  bottom: number
}

export interface ViewWindow {
  top: number
  height: number
}

/** The zoom levels the buttons step through (1 = one CSS pixel per PDF point). */
export const ZOOM_LEVELS = [0.5, 0.67, 0.8, 1, 1.25, 1.5, 1.75, 2, 2.5, 3, 4] as const
const MIN_SCALE = 0.5
const MAX_SCALE = 4

/** The next zoom level up or down from any scale (fit width gives scales between the levels). */
export function zoomStep(scale: number, direction: 1 | -1): number {
  if (direction === 1) return ZOOM_LEVELS.find((level) => level > scale + 0.001) ?? MAX_SCALE
  return [...ZOOM_LEVELS].reverse().find((level) => level < scale - 0.001) ?? MIN_SCALE
}

/** The scale at which a page fills the pane's width, less the margin around the pages. */
export function fitWidthScale(paneWidth: number, pageWidth: number, margin = 32): number {
  if (pageWidth <= 0) return 1
  return Math.min(MAX_SCALE, Math.max(MIN_SCALE, (paneWidth - margin) / pageWidth))
}

/** The page the reader is on: the one under a line a quarter down the view. */
export function pageAt(boxes: readonly PageBox[], view: ViewWindow): number {
  const line = view.top + view.height / 4
  const sorted = [...boxes].sort((a, b) => a.top - b.top)
  const under = sorted.find((box) => box.bottom > line)
  return under?.page ?? sorted.at(-1)?.page ?? 1
}

/** The pages to render: those in view and within one view's height above or below it. */
export function nearPages(boxes: readonly PageBox[], view: ViewWindow): Set<number> {
  const from = view.top - view.height
  const to = view.top + 2 * view.height
  return new Set(boxes.filter((box) => box.bottom >= from && box.top <= to).map((box) => box.page))
}

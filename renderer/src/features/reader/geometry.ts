/** A rectangle in PDF user space: origin bottom-left, y upwards, in points; the same at any zoom. */
export interface PdfRect {
  x: number
  y: number
  width: number
  height: number
}

/** A page's size in CSS pixels at the current zoom. */
export interface PageSize {
  width: number
  height: number
}

/** A box in CSS pixels relative to the page's top-left corner. */
export interface CssBox {
  left: number
  top: number
  width: number
  height: number
}

/** A page's width and height, as its viewport gives them. */
export interface PageSize {
  width: number
  height: number
}

/** pdf.js's PageViewport.transform: PDF user space → CSS pixels of the page, [a, b, c, d, e, f]. */
export type ViewportTransform = readonly [number, number, number, number, number, number]

/** What a DOMRect or a selection's client rect offers. */
export interface ClientRectLike {
  left: number
  top: number
  width: number
  height: number
}

/** pdf.js types its transforms as number[]; this gives the six numbers a name (identity for missing ones). */
export function toTransform(values: readonly number[]): ViewportTransform {
  const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = values
  return [a, b, c, d, e, f]
}

export function pdfPointToCss(transform: ViewportTransform, x: number, y: number): [number, number] {
  const [a, b, c, d, e, f] = transform
  return [a * x + c * y + e, b * x + d * y + f]
}

/** The inverse of {@link pdfPointToCss} (what PageViewport.convertToPdfPoint does). */
export function cssPointToPdf(transform: ViewportTransform, left: number, top: number): [number, number] {
  const [a, b, c, d, e, f] = transform
  const determinant = a * d - b * c
  return [(d * (left - e) - c * (top - f)) / determinant, (a * (top - f) - b * (left - e)) / determinant]
}

export function pdfRectToCss(transform: ViewportTransform, rect: PdfRect): CssBox {
  const [x1, y1] = pdfPointToCss(transform, rect.x, rect.y)
  const [x2, y2] = pdfPointToCss(transform, rect.x + rect.width, rect.y + rect.height)
  return { left: Math.min(x1, x2), top: Math.min(y1, y2), width: Math.abs(x2 - x1), height: Math.abs(y2 - y1) }
}

export function cssBoxToPdf(transform: ViewportTransform, box: CssBox): PdfRect {
  const [x1, y1] = cssPointToPdf(transform, box.left, box.top)
  const [x2, y2] = cssPointToPdf(transform, box.left + box.width, box.top + box.height)
  return { x: Math.min(x1, x2), y: Math.min(y1, y2), width: Math.abs(x2 - x1), height: Math.abs(y2 - y1) }
}

/**
 * Turns a selection's client rectangles (viewport pixels) into PDF rectangles of the page whose
 * top-left corner is at `pageOrigin`. The browser reports one rectangle per text span, often
 * overlapping; those on one line are merged, and slivers (empty spans, line ends) dropped.
 */
export function clientRectsToPdfRects(rects: readonly ClientRectLike[], pageOrigin: { left: number; top: number }, transform: ViewportTransform): PdfRect[] {
  const boxes = rects
    .filter((rect) => rect.width >= 1 && rect.height >= 1)
    .map((rect) => ({ left: rect.left - pageOrigin.left, top: rect.top - pageOrigin.top, width: rect.width, height: rect.height }))
  return mergeLineBoxes(boxes).map((box) => roundRect(cssBoxToPdf(transform, box)))
}

/** Merges boxes that share a line (mostly overlapping vertically) and touch or overlap horizontally. */
export function mergeLineBoxes(boxes: readonly CssBox[]): CssBox[] {
  const sorted = [...boxes].sort((a, b) => a.top - b.top || a.left - b.left)
  const merged: CssBox[] = []
  for (const box of sorted) {
    const line = merged.find((other) => sameLine(other, box) && box.left <= other.left + other.width + box.height / 2 && other.left <= box.left + box.width + box.height / 2)
    if (!line) {
      merged.push({ ...box })
      continue
    }
    const right = Math.max(line.left + line.width, box.left + box.width)
    const bottom = Math.max(line.top + line.height, box.top + box.height)
    line.left = Math.min(line.left, box.left)
    line.top = Math.min(line.top, box.top)
    line.width = right - line.left
    line.height = bottom - line.top
  }
  return merged
}

function sameLine(a: CssBox, b: CssBox): boolean {
  const overlap = Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top)
  return overlap > 0.5 * Math.min(a.height, b.height)
}

/** Two decimals of a point are far below what a screen shows and keep the stored records small. */
function roundRect(rect: PdfRect): PdfRect {
  const round = (value: number) => Math.round(value * 100) / 100
  return { x: round(rect.x), y: round(rect.y), width: round(rect.width), height: round(rect.height) }
}

/** Whether a PDF point falls inside a rectangle (with a margin in points, for clicks). */
export function rectContains(rect: PdfRect, x: number, y: number, margin = 0): boolean {
  return x >= rect.x - margin && x <= rect.x + rect.width + margin && y >= rect.y - margin && y <= rect.y + rect.height + margin
}

import type { PageText, TextItem } from './types'

/** The fields of a pdfjs text item this module reads (pdfjs's own type also has marked-content items). */
export interface RawTextItem {
  str: string
  transform: number[]
  width: number
  fontName: string
}

export interface RawViewport {
  width: number
  height: number
  /** pdfjs's viewport transform: page space → top-left origin, rotation applied. */
  transform: number[]
}

/**
 * Converts one page of pdfjs text content into top-left page coordinates and splits off
 * rotated text, which must not compete with the title (arXiv's margin stamp is 20 pt).
 */
export function toPageText(pageNumber: number, viewport: RawViewport, rawItems: readonly RawTextItem[]): PageText {
  const items: TextItem[] = []
  const rotated: string[] = []
  for (const raw of rawItems) {
    if (raw.str.trim() === '') continue
    const [a, b, , , x, y] = multiply(viewport.transform, raw.transform)
    const fontSize = Math.hypot(raw.transform[0] ?? 0, raw.transform[1] ?? 0)
    const horizontal = a > 0 && Math.abs(b) <= a * 0.05
    if (!horizontal) {
      rotated.push(raw.str)
      continue
    }
    items.push({ text: raw.str, x, y, width: raw.width, fontSize, fontName: raw.fontName })
  }
  return { pageNumber, width: viewport.width, height: viewport.height, items, rotated }
}

/** pdfjs's Util.transform: the product of two 2-D affine matrices [a, b, c, d, e, f]. */
function multiply(m1: readonly number[], m2: readonly number[]): [number, number, number, number, number, number] {
  const [a1 = 1, b1 = 0, c1 = 0, d1 = 1, e1 = 0, f1 = 0] = m1
  const [a2 = 1, b2 = 0, c2 = 0, d2 = 1, e2 = 0, f2 = 0] = m2
  return [
    a1 * a2 + c1 * b2,
    b1 * a2 + d1 * b2,
    a1 * c2 + c1 * d2,
    b1 * c2 + d1 * d2,
    a1 * e2 + c1 * f2 + e1,
    b1 * e2 + d1 * f2 + f1,
  ]
}

/** All the text of a page as one string, for searching identifiers anywhere on it. */
export function pagePlainText(page: PageText): string {
  return [...page.items.map((item) => item.text), ...page.rotated].join(' ')
}

import { collapseSpaces } from './text'
import type { PageText, TextItem } from './types'

/**
 * A run of text on one baseline with no wide gap inside: a title line, one name of an author
 * grid, one column's line. Columns and grid cells become separate lines on purpose.
 */
export interface LayoutLine {
  pageNumber: number
  text: string
  x: number
  right: number
  /** Baseline, from the top of the page. */
  y: number
  /** The size most of the characters have (superscripts do not move it). */
  fontSize: number
  fontName: string
  items: TextItem[]
}

/** Items closer than this (in ems) share a line; superscripts sit about 0.4 em off and do not. */
const BASELINE_TOLERANCE_EM = 0.2
/** A gap wider than this (in ems) starts a new line: column gutters and author-grid spacing. */
const SEGMENT_GAP_EM = 1.2

/** A line's items: never empty, so its first item is always there. */
type LineItems = [TextItem, ...TextItem[]]

/** Groups a page's items into lines, top to bottom, left to right. */
export function buildLines(page: PageText): LayoutLine[] {
  const sorted = [...page.items].sort((a, b) => a.y - b.y || a.x - b.x)
  const rows: TextItem[][] = []
  for (const item of sorted) {
    const row = rows.at(-1)
    const anchor = row?.[0]
    if (row && anchor && Math.abs(item.y - anchor.y) <= BASELINE_TOLERANCE_EM * Math.min(item.fontSize, anchor.fontSize)) {
      row.push(item)
    } else {
      rows.push([item])
    }
  }
  return rows.flatMap((row) => splitRow(page.pageNumber, row))
}

function splitRow(pageNumber: number, row: TextItem[]): LayoutLine[] {
  const items = [...row].sort((a, b) => a.x - b.x)
  const groups: LineItems[] = []
  for (const item of items) {
    const group = groups.at(-1)
    const previous = group?.at(-1)
    const gap = previous ? item.x - (previous.x + previous.width) : Number.POSITIVE_INFINITY
    if (group && previous && gap <= SEGMENT_GAP_EM * Math.max(item.fontSize, previous.fontSize)) group.push(item)
    else groups.push([item])
  }
  return groups.map((group) => toLine(pageNumber, group))
}

function toLine(pageNumber: number, items: LineItems): LayoutLine {
  const first = items[0]
  const last = items.at(-1) ?? first
  return {
    pageNumber,
    text: joinItems(items),
    x: first.x,
    right: last.x + last.width,
    y: dominant(items, (item) => item.y),
    fontSize: dominant(items, (item) => Math.round(item.fontSize * 10) / 10),
    fontName: String(dominant(items, (item) => item.fontName)),
    items,
  }
}

/** Joins items, adding a space only where the page shows a gap (pdfjs splits words arbitrarily). */
export function joinItems(items: readonly TextItem[]): string {
  let text = ''
  let previous: TextItem | undefined
  for (const item of items) {
    if (previous) {
      const gap = item.x - (previous.x + previous.width)
      const spaced = /\s$/.test(text) || /^\s/.test(item.text)
      if (!spaced && gap > 0.15 * Math.min(item.fontSize, previous.fontSize)) text += ' '
    }
    text += item.text
    previous = item
  }
  return collapseSpaces(text)
}

/** The value carried by most characters. */
function dominant<T extends string | number>(items: Readonly<LineItems>, pick: (item: TextItem) => T): T {
  const weights = new Map<T, number>()
  for (const item of items) weights.set(pick(item), (weights.get(pick(item)) ?? 0) + item.text.length)
  let best = pick(items[0])
  for (const [value, weight] of weights) if (weight > (weights.get(best) ?? 0)) best = value
  return best
}

/** The font size most characters on the page have: the body text. */
export function bodyFontSize(lines: readonly LayoutLine[]): number {
  const weights = new Map<number, number>()
  for (const line of lines) {
    const size = Math.round(line.fontSize * 2) / 2
    weights.set(size, (weights.get(size) ?? 0) + line.text.length)
  }
  let best = 10
  let bestWeight = -1
  for (const [size, weight] of weights) {
    if (weight > bestWeight) {
      best = size
      bestWeight = weight
    }
  }
  return best
}

/** True when the line sits in the band where running heads and footers are printed. */
export function inHeaderOrFooter(line: LayoutLine, pageHeight: number): boolean {
  return line.y <= pageHeight * 0.15 || line.y >= pageHeight * 0.87
}

/**
 * A running head or footer: in the band, and set apart from the body text, either smaller than
 * it or with a clear gap towards the body. Body text that merely reaches the top of page 2
 * (a reference list, say) is not.
 */
export function isRunningMatter(line: LayoutLine, lines: readonly LayoutLine[], pageHeight: number, bodySize: number): boolean {
  if (!inHeaderOrFooter(line, pageHeight)) return false
  if (line.fontSize <= bodySize * 0.95) return true
  const top = line.y <= pageHeight * 0.15
  const towardsBody = (other: LayoutLine): boolean => (top ? other.y > line.y + 0.2 * line.fontSize : other.y < line.y - 0.2 * line.fontSize)
  const neighbours = lines.filter((other) => other !== line && other.x < line.right && other.right > line.x && towardsBody(other))
  const gap = Math.min(...neighbours.map((other) => Math.abs(other.y - line.y)))
  return gap > 2.2 * Math.max(line.fontSize, bodySize)
}

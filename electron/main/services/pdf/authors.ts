import { joinItems, type LayoutLine } from './lines'
import { isPersonName, parseName, splitAuthorPieces } from './names'
import { compactForCompare } from './text'
import type { CslName } from './types'

export interface LayoutAuthors {
  names: CslName[]
  confidence: number
}

/** Where the front matter ends: nothing below one of these is an author line. */
const STOP = /^(abstract|a b s t r a c t|summary|background|keywords?|key words|introduction|received|correspondence|objectives?|purpose|aims?)\b/i

/**
 * The authors printed under the title: lines of one font size whose pieces read as names,
 * skipping the smaller affiliation and e-mail lines between rows of an author grid.
 */
export function findLayoutAuthors(lines: readonly LayoutLine[], titleLines: readonly LayoutLine[], pageHeight: number): LayoutAuthors | undefined {
  const titleBottom = Math.max(...titleLines.map((line) => line.y))
  const titleSize = titleLines[0]?.fontSize ?? 0
  const below = lines
    .filter((line) => line.y > titleBottom + 0.2 * titleSize && line.y <= titleBottom + pageHeight * 0.4 && !titleLines.includes(line))
    .sort((a, b) => a.y - b.y || a.x - b.x)
  const names: CslName[] = []
  let authorSize: number | undefined
  let lastY = titleBottom
  let skipped = 0
  for (const line of below) {
    if (isMarkerLine(line)) continue
    const text = authorLineText(line)
    if (STOP.test(text) || line.fontSize >= titleSize) break
    if (authorSize !== undefined && line.fontSize < authorSize - 0.3) continue
    const found = namesIn(text)
    const tooFar = line.y - lastY > 8 * (authorSize ?? line.fontSize)
    if (found.length === 0 || isRepeatedRow(line, below) || tooFar) {
      if (authorSize !== undefined && Math.abs(line.fontSize - authorSize) <= 0.3) break
      if (authorSize === undefined && (skipped += 1) > 2) break
      continue
    }
    if (authorSize !== undefined && Math.abs(line.fontSize - authorSize) > 0.3) break
    authorSize = line.fontSize
    lastY = line.y
    names.push(...found.filter((name) => !names.some((known) => sameName(known, name))))
  }
  if (names.length === 0) return undefined
  return { names, confidence: skipped === 0 ? 0.75 : 0.6 }
}

/** Superscript rows ("1,2* 3 1") and lone symbols: affiliation markers, not text. */
function isMarkerLine(line: LayoutLine): boolean {
  return !/\p{L}{2,}/u.test(line.text.replace(/\b[a-z]\b/g, ''))
}

/**
 * The line's text without affiliation markers: superscript items (smaller than most of the
 * line), and digits set at full size after a name ("Smith1,2", "Smith 1 & Doe 2").
 */
function authorLineText(line: LayoutLine): string {
  const items = line.items.filter((item) => item.fontSize >= line.fontSize * 0.8)
  return joinItems(items.length > 0 ? items : line.items)
    .replace(/(?<=\p{L})\d+(?:,\d+)*/gu, '')
    .replace(/(^|\s)\d+(?:[,–-]\d+)*(?=[\s,;&]|$)/g, '$1')
}

/** The names in an author line, or none when fewer than a third of its pieces read as names. */
export function namesIn(text: string): CslName[] {
  const pieces = splitAuthorPieces(text.replace(/\b(et al)\b\.?/gi, ''))
  if (pieces.length === 0 || !isPersonName(pieces[0] ?? '')) return []
  const names = pieces.filter(isPersonName)
  if (names.length * 3 < pieces.length) return []
  return names.map(parseName).filter((name): name is CslName => name !== undefined)
}

/** A row whose cells all say the same thing ("UC San Diego" four times) is an affiliation grid. */
function isRepeatedRow(line: LayoutLine, lines: readonly LayoutLine[]): boolean {
  const row = lines.filter((other) => Math.abs(other.y - line.y) < 0.2 * line.fontSize)
  return row.length > 1 && row.every((other) => compactForCompare(other.text) === compactForCompare(line.text))
}

function sameName(a: CslName, b: CslName): boolean {
  return a.family === b.family && a.given === b.given
}

import { isRunningMatter, type LayoutLine } from './lines'
import { collapseLetterSpacing, normaliseForCompare, words } from './text'

/** How an identifier's position on the page relates to this paper. */
export type IdentifierPlace = 'header-footer' | 'labelled-line' | 'cite-block' | 'body' | 'references'

const REFERENCES_HEADING = /^(\d+\.?\s*)?(references?( and notes)?|bibliography|literature cited|works cited|reference list|literatur)$/i
const CITE_PHRASE = /\b(cite this article|how to cite( this article)?|citation:|acm reference format|recommended citation|cite as)\b/i
/** Lines that point at another work: its DOI is not this paper's ("DOI of original article: …"). */
const OTHER_WORK = new RegExp(
  [
    'original article', 'linked article', 'commentary on', 'comment on', 'reply to', 'response to', 'in response', 'see also',
    'refers to', 'related article', 'correction to', 'erratum (to|for)', 'retraction of', 'corrects', 'data(sets?)? (are|is) available',
    'deposited (in|at)', 'dataset', 'data repository', 'preprint (version|of this)', 'earlier version',
  ].map((phrase) => `\\b${phrase}\\b`).join('|'),
  'i',
)
const REFERENCE_ENTRY = /^\s*(\[\d{1,3}\]|\d{1,3}\.(?=\s*\p{Lu})|\(\d{1,3}\))/u

export interface PaperClues {
  titleWords: string[]
  firstAuthorFamily?: string
  /** The embedded metadata's title is the printed one: its identifiers describe this paper too. */
  metadataConfirmed: boolean
}

export interface PageLines {
  pageNumber: number
  width: number
  height: number
  lines: LayoutLine[]
  /** The page's body text size, which running heads and footers are set apart from. */
  bodySize: number
}

/** The heading that starts the reference list on this page, if there is one. */
export function referencesHeading(page: PageLines): LayoutLine | undefined {
  return page.lines.find((line) => REFERENCES_HEADING.test(collapseLetterSpacing(line.text.trim())))
}

/**
 * Classifies where a line sits: inside the reference list (after its heading, in reading order,
 * or in a numbered entry), in a "Cite this article" block that names this paper, in the running
 * head or footer, alone on a labelled line ("DOI 10.…"), or in the body.
 */
export function placeOf(page: PageLines, line: LayoutLine, clues: PaperClues, referencesStarted: boolean): IdentifierPlace {
  if (inCiteBlock(page, line, clues)) return 'cite-block'
  const heading = referencesHeading(page)
  const afterHeading = heading !== undefined && (line.y > heading.y || line.x >= heading.x + page.width * 0.4)
  if (referencesStarted || afterHeading || inReferenceEntry(page, line)) return 'references'
  if (pointsElsewhere(page, line) || citesOtherAuthors(page, line, clues)) return 'body'
  if (isRunningMatter(line, page.lines, page.height, page.bodySize)) return 'header-footer'
  if (/^(doi\s*:?|https?:\/\/(dx\.)?doi\.org\/)\s*10\.\S+$/i.test(line.text.trim())) return 'labelled-line'
  return 'body'
}

/** The line or the one just above it in the same column says the identifier is another work's. */
function pointsElsewhere(page: PageLines, line: LayoutLine): boolean {
  const above = page.lines.filter((other) => other.y < line.y && line.y - other.y <= 1.8 * line.fontSize && Math.abs(other.x - line.x) <= 3 * line.fontSize)
  return [line, ...above].some((other) => OTHER_WORK.test(other.text))
}

/** A footnote citing someone else's work ("Smith et al. … doi:…") when this paper's first author is known. */
function citesOtherAuthors(page: PageLines, line: LayoutLine, clues: PaperClues): boolean {
  if (!clues.firstAuthorFamily) return false
  const family = normaliseForCompare(clues.firstAuthorFamily)
  const nearby = page.lines.filter((other) => other.y <= line.y && line.y - other.y <= 1.8 * line.fontSize && Math.abs(other.x - line.x) <= 3 * line.fontSize)
  const text = normaliseForCompare(nearby.map((other) => other.text).join(' '))
  return /\bet al\b/.test(text) && !` ${text} `.includes(` ${family} `)
}

/** The line, or one of the three above it in the same column, opens a numbered reference. */
function inReferenceEntry(page: PageLines, line: LayoutLine): boolean {
  const above = page.lines.filter(
    (other) => other.y <= line.y && line.y - other.y <= 4 * line.fontSize && Math.abs(other.x - line.x) <= 3 * line.fontSize,
  )
  return above.some((other) => REFERENCE_ENTRY.test(other.text))
}

/**
 * A "Cite this article as:" block (the phrase line, the lines running on below it and the one
 * line just above it) that contains the identifier and names this paper's first author or most
 * of its title. Without either clue only page 1 is trusted.
 */
function inCiteBlock(page: PageLines, line: LayoutLine, clues: PaperClues): boolean {
  const block = page.lines
    .filter((phrase) => CITE_PHRASE.test(phrase.text))
    .map((phrase) => citeBlock(page, phrase))
    .find((candidate) => candidate.includes(line))
  if (!block) return false
  const blockWords = new Set(normaliseForCompare(block.map((other) => other.text).join(' ')).split(' '))
  if (clues.firstAuthorFamily && blockWords.has(normaliseForCompare(clues.firstAuthorFamily))) return true
  const significant = clues.titleWords.filter((word) => word.length > 3)
  if (significant.length >= 3 && significant.filter((word) => blockWords.has(word)).length >= significant.length * 0.6) return true
  return clues.titleWords.length === 0 && !clues.firstAuthorFamily && page.pageNumber === 1
}

function citeBlock(page: PageLines, phrase: LayoutLine): LayoutLine[] {
  const size = phrase.fontSize
  const column = page.lines
    .filter((other) => other.x >= phrase.x - 3 * size && other.x <= Math.max(phrase.right, phrase.x + page.width * 0.45))
    .sort((a, b) => a.y - b.y || a.x - b.x)
  const block = [phrase]
  let lastY = phrase.y
  for (const other of column) {
    if (other.y < phrase.y - 0.2 * size || other === phrase || block.length >= 12) continue
    if (other.y - lastY > 1.8 * size) break
    block.push(other)
    lastY = Math.max(lastY, other.y)
  }
  const above = column.filter((other) => other.y < phrase.y - 0.2 * size && phrase.y - other.y <= 1.8 * size).at(-1)
  if (above && !REFERENCE_ENTRY.test(above.text)) block.push(above)
  return block
}

/** What is known about this paper so far, for telling its own identifiers from others'. */
export function cluesFrom(title: string | undefined, firstAuthorFamily: string | undefined, metadataConfirmed = false): PaperClues {
  return { titleWords: title ? words(title) : [], firstAuthorFamily, metadataConfirmed }
}

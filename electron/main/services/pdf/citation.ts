import { isRunningMatter, type LayoutLine } from './lines'
import type { PageLines } from './regions'
import { collapseSpaces } from './text'

export interface Guess<T> {
  value: T
  confidence: number
}

export interface CitationGuess {
  years: Guess<number>[]
  journal?: Guess<string>
  volume?: Guess<string>
  issue?: Guess<string>
  page?: Guess<string>
}

const YEAR = '(1[89]\\d\\d|20\\d\\d)'
const MONTH = '(?:[Jj]an|[Ff]eb|[Mm]ar|[Aa]pr|[Mm]ay|[Jj]un|[Jj]ul|[Aa]ug|[Ss]ept?|[Oo]ct|[Nn]ov|[Dd]ec)[a-z]*\\.?'
const NAMED_YEAR = '(?<year>1[89]\\d\\d|20\\d\\d)'
const NAMED_PAGES = '(?<page>\\d+(?:\\s*[-–—e]\\s*\\d+)?|e\\d+)'

/**
 * Journal citation lines as printed in running heads and footers, e.g.
 * "Cook et al. Trials (2015) 16:12", "Clinical Science (2014) 126, 305–313",
 * "Postgrad Med J 2010;86:272e278", "Brain Behav Immun. 2019 May ; 78: 1-10", "International Psychogeriatrics (2014), 26:1, 147–154",
 * "Brain, Behavior, and Immunity 76 (2019) 1–10", "Dhaka Univ. J. Pharm. Sci. 8(1): 7-10, 2009".
 */
const CITATION_LINES: readonly RegExp[] = [
  new RegExp(
    `^(?:.*?\\bet al\\s*\\.?:?\\s*)?(?<journal>[A-Z][^()\\d]*?)\\s*\\(?${NAMED_YEAR}\\)?(?:\\s+${MONTH}(?:\\s+\\d{1,2})?)?\\s*[,;:]?\\s*(?<volume>\\d+)\\s*` +
      `(?:\\((?<issue>[\\w–-]+)\\)|:\\s*(?<issue2>\\d+)\\s*(?=,))?\\s*[,:;]\\s*${NAMED_PAGES}`,
  ),
  new RegExp(`^(?<journal>[A-Z][^()\\d]*?)\\s+(?<volume>\\d+)\\s*\\(${NAMED_YEAR}\\)\\s*,?\\s*${NAMED_PAGES}`),
  new RegExp(
    `^(?<journal>[A-Z][^()\\d]*?)\\s+(?<volume>\\d+)\\s*\\((?<issue>[\\w–-]+)\\)\\s*:\\s*${NAMED_PAGES}\\s*,\\s*${NAMED_YEAR}`,
  ),
]

/** Year, journal, volume and pages from the printed citation line, the copyright line and dated lines. */
export function findCitationFields(page: PageLines, extraText: readonly string[]): CitationGuess {
  const guess: CitationGuess = { years: [] }
  const { lines, height: pageHeight } = page
  for (const line of lines) {
    const text = line.text
    const running = isRunningMatter(line, lines, pageHeight, page.bodySize)
    if (running) readCitationLine(text, guess)
    const volumeYear = /\bVolume\s+(\d{4})\s*,\s*Article\s+ID\s+(\w+)/i.exec(text)
    if (volumeYear && running) {
      guess.years.push({ value: Number(volumeYear[1]), confidence: 0.85 })
      guess.volume ??= { value: volumeYear[1] ?? '', confidence: 0.8 }
      guess.page ??= { value: volumeYear[2] ?? '', confidence: 0.7 }
      const above = journalAbove(lines, line)
      if (above) guess.journal ??= { value: above, confidence: 0.75 }
    }
    readDatedLine(text, line.y <= pageHeight * 0.45 || running, guess)
  }
  for (const text of extraText) readDatedLine(text, true, guess)
  return guess
}

function readCitationLine(text: string, guess: CitationGuess): void {
  for (const pattern of CITATION_LINES) {
    const groups = pattern.exec(text)?.groups
    if (!groups) continue
    const { journal = '', year, volume, page } = groups
    const name = collapseSpaces(journal.replace(/[,.;:\s]+$/, ''))
    if (!year || !volume || name.length < 3 || /\b(vol|volume|copyright|received|accepted)\b/i.test(name)) continue
    guess.years.push({ value: Number(year), confidence: 0.9 })
    guess.journal ??= { value: name, confidence: 0.8 }
    guess.volume ??= { value: volume, confidence: 0.8 }
    const issue = groups.issue ?? groups.issue2
    if (issue) guess.issue ??= { value: issue, confidence: 0.7 }
    if (page) guess.page ??= { value: page.replace(/(\d)\s*[-–—e]\s*(\d)/, '$1–$2'), confidence: 0.7 }
    return
  }
}

/** Hindawi-style headers print the journal on the line above "Volume N, Article ID …". */
function journalAbove(lines: readonly LayoutLine[], line: LayoutLine): string | undefined {
  const above = lines.filter((other) => other.y < line.y && line.y - other.y < 2 * line.fontSize && Math.abs(other.x - line.x) < 2)
  const nearest = above.sort((a, b) => b.y - a.y)[0]
  return nearest && /^[A-Z][\p{L} &,:-]+$/u.test(nearest.text) ? nearest.text : undefined
}

/** Copyright, publication and acceptance dates, and lines that are only a date ("February 2002"). */
function readDatedLine(text: string, nearTop: boolean, guess: CitationGuess): void {
  const publishedLabel = '(?:published(?: online)?|first published|date of publication|version posted)'
  const published = new RegExp(`\\b${publishedLabel}\\s*:?\\s*(?:on\\s+)?(?:[\\w ,.]*?)${YEAR}\\b`, 'i').exec(text)
  if (published && published[0].length < 60) guess.years.push({ value: Number(published[1]), confidence: 0.85 })
  const copyright = new RegExp(`(?:©|\\(c\\)|\\bcopyright\\b)[^.;©]{0,40}?\\b${YEAR}\\b`, 'i').exec(text)
  if (copyright) guess.years.push({ value: Number(copyright[1]), confidence: 0.75 })
  const accepted = new RegExp(`\\baccepted\\s*:?\\s*(?:\\d{1,2}\\s+)?(?:${MONTH}\\s+)?(?:\\d{1,2},?\\s+)?${YEAR}`, 'i').exec(text)
  if (accepted) guess.years.push({ value: Number(accepted[1]), confidence: 0.45 })
  if (!nearTop) return
  const dateOnly = new RegExp(`^(?:\\d{1,2}\\s+)?${MONTH}\\s+(?:\\d{1,2}(?:[-–]\\d{1,2})?,?\\s+)?${YEAR}$`, 'i').exec(text.trim())
  if (dateOnly) guess.years.push({ value: Number(dateOnly[1]), confidence: 0.6 })
  const stamp = new RegExp(`\\b\\d{1,2}\\s+${MONTH}\\s+${YEAR}\\s*$`, 'i').exec(text)
  if (stamp && /arxiv/i.test(text)) guess.years.push({ value: Number(stamp[1]), confidence: 0.65 })
}

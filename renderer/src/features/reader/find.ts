/** The part of one text item (one span of the text layer) that a match covers. */
export interface MatchSegment {
  item: number
  start: number
  end: number
}

export interface PageMatch {
  page: number
  /** Usually one segment; more when the match runs across spans or lines. */
  segments: MatchSegment[]
}

/** The fields of a pdf.js text item that finding needs. */
export interface FindTextItem {
  str: string
  hasEOL?: boolean
}

/**
 * Finds every occurrence of `query` in a page's text items, ignoring case and treating any run
 * of white space (including a line end) as one space, so a phrase broken across lines is found.
 * Offsets point into the items as the text layer shows them.
 */
export function findInItems(items: readonly FindTextItem[], query: string, page: number): PageMatch[] {
  const pattern = queryPattern(query)
  if (!pattern) return []
  const { text, owners } = pageText(items)
  const matches: PageMatch[] = []
  for (const match of text.matchAll(pattern)) {
    const segments = segmentsOf(owners, match.index, match.index + match[0].length)
    if (segments.length > 0) matches.push({ page, segments })
  }
  return matches
}

/** A case-insensitive pattern for the query, or null when there is nothing to find. */
export function queryPattern(query: string): RegExp | null {
  const words = query.trim().split(/\s+/).filter(Boolean)
  if (words.length === 0) return null
  return new RegExp(words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'giu')
}

/** The page's text with a space at each line end, and for each character the item and offset it came from. */
function pageText(items: readonly FindTextItem[]): { text: string; owners: ({ item: number; offset: number } | null)[] } {
  let text = ''
  const owners: ({ item: number; offset: number } | null)[] = []
  items.forEach((item, index) => {
    for (let offset = 0; offset < item.str.length; offset += 1) owners.push({ item: index, offset })
    text += item.str
    if (item.hasEOL) {
      text += ' '
      owners.push(null)
    }
  })
  return { text, owners }
}

function segmentsOf(owners: readonly ({ item: number; offset: number } | null)[], start: number, end: number): MatchSegment[] {
  const segments: MatchSegment[] = []
  for (let position = start; position < end; position += 1) {
    const owner = owners[position]
    if (!owner) continue
    const last = segments.at(-1)
    if (last && last.item === owner.item && last.end === owner.offset) last.end += 1
    else segments.push({ item: owner.item, start: owner.offset, end: owner.offset + 1 })
  }
  return segments
}

/** The match after (or before) the current one, wrapping around the document. */
export function stepMatch(current: number, count: number, direction: 1 | -1): number {
  if (count === 0) return -1
  if (current < 0) return direction === 1 ? 0 : count - 1
  return (current + direction + count) % count
}

/** The first match on or after a page, so a search starts where the reader is. */
export function firstMatchFrom(matches: readonly PageMatch[], page: number): number {
  if (matches.length === 0) return -1
  const index = matches.findIndex((match) => match.page >= page)
  return index === -1 ? 0 : index
}

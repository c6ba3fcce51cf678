import type { PaperSummary, QueryCondition } from '../../../shared/search'

type ScannedField = 'author' | 'title' | 'journal' | 'tag'

/** Between papers (and between a paper's tags) in a haystack: not a character a folded name or title holds. */
const SEPARATOR = '\u0001'

const VALUE_OF: Record<ScannedField, (paper: PaperSummary) => string> = {
  author: (paper) => paper.folded.authors,
  title: (paper) => paper.folded.title,
  journal: (paper) => paper.folded.journal,
  tag: (paper) => paper.folded.tags.join(SEPARATOR),
}

/** One field's folded values of every paper in one string, with where each paper's part starts. */
interface Haystack {
  text: string
  starts: Uint32Array
  papers: PaperSummary[]
}

function haystackOf(papers: PaperSummary[], field: ScannedField): Haystack {
  const starts = new Uint32Array(papers.length + 1)
  const parts: string[] = []
  let length = 0
  papers.forEach((paper, index) => {
    const value = VALUE_OF[field](paper)
    starts[index] = length
    parts.push(value)
    length += value.length + SEPARATOR.length
  })
  starts[papers.length] = length
  return { text: parts.join(SEPARATOR), starts, papers }
}

/** The paper whose part of the haystack holds `offset` (binary search over the starts). */
function paperAt(starts: Uint32Array, offset: number): number {
  let low = 0
  let high = starts.length - 2
  while (low < high) {
    const middle = (low + high + 1) >>> 1
    if ((starts[middle] ?? 0) <= offset) low = middle
    else high = middle - 1
  }
  return low
}

function scannedField(condition: QueryCondition): ScannedField | undefined {
  if (condition.kind !== 'text' || condition.negated || condition.value === '') return undefined
  return condition.field === 'doi' ? undefined : condition.field
}

/**
 * A quick first cut for fielded text conditions (`author:`, `title:`, `journal:`, `tag:`):
 * the papers whose folded field holds the value anywhere, found with one native `indexOf`
 * pass over all papers' values joined, instead of a per-paper test of 100,000 summaries.
 * Every paper a condition matches holds its value (at a word start, or as a whole tag), so
 * the cut never loses one; the caller still tests each candidate with `matchesFilters`.
 * The joined values are made on first use and kept until `invalidate` (any change).
 */
export class FieldScan {
  private haystacks = new Map<ScannedField, Haystack>()

  constructor(private readonly papers: () => Iterable<PaperSummary>) {}

  invalidate(): void {
    this.haystacks.clear()
  }

  /** The candidates for the query's most selective scannable condition, or undefined when none can be scanned. */
  candidates(conditions: readonly QueryCondition[]): Set<PaperSummary> | undefined {
    let best: Set<PaperSummary> | undefined
    for (const condition of conditions) {
      const field = scannedField(condition)
      if (!field || condition.kind !== 'text') continue
      const found = this.scan(field, condition.value)
      if (!best || found.size < best.size) best = found
    }
    return best
  }

  private scan(field: ScannedField, value: string): Set<PaperSummary> {
    let haystack = this.haystacks.get(field)
    if (!haystack) {
      haystack = haystackOf([...this.papers()], field)
      this.haystacks.set(field, haystack)
    }
    const { text, starts, papers } = haystack
    const found = new Set<PaperSummary>()
    for (let at = text.indexOf(value); at !== -1; ) {
      const index = paperAt(starts, at)
      const paper = papers[index]
      if (paper) found.add(paper)
      // the rest of this paper's part can add nothing: go on from the next paper's
      at = text.indexOf(value, Math.max(at + 1, starts[index + 1] ?? text.length))
    }
    return found
  }
}

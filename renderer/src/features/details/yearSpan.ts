import { issuedYear, type CslDate, type CslItem } from '../../../../shared/domain/csl'
import type { YearSpan } from '../../../../shared/domain/validate'
import { rangeEnd } from '../../../../shared/formats/dates'

/**
 * The publication year as the details pane shows it: "2019", a span "1996–1997" (a range in
 * CSL's two date-parts; "1996–1996" for days within one year, so it reads as a range and
 * an edit of it stays one), or "2006–" for a range not ended.
 */
export function yearSpanText(item: Pick<CslItem, 'issued'>): string {
  const start = issuedYear(item)
  if (start === undefined) return ''
  const end = rangeEnd(item.issued)
  if (end === undefined) return String(start)
  return `${start}–${end === 'open' ? '' : end.year}`
}

/**
 * The issued date after the year or span is edited: month and day of each end stay as
 * they were (only the years the user typed change), an open end stays the zeros
 * citeproc-js reads as open, and a single year makes a single date.
 */
export function issuedWithYears(span: YearSpan, issued: CslDate | undefined): CslDate {
  const [oldStart, oldEnd] = issued?.['date-parts'] ?? []
  const start = [span.start, ...(oldStart?.slice(1) ?? [])]
  const kept = keptParts(issued)
  if (span.end === undefined) return { ...kept, 'date-parts': [start] }
  if (span.end === 'open') return { ...kept, 'date-parts': [start, new Array<number>(start.length).fill(0)] }
  const endHadDate = oldEnd !== undefined && rangeEnd(issued) !== 'open'
  return { ...kept, 'date-parts': [start, [span.end, ...(endHadDate ? oldEnd.slice(1) : [])]] }
}

// Season and circa qualify the date whatever its years; a literal or raw text described the
// old date and would contradict the new one.
function keptParts(issued: CslDate | undefined): Partial<CslDate> {
  const kept: Partial<CslDate> = {}
  if (issued?.season !== undefined) kept.season = issued.season
  if (issued?.circa !== undefined) kept.circa = issued.circa
  return kept
}

import { STUDY_TYPES } from '../../../shared/axis'
import type { PaperSummary } from '../../../shared/search'

export const SORT_COLUMNS = ['title', 'firstAuthor', 'year', 'journal', 'addedAt', 'citationKey', 'studyType'] as const
export type SortColumn = (typeof SORT_COLUMNS)[number]
export type SortDirection = 'asc' | 'desc'
export interface SortSpec {
  column: SortColumn
  direction: SortDirection
}

export type SortableRecord = Pick<PaperSummary, 'id' | 'title' | 'firstAuthorSort' | 'year' | 'journal' | 'addedAt' | 'citationKey' | 'studyType'>

export type TextColumn = 'title' | 'firstAuthor' | 'journal' | 'citationKey'

/**
 * A record's sort keys. Numbers are read when the record enters the model; a text column's
 * collation key is computed the first time that column is sorted and then kept, so
 * comparisons are plain string and number comparisons, never a collator call or a fold,
 * and loading 50,000 records does not fold 200,000 strings nobody has sorted by yet.
 */
export interface SortKeys<R extends SortableRecord = SortableRecord> {
  id: string
  record: R
  locale?: string
  /** Per text column: [collation key ('' when missing), lower-cased original]. */
  text: Partial<Record<TextColumn, readonly [string, string]>>
  /** NaN when missing. */
  year: number
  addedAt: number
  /** Position in STUDY_TYPES (strongest evidence first); Infinity when missing. */
  studyType: number
}

const STUDY_TYPE_RANK = new Map<string, number>(STUDY_TYPES.map((type, index) => [type.id, index]))
const LEADING_PUNCTUATION = /^[^\p{L}\p{N}]+/u

/**
 * A string whose code-unit order follows the collation a reader expects: case and accents
 * ignored (with the locale's own lower-casing), leading quotes and brackets skipped, and
 * numbers compared by value ("Study 2" before "Study 10").
 */
export function collationKey(text: string, locale?: string): string {
  // most titles are plain ASCII: no normalisation to do (Turkish lower-cases I differently)
  if (PRINTABLE_ASCII.test(text) && !locale?.startsWith('tr') && !locale?.startsWith('az')) {
    const lower = text.toLowerCase().replace(LEADING_PUNCTUATION, '')
    return /\d/.test(lower) ? lower.replace(/\d+/g, padNumber) : lower
  }
  return text
    .toLocaleLowerCase(locale)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/[æœøł]/g, (char) => ({ æ: 'ae', œ: 'oe', ø: 'o', ł: 'l' })[char] ?? char)
    .replace(LEADING_PUNCTUATION, '')
    .replace(/\d+/g, padNumber)
}

const PRINTABLE_ASCII = /^[ -~]*$/

function padNumber(digits: string): string {
  return digits.replace(/^0+(?=\d)/, '').padStart(12, '0')
}

const TEXT_OF: Record<TextColumn, (record: SortableRecord) => string> = {
  title: (record) => record.title,
  firstAuthor: (record) => record.firstAuthorSort,
  journal: (record) => record.journal,
  citationKey: (record) => record.citationKey,
}

/** The record's key for a text column, computed on first use and kept. */
export function textKey(keys: SortKeys, column: TextColumn): readonly [string, string] {
  let key = keys.text[column]
  if (!key) {
    const value = TEXT_OF[column](keys.record)
    key = [collationKey(value, keys.locale), value.toLocaleLowerCase(keys.locale)]
    keys.text[column] = key
  }
  return key
}

/** The sort keys of one record (its text keys follow on demand). */
export function sortKeysOf<R extends SortableRecord>(record: R, locale?: string): SortKeys<R> {
  return { id: record.id, record, locale, text: {}, year: record.year ?? Number.NaN, addedAt: record.addedAt, studyType: STUDY_TYPE_RANK.get(record.studyType ?? '') ?? Number.POSITIVE_INFINITY }
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function compareTitles(a: SortKeys, b: SortKeys): number {
  const [x, xs] = textKey(a, 'title')
  const [y, ys] = textKey(b, 'title')
  return compareText(x, y) || compareText(xs, ys)
}

/**
 * A total order for one column: the column in the chosen direction, missing values last
 * in both directions (as Zotero shows them), then title, then id. Being total, the same
 * function places one new record by binary search exactly where a full sort would.
 */
export function comparatorFor(spec: SortSpec): (a: SortKeys, b: SortKeys) => number {
  const sign = spec.direction === 'asc' ? 1 : -1
  const { column } = spec
  const tieBreak = (a: SortKeys, b: SortKeys): number => (column === 'title' ? 0 : compareTitles(a, b)) || compareText(a.id, b.id)
  if (column === 'year' || column === 'addedAt' || column === 'studyType') {
    return (a, b) => {
      const x = a[column]
      const y = b[column]
      const missing = Number(!Number.isFinite(x)) - Number(!Number.isFinite(y))
      if (missing !== 0) return missing
      return (x === y || (!Number.isFinite(x) && !Number.isFinite(y)) ? 0 : (x - y) * sign) || tieBreak(a, b)
    }
  }
  return (a, b) => {
    const [x, xs] = textKey(a, column)
    const [y, ys] = textKey(b, column)
    const missing = Number(x === '') - Number(y === '')
    if (missing !== 0) return missing
    if (x === '') return tieBreak(a, b)
    return (compareText(x, y) || compareText(xs, ys)) * sign || tieBreak(a, b)
  }
}

/** The ids in the order of `spec`; stable for equal values because the order is total. */
export function sortIds(keys: Iterable<SortKeys>, spec: SortSpec): string[] {
  return [...keys].sort(comparatorFor(spec)).map((key) => key.id)
}

/**
 * Where `keys` belongs in `order` (already sorted by `spec`), by binary search: O(log n)
 * comparisons, so adding one paper never re-sorts the list. `order` may hold ids (with
 * `keysOf` looking them up) or the keys themselves.
 */
export function insertionIndex<T>(order: readonly T[], keys: SortKeys, spec: SortSpec, keysOf: (item: T) => SortKeys | undefined): number {
  const compare = comparatorFor(spec)
  let low = 0
  let high = order.length
  while (low < high) {
    const middle = (low + high) >>> 1
    const item = order[middle]
    const other = item === undefined ? undefined : keysOf(item)
    if (other && compare(other, keys) < 0) low = middle + 1
    else high = middle
  }
  return low
}

/** Inserts one id into a sorted array of ids in place; returns its position. */
export function insertSorted(order: string[], keys: SortKeys, spec: SortSpec, keysOf: (id: string) => SortKeys | undefined): number {
  const index = insertionIndex(order, keys, spec, keysOf)
  order.splice(index, 0, keys.id)
  return index
}

/** Removes one id, found by binary search on the keys it was sorted with; false if absent. */
export function removeSorted(order: string[], keys: SortKeys, spec: SortSpec, keysOf: (id: string) => SortKeys | undefined): boolean {
  const index = insertionIndex(order, keys, spec, keysOf)
  const at = order[index] === keys.id ? index : order.indexOf(keys.id)
  if (at === -1) return false
  order.splice(at, 1)
  return true
}

/** Whether two records fall in one run of equal values for `column` (their tie-breaks decide). */
function sameValue(a: SortKeys, b: SortKeys, column: SortColumn): boolean {
  if (column === 'year' || column === 'addedAt' || column === 'studyType') return a[column] === b[column] || (Number.isNaN(a[column]) && Number.isNaN(b[column]))
  const [x, xs] = textKey(a, column)
  const [y, ys] = textKey(b, column)
  return x === y && xs === ys
}

function isMissing(keys: SortKeys, column: SortColumn): boolean {
  if (column === 'year' || column === 'addedAt' || column === 'studyType') return !Number.isFinite(keys[column])
  return textKey(keys, column)[0] === ''
}

/**
 * The same column in the other direction, in one pass instead of a sort: runs of equal
 * values are reversed as blocks (each keeps its tie-break order), and the missing values
 * stay last, exactly as `comparatorFor` orders them.
 */
export function reverseOrder<T extends SortKeys>(sorted: readonly T[], column: SortColumn): T[] {
  let present = sorted.length
  for (let last = sorted[present - 1]; last && isMissing(last, column); last = sorted[present - 1]) present--
  const reversed: T[] = []
  const copy = (from: number, to: number): void => {
    for (const item of sorted.slice(from, to)) reversed.push(item)
  }
  let end = present
  while (end > 0) {
    const anchor = sorted[end - 1]
    let start = end - 1
    for (let previous = sorted[start - 1]; previous && anchor && sameValue(previous, anchor, column); previous = sorted[start - 1]) start--
    copy(start, end)
    end = start
  }
  copy(present, sorted.length)
  return reversed
}

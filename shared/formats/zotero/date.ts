import { parseDate } from '../dates'
import type { CslDate } from '../item'

const DAY_MONTH_YEAR = /^(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4})$/

/**
 * A Zotero date as CSL: what Zotero's own date parser accepts, as far as references need it.
 * Besides the forms every reader knows, Zotero users type `10.5.2001` (day first, as German
 * does) and ranges `2014-12-31/2015-01-01`; what no parser reads stays as a literal.
 */
export function zoteroDate(value: string): CslDate {
  const range = value.split('/')
  if (range.length === 2 && range.every((part) => /^\s*\d{4}/.test(part))) {
    const [start, end] = range.map((part) => parseDate(part)?.['date-parts']?.[0])
    if (start && end) return { 'date-parts': [start, end] }
  }
  const dayFirst = DAY_MONTH_YEAR.exec(value.trim())
  if (dayFirst) return parseDate(`${dayFirst[3]}-${dayFirst[2]}-${dayFirst[1]}`) ?? { literal: value }
  return parseDate(value) ?? { literal: value }
}

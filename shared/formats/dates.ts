import type { CslDate } from './item'

/**
 * Dates as bibliographic files write them ("2001/09/01/", "2008 Feb", "2012 Mar 16",
 * "2015-03-03", "Spring 2008") into CSL date-parts, and back out.
 */

export const MONTH_MACROS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const

const MONTH_NAMES: Record<string, number> = {}
for (const [index, macro] of MONTH_MACROS.entries()) MONTH_NAMES[macro] = index + 1
Object.assign(MONTH_NAMES, { sept: 9, mär: 3, mai: 5, okt: 10, dez: 12, janv: 1, févr: 2, avr: 4, juil: 7, déc: 12 })

const SEASONS: Record<string, number> = { spring: 1, summer: 2, autumn: 3, fall: 3, winter: 4 }

/** Month number for "Feb", "February", "feb." or "2"; undefined when it is none. */
export function monthNumber(value: string): number | undefined {
  const clean = value.trim().toLowerCase().replace(/\.$/, '')
  if (/^\d{1,2}$/.test(clean)) {
    const number = Number(clean)
    return number >= 1 && number <= 12 ? number : undefined
  }
  return MONTH_NAMES[clean] ?? MONTH_NAMES[clean.slice(0, 3)]
}

/** Parses a date string; undefined when it holds no year. */
export function parseDate(value: string | undefined): CslDate | undefined {
  if (!value) return undefined
  const clean = value.trim()
  const iso = /^(\d{4})(?:[-/](\d{1,2})(?:[-/](\d{1,2}))?)?/.exec(clean)
  // "2008 Feb" starts like a bare year; words after the number are read below.
  if (iso && !/^\s+\p{L}/u.test(clean.slice(iso[0].length))) return fromParts(Number(iso[1]), iso[2] ? Number(iso[2]) : undefined, iso[3] ? Number(iso[3]) : undefined)
  const words = clean.toLowerCase().split(/[\s,]+/).filter(Boolean)
  const year = words.find((word) => /^\d{4}$/.test(word))
  if (!year) return undefined
  const season = words.map((word) => SEASONS[word]).find((number) => number !== undefined)
  if (season !== undefined) return { 'date-parts': [[Number(year)]], season }
  const monthIndex = words.findIndex((word) => monthNumber(word.split('-')[0] ?? '') !== undefined && !/^\d{4}$/.test(word))
  const month = monthIndex >= 0 ? monthNumber(words[monthIndex]?.split('-')[0] ?? '') : undefined
  const dayWord = monthIndex >= 0 ? words.find((word, index) => index !== monthIndex && /^\d{1,2}$/.test(word)) : undefined
  return fromParts(Number(year), month, dayWord ? Number(dayWord) : undefined)
}

function fromParts(year: number, month: number | undefined, day: number | undefined): CslDate | undefined {
  // Year 0 is how Zotero and others write "no date" (0000).
  if (year === 0) return undefined
  const parts: number[] = [year]
  if (month !== undefined && month >= 1 && month <= 12) {
    parts.push(month)
    if (day !== undefined && day >= 1 && day <= 31) parts.push(day)
  }
  return { 'date-parts': [parts] }
}

/** Year, month and day of a CSL date as numbers (missing parts undefined). */
export function dateParts(date: CslDate | undefined): { year?: number; month?: number; day?: number } {
  const first = date?.['date-parts']?.[0]
  const toNumber = (part: number | string | undefined) => {
    const number = Number(part)
    return part === undefined || part === '' || !Number.isFinite(number) ? undefined : number
  }
  const fromParts = { year: toNumber(first?.[0]), month: toNumber(first?.[1]), day: toNumber(first?.[2]) }
  if (fromParts.year !== undefined) return fromParts
  const literal = date?.raw ?? date?.literal
  const year = literal ? /\b(\d{4})\b/.exec(literal)?.[1] : undefined
  return year ? { year: Number(year) } : {}
}

/** ISO 8601 form (YYYY, YYYY-MM or YYYY-MM-DD) of a date, or of a range's start. */
export function isoDate(date: CslDate | undefined): string | undefined {
  return isoFromParts(dateParts(date))
}

/**
 * The end of a range (the second of two date-parts): its parts, 'open' for an open-ended
 * range (`1996-01-01/..`, kept as an empty end), undefined for a single date.
 */
export function rangeEnd(date: CslDate | undefined): { year: number; month?: number; day?: number } | 'open' | undefined {
  const parts = date?.['date-parts']
  if (!parts || parts.length < 2) return undefined
  const end = dateParts({ 'date-parts': [parts[1] ?? []] })
  // Year 0 is how some writers mark an open end, as "0000" marks "no date".
  return end.year === undefined || end.year === 0 ? 'open' : { ...end, year: end.year }
}

/**
 * BibLaTeX's `date` (ISO 8601 / EDTF, as biber reads it): a single date, a range
 * `1996-12-10/1996-12-12`, or an open-ended range `1996-01-01/..`.
 */
export function isoDateRange(date: CslDate | undefined): string | undefined {
  const start = isoDate(date)
  const end = rangeEnd(date)
  if (start === undefined || end === undefined) return start
  return `${start}/${end === 'open' ? '..' : isoFromParts(end)}`
}

function isoFromParts({ year, month, day }: { year?: number; month?: number; day?: number }): string | undefined {
  if (year === undefined) return undefined
  const pad = (number: number) => String(number).padStart(2, '0')
  const yearText = year < 0 ? String(year) : String(year).padStart(4, '0')
  if (month === undefined) return yearText
  return day === undefined ? `${yearText}-${pad(month)}` : `${yearText}-${pad(month)}-${pad(day)}`
}

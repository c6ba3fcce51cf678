/**
 * Checks for what a person types into the details pane. Each answers the value to store
 * (cleaned: a pasted https://doi.org/ link becomes a bare DOI) or a message that says what
 * is wrong and what to type instead. An empty field is valid and means "no value".
 */
export type Validation<T> = { ok: true; value: T | undefined } | { ok: false; message: string }

const DOI_PREFIX = /^(?:doi:\s*|https?:\/\/(?:dx\.)?doi\.org\/)/i
const DOI = /^10\.\d{4,9}\/\S+$/

/** A DOI as 10.NNNN/suffix; a doi.org link or a "doi:" prefix is stripped. */
export function validateDoi(input: string): Validation<string> {
  const text = input.trim()
  if (text === '') return { ok: true, value: undefined }
  let bare = text.replace(DOI_PREFIX, '')
  try {
    // a link copied from a browser bar has its slashes and brackets %-encoded
    if (bare !== text) bare = decodeURIComponent(bare)
  } catch {
    return { ok: false, message: 'This DOI link has a broken %-escape; copy the DOI itself (10.xxxx/…).' }
  }
  if (/\s/.test(bare)) return { ok: false, message: 'A DOI has no spaces. Copy it again, as 10.xxxx/…' }
  if (!DOI.test(bare)) return { ok: false, message: 'A DOI starts with 10., four or more digits and a slash, e.g. 10.1016/j.bbi.2019.01.001.' }
  return { ok: true, value: bare }
}

/** The earliest year accepted; older works are not what a PNI library cites. */
export const EARLIEST_YEAR = 1500

/**
 * A four-digit publication year from 1500 to next year (accepted manuscripts carry next
 * year's date). "In press" is not a year: the field is left empty for such a paper.
 */
export function validateYear(input: string, currentYear = new Date().getFullYear()): Validation<number> {
  const text = input.trim()
  if (text === '') return { ok: true, value: undefined }
  if (/^(in press|forthcoming|accepted)$/i.test(text)) return { ok: false, message: 'Leave the year empty for a paper in press, and fill it in when it is published.' }
  if (!/^\d{4}$/.test(text)) return { ok: false, message: 'Type the year as four digits, e.g. 2019.' }
  const year = Number(text)
  if (year < EARLIEST_YEAR || year > currentYear + 1) return { ok: false, message: `The year must be between ${EARLIEST_YEAR} and ${currentYear + 1}.` }
  return { ok: true, value: year }
}

/** A publication year, or a span of years: an end year, or `open` for one not ended ("2006–"). */
export interface YearSpan {
  start: number
  end?: number | 'open'
}

// "2001–2003", "2001-2003", "2001/2003", "2001 to 2003"; "2006–", "2006-", "2006/", "2006/.." are open.
const YEAR_SPAN = /^(\S+?)\s*(?:[-–—/]|\s+to\s+)\s*(\S*)$/i

/**
 * A year as `validateYear` takes it, or a span of years (a conference over two years, a
 * series still running): typing "2001–2003", "2001/2003" or "2006–" gives a span, a single
 * year a single date. Each end is checked as a year; the end may equal the start (a span
 * of days within one year) but not come before it.
 */
export function validateYearSpan(input: string, currentYear = new Date().getFullYear()): Validation<YearSpan> {
  const text = input.trim()
  const span = YEAR_SPAN.exec(text)
  if (!span) {
    const year = validateYear(text, currentYear)
    return year.ok ? { ok: true, value: year.value === undefined ? undefined : { start: year.value } } : year
  }
  const [, startText = '', endText = ''] = span
  const start = validateYear(startText, currentYear)
  if (!start.ok || start.value === undefined) return spanProblem(`The span starts with "${startText}"`, start)
  if (endText === '' || endText === '..') return { ok: true, value: { start: start.value, end: 'open' } }
  const end = validateYear(endText, currentYear)
  if (!end.ok || end.value === undefined) return spanProblem(`The span ends with "${endText}"`, end)
  if (end.value < start.value) return { ok: false, message: `The span ends (${end.value}) before it starts (${start.value}): type the earlier year first, e.g. ${end.value}–${start.value}.` }
  return { ok: true, value: { start: start.value, end: end.value } }
}

function spanProblem(where: string, year: Validation<number>): { ok: false; message: string } {
  const problem = year.ok ? 'Type a year.' : year.message
  return { ok: false, message: `${where}: ${problem.charAt(0).toLowerCase()}${problem.slice(1)} Write a span as 2001–2003, or 2006– when it has not ended.` }
}

/** A PubMed id: digits only (a "PMID:" prefix is stripped), leading zeros dropped. */
export function validatePmid(input: string): Validation<string> {
  const text = input.trim().replace(/^pmid:?\s*/i, '')
  if (text === '') return { ok: true, value: undefined }
  if (!/^\d+$/.test(text)) return { ok: false, message: 'A PMID is digits only, e.g. 30352285.' }
  const digits = text.replace(/^0+/, '')
  if (digits === '' || digits.length > 9) return { ok: false, message: 'A PMID has one to nine digits and is not zero.' }
  return { ok: true, value: digits }
}

/** A PubMed Central id as PMC followed by digits; bare digits get the PMC prefix. */
export function validatePmcid(input: string): Validation<string> {
  const text = input.trim().replace(/^pmcid:?\s*/i, '')
  if (text === '') return { ok: true, value: undefined }
  const match = /^(?:pmc)?(\d{1,9})$/i.exec(text)
  if (!match?.[1] || /^0+$/.test(match[1])) return { ok: false, message: 'A PMCID is PMC followed by digits, e.g. PMC6123456.' }
  return { ok: true, value: `PMC${match[1]}` }
}

/** An ISSN as NNNN-NNNC, with its check digit verified (a typo is caught here, not at export). */
export function validateIssn(input: string): Validation<string> {
  const text = input.trim()
  if (text === '') return { ok: true, value: undefined }
  const compact = text.replace(/-/g, '').toUpperCase()
  if (!/^\d{7}[\dX]$/.test(compact)) return { ok: false, message: 'An ISSN is eight characters, e.g. 0889-1591.' }
  const sum = [...compact.slice(0, 7)].reduce((total, digit, index) => total + Number(digit) * (8 - index), 0)
  const check = (11 - (sum % 11)) % 11
  if (compact[7] !== (check === 10 ? 'X' : String(check))) return { ok: false, message: 'This ISSN\'s check digit does not match; a digit is probably mistyped.' }
  return { ok: true, value: `${compact.slice(0, 4)}-${compact.slice(4)}` }
}

/**
 * One ISBN or several (a print and an electronic one, separated by commas or semicolons), each
 * ISBN-10 or ISBN-13 with its check digit verified. Hyphens, spaces and an "ISBN" prefix are
 * dropped: the digits are stored, since hyphenating needs the publishers' range tables.
 */
export function validateIsbn(input: string): Validation<string> {
  const parts = input.split(/[,;]/).map((part) => part.trim()).filter((part) => part !== '')
  if (parts.length === 0) return { ok: true, value: undefined }
  const isbns: string[] = []
  for (const part of parts) {
    const checked = checkIsbn(part)
    if (!checked.ok) return checked
    isbns.push(checked.value)
  }
  return { ok: true, value: isbns.join(', ') }
}

function checkIsbn(text: string): { ok: true; value: string } | { ok: false; message: string } {
  const compact = text.replace(/^isbn(?:-1[03])?:?\s*/i, '').replace(/[\s-]/g, '').toUpperCase()
  if (/^\d{9}[\dX]$/.test(compact)) {
    const sum = [...compact].reduce((total, digit, index) => total + (digit === 'X' ? 10 : Number(digit)) * (10 - index), 0)
    if (sum % 11 !== 0) return { ok: false, message: `The check digit of ISBN ${text} does not match; a digit is probably mistyped.` }
    return { ok: true, value: compact }
  }
  if (/^97[89]\d{10}$/.test(compact)) {
    const sum = [...compact].reduce((total, digit, index) => total + Number(digit) * (index % 2 === 0 ? 1 : 3), 0)
    if (sum % 10 !== 0) return { ok: false, message: `The check digit of ISBN ${text} does not match; a digit is probably mistyped.` }
    return { ok: true, value: compact }
  }
  return { ok: false, message: `${text} is not an ISBN: type its 13 digits (978…) or 10 characters, e.g. 978-1-108-34884-3.` }
}

/** A web address (http or https only: other schemes would not open in a browser). */
export function validateUrl(input: string): Validation<string> {
  const text = input.trim()
  if (text === '') return { ok: true, value: undefined }
  let url: URL
  try {
    url = new URL(text)
  } catch {
    return { ok: false, message: 'Type a whole web address, starting with https://' }
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, message: 'Only http:// and https:// addresses are kept.' }
  return { ok: true, value: text }
}

/** Free text: trimmed, empty means no value. */
export function validateText(input: string): Validation<string> {
  const text = input.trim()
  return { ok: true, value: text === '' ? undefined : text }
}

import type { CslDate, CslName } from '../domain/csl'
import { normalizeTitle } from '../dedup/normalize'

/**
 * Whether a stored value and a registry's say the same thing, so completing a paper neither
 * records a conflict nor rewrites the field for a difference of typography: case, spacing and
 * a trailing period in text; a date given more finely by one of them; initials for given
 * names; "283-9" for "283–289"; a DOI's case.
 */
export function sameFieldValue(field: string, stored: unknown, registry: unknown): boolean {
  if (field === 'author' || field === 'editor' || field === 'container-author' || field === 'translator') return sameNames(stored, registry)
  if (isDate(stored) && isDate(registry)) return sameDate(stored, registry)
  if (field === 'page') return samePages(String(stored), String(registry))
  if (typeof stored === 'string' || typeof stored === 'number') return sameText(String(stored), String(registry))
  return JSON.stringify(stored) === JSON.stringify(registry)
}

/** A value that fills nothing: absent, blank, or an empty list. */
export function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0)
}

function sameText(a: string, b: string): boolean {
  const plain = (text: string) => text.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim().replace(/\.$/, '').toLowerCase()
  return plain(a) === plain(b) || (normalizeTitle(a) !== '' && normalizeTitle(a) === normalizeTitle(b))
}

function isDate(value: unknown): value is CslDate {
  return typeof value === 'object' && value !== null && 'date-parts' in value
}

// 2020 and 2020-03-05 agree; 2020-03 and 2020-04 do not.
function sameDate(a: CslDate, b: CslDate): boolean {
  const left = (a['date-parts']?.[0] ?? []).map(Number)
  const right = (b['date-parts']?.[0] ?? []).map(Number)
  const common = Math.min(left.length, right.length)
  return common > 0 && left.slice(0, common).every((part, index) => part === right[index])
}

function sameNames(a: unknown, b: unknown): boolean {
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false
  return a.every((name: unknown, index) => nameKey(name) === nameKey(b[index]))
}

// "J. Smith" and "John Smith" are one author; a group name is compared whole.
function nameKey(value: unknown): string {
  if (typeof value !== 'object' || value === null) return ''
  const name: CslName = value
  return `${normalizeTitle(name.family ?? name.literal ?? '')}|${normalizeTitle(name.given ?? '').charAt(0)}`
}

function samePages(a: string, b: string): boolean {
  return expandPages(a) === expandPages(b)
}

// "283-9" → "283-289", dashes of any kind to "-".
function expandPages(pages: string): string {
  const [first, last] = pages.replace(/\s+/g, '').split(/[-\u2010-\u2015]+/)
  if (!first || !last) return pages.trim().toLowerCase()
  const full = /^\d+$/.test(first) && /^\d+$/.test(last) && last.length < first.length ? first.slice(0, first.length - last.length) + last : last
  return `${first}-${full}`.toLowerCase()
}

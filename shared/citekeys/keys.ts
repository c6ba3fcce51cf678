import type { CslItem, CslName } from '../formats/item'
import { foldToAscii } from './fold'
import { DEFAULT_KEY_PATTERN, keyWords, parseKeyPattern, significantWords, type KeyPatternPart } from './pattern'

/**
 * Citation keys: generated from a pattern, unique against a set of keys already in use, and
 * never changed once given. Keys are compared without regard to case because BibTeX and
 * biber treat `Maes2008` and `maes2008` as the same entry (with a warning at best).
 */

/** Keys that survive BibTeX, biber and `\cite{}` unquoted: ASCII letters, digits, `_:.+/-`. */
export function isSafeCitationKey(key: string): boolean {
  return /^[A-Za-z0-9_:.+/-]+$/.test(key) && /[A-Za-z0-9]/.test(key)
}

/**
 * Keys a user may already have and biber reads: any UTF-8 letters (`王_肠道菌群_2019`), but no
 * space, comma, brace, `#`, `%`, `~`, quote, backslash, `=` or parenthesis, which end or break
 * the key in a .bib file or in `\cite{}`. Keys AxisRef makes stay ASCII (isSafeCitationKey).
 */
export function isAcceptableCitationKey(key: string): boolean {
  return /^[^\s,{}#%~"'\\=()]+$/u.test(key) && /[\p{L}\p{N}]/u.test(key)
}

function familyOf(name: CslName): string {
  if (name.family) return keyWords(name.family).join('')
  const literal = name.literal ?? ''
  const words = significantWords(literal, 9)
  // A group author ("World Health Organization") is known by its initials.
  return words.length > 1 ? words.map((word) => word[0]).join('') : (words[0] ?? '')
}

function creators(item: CslItem): CslName[] {
  return item.author?.length ? item.author : (item.editor ?? [])
}

function tokenValue(part: Extract<KeyPatternPart, { kind: 'token' }>, item: CslItem): string {
  const year = /\d{4}/.exec(String(item.issued?.['date-parts']?.[0]?.[0] ?? item.issued?.raw ?? item.issued?.literal ?? ''))?.[0] ?? ''
  switch (part.token) {
    case 'auth':
      return creators(item).map(familyOf).find(Boolean) ?? ''
    case 'authors': {
      const names = creators(item).map(familyOf).filter(Boolean)
      const count = part.count ?? 2
      return names.slice(0, count).join('') + (names.length > count ? 'etal' : '')
    }
    case 'year':
      return year
    case 'shortyear':
      return year.slice(2)
    case 'shorttitle':
    case 'title':
      return significantWords(item.title ?? '', part.count ?? 1).join('')
    case 'journal':
      return significantWords(item['container-title'] ?? '', 9)
        .map((word) => word[0])
        .join('')
    case 'pmid':
      return String(item.PMID ?? '')
  }
}

/**
 * The key a pattern gives an item, before making it unique. Never empty: an item with no
 * author, year or title gets `ref`. Throws only for an invalid pattern (check it first
 * with `parseKeyPattern`).
 */
export function generateCitationKey(item: CslItem, pattern = DEFAULT_KEY_PATTERN): string {
  const parsed = parseKeyPattern(pattern)
  if (!parsed.ok) throw new Error(parsed.error)
  const key = parsed.parts
    .map((part) => {
      if (part.kind === 'literal') return part.text
      const value = foldToAscii(tokenValue(part, item)).toLowerCase()
      return part.capitalize ? value.charAt(0).toUpperCase() + value.slice(1) : value
    })
    .join('')
  return /[A-Za-z0-9]/.test(key) ? key : 'ref'
}

/** Letters for clashes: a … z, then aa, ab …, as BibTeX users expect (maes2008a, maes2008b). */
function suffix(index: number): string {
  let result = ''
  for (let value = index; value >= 0; value = Math.floor(value / 26) - 1) {
    result = String.fromCharCode(97 + (value % 26)) + result
  }
  return result
}

/** `base` itself if free, else base + a, b, c …; the caller's set is not changed. */
export function makeUniqueKey(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base.toLowerCase())) return base
  for (let index = 0; ; index++) {
    const candidate = base + suffix(index)
    if (!taken.has(candidate.toLowerCase())) return candidate
  }
}

export interface KeyAssignment {
  key: string
  /** `imported`: the file's own key, kept. `generated`: from the pattern. */
  source: 'imported' | 'generated'
  /** Why an imported key was not kept, for the import report. */
  reason?: string
}

/**
 * Gives each new record a key unique among `existingKeys` and the batch itself. Imported
 * keys, non-ASCII ones too, are kept unless biber cannot read them or they are taken; they
 * are reserved before any key is generated, so a generated key never pushes a file's own
 * key aside. Existing keys are
 * never changed. Deterministic: the same input gives the same keys.
 */
export function assignCitationKeys(
  records: ReadonlyArray<{ item: CslItem; citationKey?: string }>,
  options: { existingKeys?: Iterable<string>; pattern?: string } = {},
): KeyAssignment[] {
  const taken = new Set([...(options.existingKeys ?? [])].map((key) => key.toLowerCase()))
  const result: Array<KeyAssignment | undefined> = records.map(() => undefined)
  const reasons = new Map<number, string>()
  records.forEach(({ citationKey }, index) => {
    if (citationKey === undefined) return
    if (!isAcceptableCitationKey(citationKey)) reasons.set(index, `"${citationKey}" has characters LaTeX cannot take in a key`)
    else if (taken.has(citationKey.toLowerCase())) reasons.set(index, `"${citationKey}" is already used`)
    else {
      taken.add(citationKey.toLowerCase())
      result[index] = { key: citationKey, source: 'imported' }
    }
  })
  return records.map(({ item }, index) => {
    const kept = result[index]
    if (kept) return kept
    const key = makeUniqueKey(generateCitationKey(item, options.pattern), taken)
    taken.add(key.toLowerCase())
    const reason = reasons.get(index)
    return reason ? { key, source: 'generated', reason } : { key, source: 'generated' }
  })
}

import { distance } from 'fastest-levenshtein'
import { firstAuthorKey, itemYear, mainTitle, normalizeDoi, normalizePmid, normalizeTitle, titleKind, titleNumbers } from './normalize'
import type { DedupKey, DedupRecord, DuplicateThresholds } from './types'

/** A record with its comparable forms computed once (50,000 records are compared many times). */
export interface PreparedRecord {
  index: number
  id: string
  doi?: string
  pmid?: string
  title: string
  /** Distinct title words, for the Jaccard bound. */
  tokens: string[]
  main: string
  kind?: string
  /** Distinct digit runs of the title, sorted. */
  numbers: string[]
  /** How often each of the normalised title's characters (a–z, 0–9, space) occurs: a cheap bound on the edit distance. */
  letters: Uint16Array
  year?: number
  author?: string
}

/** The compact key of one record: its identifiers, normalised titles, year and first author. */
export function dedupKeyOf(record: DedupRecord): DedupKey {
  const key: DedupKey = { id: record.id, title: normalizeTitle(record.item.title), main: mainTitle(record.item.title) }
  const doi = normalizeDoi(record.item.DOI)
  const pmid = normalizePmid(record.item.PMID)
  const year = itemYear(record.item)
  const author = firstAuthorKey(record.item)
  if (doi) key.doi = doi
  if (pmid) key.pmid = pmid
  if (year !== undefined) key.year = year
  if (author) key.author = author
  return key
}

/**
 * The comparable forms of one key; `index` is its position in the input. Every field is set,
 * undefined where unknown, so all records share one shape: with keys of many shapes the
 * comparisons' property reads were several times slower.
 */
export function prepareKey(key: DedupKey, index: number): PreparedRecord {
  const { title } = key
  return {
    index,
    id: key.id,
    doi: key.doi,
    pmid: key.pmid,
    title,
    tokens: [...new Set(title.split(' ').filter(Boolean))],
    main: key.main,
    kind: titleKind(title),
    numbers: titleNumbers(title),
    letters: letterCounts(title),
    year: key.year,
    author: key.author,
  }
}

/** Slot of each character a normalised title can hold: a–z, 0–9, then the space. */
function letterCounts(title: string): Uint16Array {
  const counts = new Uint16Array(37)
  for (let i = 0; i < title.length; i++) {
    const code = title.charCodeAt(i)
    const slot = code >= 97 && code <= 122 ? code - 97 : code >= 48 && code <= 57 ? code - 22 : 36
    counts[slot] = (counts[slot] ?? 0) + 1
  }
  return counts
}

/**
 * The fewest edits that could turn one title into the other, from their character counts:
 * each insertion, deletion or substitution mends at most one surplus and one shortfall, so
 * the distance is at least the larger of the total surplus and the total shortfall.
 */
function leastEdits(a: Uint16Array, b: Uint16Array): number {
  let surplus = 0
  let shortfall = 0
  for (let slot = 0; slot < a.length; slot++) {
    const difference = (a[slot] ?? 0) - (b[slot] ?? 0)
    if (difference > 0) surplus += difference
    else shortfall -= difference
  }
  return Math.max(surplus, shortfall)
}

/** The comparable forms of one record; `index` is its position in the input. */
export function prepareRecord(record: DedupRecord, index: number): PreparedRecord {
  return prepareKey(dedupKeyOf(record), index)
}

/** Normalised Levenshtein similarity, 1 − distance / longer length (1 for two empty strings). */
export function levenshteinSimilarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length)
  return longer === 0 ? 1 : 1 - distance(a, b) / longer
}

/** |A ∩ B| / |A ∪ B| over distinct tokens. */
export function jaccard(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 && b.length === 0) return 1
  const set = new Set(a)
  const shared = b.reduce((count, token) => count + (set.has(token) ? 1 : 0), 0)
  return shared / (a.length + b.length - shared)
}

/**
 * Family names agree when equal, when one is the end or start of the other (a double name
 * cut in two by a PDF reader), or one typo apart in a long name (PDF text layers).
 */
export function authorsAgree(a: string, b: string): boolean {
  if (a === b) return true
  const shorter = Math.min(a.length, b.length)
  if (shorter >= 4 && (a.startsWith(b) || b.startsWith(a) || a.endsWith(b) || b.endsWith(a))) return true
  return shorter >= 5 && distance(a, b) <= 1
}

type Agreement = 'agree' | 'unknown' | 'conflict'

function yearAgreement(a: PreparedRecord, b: PreparedRecord): Agreement {
  if (a.year === undefined || b.year === undefined) return 'unknown'
  // Online-first and print years differ by one; sources pick either.
  return Math.abs(a.year - b.year) <= 1 ? 'agree' : 'conflict'
}

function authorAgreement(a: PreparedRecord, b: PreparedRecord): Agreement {
  if (!a.author || !b.author) return 'unknown'
  return authorsAgree(a.author, b.author) ? 'agree' : 'conflict'
}

/** Evidence that two records are different papers whatever their titles say. */
export function conflicting(a: PreparedRecord, b: PreparedRecord): boolean {
  if (a.doi && b.doi && a.doi !== b.doi) return true
  if (a.pmid && b.pmid && a.pmid !== b.pmid) return true
  if (a.kind !== b.kind) return true
  // "Part 1" and "part 2" conflict; a title cut before its numbers does not.
  return !isSubset(a.numbers, b.numbers) && !isSubset(b.numbers, a.numbers)
}

function isSubset(small: readonly string[], large: readonly string[]): boolean {
  return small.every((value) => large.includes(value))
}

/**
 * One title is the start of the other, word for word: a source dropped the subtitle
 * (then the short one must be the long one's main title, at least four words) or cut a
 * long title at a length limit (then at least eight words are left to go on).
 */
function titleCut(a: PreparedRecord, b: PreparedRecord): boolean {
  const [short, long] = a.title.length <= b.title.length ? [a, b] : [b, a]
  if (short.title === long.title || !long.title.startsWith(`${short.title} `)) return false
  const words = short.title.split(' ').length
  return words >= 8 || (words >= 4 && short.title === long.main)
}

/**
 * The title similarity of two records when they are the same paper by title, year and first
 * author, or undefined. Year and author must agree where both are known; what is unknown
 * raises the bar the title has to clear. A dropped subtitle scores as the bar it stands in for.
 */
export function titleMatch(a: PreparedRecord, b: PreparedRecord, thresholds: DuplicateThresholds): number | undefined {
  // A generic title ("Editorial") says nothing about which paper it is.
  if (a.kind === 'generic' || conflicting(a, b)) return undefined
  const year = yearAgreement(a, b)
  const author = authorAgreement(a, b)
  if (year === 'conflict' || author === 'conflict') return undefined
  const unknowns = (year === 'unknown' ? 1 : 0) + (author === 'unknown' ? 1 : 0)
  // The less there is to check beside the title, the more the title must say on its own.
  const minWords = unknowns === 0 ? 3 : unknowns === 1 ? 5 : 6
  if (Math.min(a.tokens.length, b.tokens.length) < minWords) return undefined
  const bar = unknowns === 0 ? thresholds.titleWithAuthorAndYear : unknowns === 1 ? thresholds.titleWithOneMissing : thresholds.titleAlone
  // Titles whose characters alone are too many edits apart cannot reach the bar; most
  // candidate pairs are, and skip the edit distance (a million pairs at 100,000 papers).
  const reachable = 1 - leastEdits(a.letters, b.letters) / Math.max(a.title.length, b.title.length)
  const similarity = reachable < bar - 1e-9 ? 0 : levenshteinSimilarity(a.title, b.title)
  if (similarity >= bar) return similarity
  return unknowns === 0 && titleCut(a, b) ? bar : undefined
}

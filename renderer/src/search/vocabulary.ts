import { distance } from 'fastest-levenshtein'
import { indexTerms } from '../../../shared/search'

/** A term the query asked for, or one it was expanded to, and how much a hit on it counts. */
export interface Expansion {
  termId: number
  weight: number
}

const PREFIX_WEIGHT = 0.6
const FUZZY_WEIGHT = 0.4
/** A short prefix ("d") matches thousands of terms; the most frequent ones are what the user means. */
const MAX_PREFIX_TERMS = 100

const FNV_OFFSET = 0x811c9dc5
const FNV_PRIME = 0x01000193

/** One step of the FNV-1a hash of a term's character codes (the text's own case folded for ASCII). */
export function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, FNV_PRIME)
}

/** The hash of a whole term, as `internAsciiRange` computes it code by code. */
export function hashTerm(term: string): number {
  let hash = FNV_OFFSET
  for (let at = 0; at < term.length; at++) hash = hashStep(hash, term.charCodeAt(at))
  return hash >>> 0
}

export const HASH_START = FNV_OFFSET

/** How a token is indexed (see `indexTerms`): under itself, under nothing, or itself and its parts. */
const IndexKind = { Unknown: 0, Itself: 1, Nothing: 2, Parts: 3 } as const

function lowerAscii(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code
}

/**
 * Every term the index has seen, each with a number that postings and phrase sequences use.
 * Terms keep their number for the life of the index; a sorted copy answers prefixes.
 *
 * Numbers are found through an open-addressing table of typed arrays keyed by the terms'
 * hashes, not a Map of strings: the tokenizer looks a word up by its place in the text
 * (`internAsciiRange`), so the millions of words of a first build never become strings
 * unless they are new, and the table costs a few MB where a Map of 500,000 terms cost tens.
 */
export class Vocabulary {
  private readonly terms: string[] = []
  private hashes = new Uint32Array(1024)
  /** Term number + 1 per slot, 0 for an empty slot; a power of two, at most half full. */
  private slots = new Int32Array(2048)
  private kinds = new Uint8Array(1024)
  private readonly parts = new Map<number, readonly number[]>()
  private sorted: string[] = []
  /** Terms added since `sorted` was last brought up to date. */
  private pending: string[] = []

  /** `sortedIds`, saved with the terms, spares sorting 100,000 terms when an index is loaded. */
  constructor(terms: readonly string[] = [], sortedIds?: Uint32Array) {
    for (const term of terms) this.intern(term)
    if (sortedIds && sortedIds.length === this.terms.length) {
      this.sorted = Array.from(sortedIds, (id) => this.terms[id] ?? '')
      this.pending = []
    }
  }

  /** Sorts new terms now (after a build), so the first prefix search does not pay for it. */
  prepare(): void {
    this.sortedTerms()
  }

  /** Term numbers in alphabetical order of their terms, for saving. */
  sortedIds(): Uint32Array {
    return Uint32Array.from(this.sortedTerms(), (term) => this.idOf(term) ?? 0)
  }

  get size(): number {
    return this.terms.length
  }

  idOf(term: string): number | undefined {
    const hash = hashTerm(term)
    const mask = this.slots.length - 1
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = (this.slots[slot] ?? 0) - 1
      if (id < 0) return undefined
      if (this.hashes[id] === hash && this.terms[id] === term) return id
    }
  }

  termOf(id: number): string {
    return this.terms[id] ?? ''
  }

  /** The number of `term`, adding it if new. */
  intern(term: string): number {
    const hash = hashTerm(term)
    const mask = this.slots.length - 1
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = (this.slots[slot] ?? 0) - 1
      if (id < 0) return this.add(term, hash, slot)
      if (this.hashes[id] === hash && this.terms[id] === term) return id
    }
  }

  /**
   * The number of `text[start, end)` in lower case, adding it if new. The range holds ASCII
   * letters, digits and hyphens only, and `hash` is its hash (`hashStep` over its codes in
   * lower case, then `>>> 0`), computed by the tokenizer as it found the word.
   */
  internAsciiRange(text: string, start: number, end: number, hash: number): number {
    const mask = this.slots.length - 1
    const length = end - start
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = (this.slots[slot] ?? 0) - 1
      if (id < 0) return this.add(text.slice(start, end).toLowerCase(), hash, slot)
      if (this.hashes[id] !== hash) continue
      const term = this.terms[id] ?? ''
      if (term.length !== length) continue
      let at = 0
      while (at < length && term.charCodeAt(at) === lowerAscii(text.charCodeAt(start + at))) at++
      if (at === length) return id
    }
  }

  private add(term: string, hash: number, slot: number): number {
    const id = this.terms.length
    this.terms.push(term)
    this.pending.push(term)
    if (id >= this.hashes.length) {
      this.hashes = grown(this.hashes, new Uint32Array(this.hashes.length * 2))
      this.kinds = grown(this.kinds, new Uint8Array(this.kinds.length * 2))
    }
    this.hashes[id] = hash
    this.slots[slot] = id + 1
    if (this.terms.length * 2 > this.slots.length) this.rehash()
    return id
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2)
    const mask = slots.length - 1
    for (let id = 0; id < this.terms.length; id++) {
      let slot = (this.hashes[id] ?? 0) & mask
      while (slots[slot] !== 0) slot = (slot + 1) & mask
      slots[slot] = id + 1
    }
    this.slots = slots
  }

  /**
   * Calls `visit` with the number of each term the token numbered `id` is indexed under
   * (what `indexTerms` gives: none for a stop word, its parts too for a hyphenated word),
   * worked out once per token.
   */
  forEachIndexTerm(id: number, visit: (termId: number) => void): void {
    let kind: number = this.kinds[id] ?? IndexKind.Unknown
    if (kind === IndexKind.Unknown) kind = this.classify(id)
    if (kind === IndexKind.Itself) visit(id)
    else if (kind === IndexKind.Parts) for (const termId of this.parts.get(id) ?? []) visit(termId)
  }

  private classify(id: number): number {
    const token = this.terms[id] ?? ''
    const terms = indexTerms(token)
    let kind: number = IndexKind.Parts
    if (terms.length === 0) kind = IndexKind.Nothing
    else if (terms.length === 1 && terms[0] === token) kind = IndexKind.Itself
    else this.parts.set(id, terms.map((term) => this.intern(term)))
    this.kinds[id] = kind
    return kind
  }

  all(): readonly string[] {
    return this.terms
  }

  private sortedTerms(): string[] {
    if (this.pending.length > 2000) {
      // a build or an import: one sort beats thousands of splices
      this.sorted = [...this.terms].sort()
    } else {
      // an edit brings a few new words: place each, so a keystroke never waits on a sort
      for (const term of this.pending) this.sorted.splice(this.lowerBound(this.sorted, term), 0, term)
    }
    this.pending = []
    return this.sorted
  }

  private lowerBound(sorted: readonly string[], value: string): number {
    let low = 0
    let high = sorted.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if ((sorted[middle] ?? '') < value) low = middle + 1
      else high = middle
    }
    return low
  }

  /** Terms starting with `prefix` (the exact term excluded), the most frequent first. */
  prefixExpansions(prefix: string, frequency: (termId: number) => number): Expansion[] {
    const sorted = this.sortedTerms()
    const found: number[] = []
    for (let index = this.lowerBound(sorted, prefix); index < sorted.length; index++) {
      const term = sorted[index] ?? ''
      if (!term.startsWith(prefix)) break
      if (term !== prefix) found.push(this.idOf(term) ?? -1)
    }
    const ranked = found.length > MAX_PREFIX_TERMS ? found.sort((a, b) => frequency(b) - frequency(a)).slice(0, MAX_PREFIX_TERMS) : found
    return ranked.map((termId) => ({ termId, weight: PREFIX_WEIGHT }))
  }

  /**
   * Terms within a small edit distance of `term` (1 up to 7 letters, 2 beyond), other than
   * the term itself. Only terms with the same first letter are tried: typos at the start
   * are rare, and that keeps the scan to a few thousand terms.
   */
  fuzzyExpansions(term: string): Expansion[] {
    if (term.length < 4) return []
    const maxDistance = term.length > 7 ? 2 : 1
    const sorted = this.sortedTerms()
    const first = term.charAt(0)
    const result: Expansion[] = []
    for (let index = this.lowerBound(sorted, first); index < sorted.length; index++) {
      const candidate = sorted[index] ?? ''
      if (candidate.charAt(0) !== first) break
      if (candidate === term || Math.abs(candidate.length - term.length) > maxDistance) continue
      if (distance(candidate, term) <= maxDistance) result.push({ termId: this.idOf(candidate) ?? -1, weight: FUZZY_WEIGHT })
    }
    return result
  }
}

function grown<T extends Uint32Array | Uint8Array>(from: T, to: T): T {
  to.set(from)
  return to
}

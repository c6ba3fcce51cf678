import { distance } from 'fastest-levenshtein'

/** A term the query asked for, or one it was expanded to, and how much a hit on it counts. */
export interface Expansion {
  termId: number
  weight: number
}

const PREFIX_WEIGHT = 0.6
const FUZZY_WEIGHT = 0.4
/** A short prefix ("d") matches thousands of terms; the most frequent ones are what the user means. */
const MAX_PREFIX_TERMS = 100

/**
 * Every term the index has seen, each with a number that postings and phrase sequences use.
 * Terms keep their number for the life of the index; a sorted copy answers prefixes.
 */
export class Vocabulary {
  private readonly ids = new Map<string, number>()
  private readonly terms: string[] = []
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
    return Uint32Array.from(this.sortedTerms(), (term) => this.ids.get(term) ?? 0)
  }

  get size(): number {
    return this.terms.length
  }

  idOf(term: string): number | undefined {
    return this.ids.get(term)
  }

  termOf(id: number): string {
    return this.terms[id] ?? ''
  }

  /** The number of `term`, adding it if new. */
  intern(term: string): number {
    let id = this.ids.get(term)
    if (id === undefined) {
      id = this.terms.length
      this.ids.set(term, id)
      this.terms.push(term)
      this.pending.push(term)
    }
    return id
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
      if (term !== prefix) found.push(this.ids.get(term) ?? -1)
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
      if (distance(candidate, term) <= maxDistance) result.push({ termId: this.ids.get(candidate) ?? -1, weight: FUZZY_WEIGHT })
    }
    return result
  }
}

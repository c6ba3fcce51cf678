import type { PreparedRecord } from './similarity'

/**
 * Which records are worth comparing at all, so that 50,000 records do not mean 1.25 billion
 * comparisons. Two blocking keys, each covering the pairs one branch of `titleMatch` can
 * accept:
 * - first author + year (±1), for records that have both: the only pairs the author-and-
 *   year rule accepts, whatever their titles share (a dropped subtitle leaves little);
 * - title tokens, for records missing an author or a year (or in a block too big to pair
 *   off, such as "Anonymous" in one year), by prefix filtering (Bayardo,
 *   Ma and Srikant 2007, "Scaling up all pairs similarity search"): with tokens ordered
 *   rarest first, two sets with Jaccard ≥ t must share a token among the first
 *   |x| − ⌈t·|x|⌉ + 1 of each, so every pair at or above the bound is found without
 *   looking at the rest.
 */

/** An author with more records than this in one year is too common a key to pair off (e.g. "anonymous"). */
const MAX_AUTHOR_YEAR_BLOCK = 400

/**
 * Calls `visit` with every unordered pair (lower index first) that either key proposes, each
 * once, as it is found: 100,000 records propose about a million pairs, which are not kept.
 * Only pairs of two records the author key left out can be proposed twice (once from each
 * side of the title key), so only those are remembered.
 */
export function candidatePairs(records: readonly PreparedRecord[], candidateJaccard: number, visit: (a: number, b: number) => void): void {
  const unblocked = authorYearPairs(records, visit)
  const probing = new Uint8Array(records.length)
  for (const index of unblocked) probing[index] = 1
  const seen = new Set<number>()
  similarTitlePairs(records, candidateJaccard, unblocked, (a, b) => {
    const [low, high] = a < b ? [a, b] : [b, a]
    if (probing[low] === 1 && probing[high] === 1) {
      const key = low * records.length + high
      if (seen.has(key)) return
      seen.add(key)
    }
    visit(low, high)
  })
}

/** Umlauts spelled out (Köhler, Koehler) and doubled letters land in one block. */
function blockingKey(author: string): string {
  return author.replace(/([aou])e/g, '$1').replace(/(.)\1+/g, '$1')
}

/** Proposes the author-and-year pairs; returns the records no block covered, for the title key. */
function authorYearPairs(records: readonly PreparedRecord[], add: (a: number, b: number) => void): number[] {
  const unblocked: number[] = []
  const byAuthor = new Map<string, Map<number, number[]>>()
  for (const record of records) {
    if (!record.author || record.year === undefined) {
      unblocked.push(record.index)
      continue
    }
    const key = blockingKey(record.author)
    const years = byAuthor.get(key) ?? new Map<number, number[]>()
    byAuthor.set(key, years)
    const members = years.get(record.year) ?? []
    years.set(record.year, members)
    members.push(record.index)
  }
  for (const years of byAuthor.values()) {
    for (const [year, members] of years) {
      if (members.length > MAX_AUTHOR_YEAR_BLOCK) {
        unblocked.push(...members)
        continue
      }
      // members are in input order, so each pair comes lower index first
      for (let i = 0; i < members.length; i++) for (let j = i + 1; j < members.length; j++) add(members[i] ?? 0, members[j] ?? 0)
      const next = years.get(year + 1) ?? []
      if (next.length <= MAX_AUTHOR_YEAR_BLOCK) for (const a of members) for (const b of next) add(Math.min(a, b), Math.max(a, b))
    }
  }
  return unblocked
}

/** Title tokens as integers, rarest first, so prefixes and overlaps need no strings. */
function tokenIds(records: readonly PreparedRecord[]): { ids: number[][]; tokenCount: number } {
  const frequency = new Map<string, number>()
  for (const record of records) for (const token of record.tokens) frequency.set(token, (frequency.get(token) ?? 0) + 1)
  const byRarity = [...frequency.keys()].sort((a, b) => (frequency.get(a) ?? 0) - (frequency.get(b) ?? 0) || (a < b ? -1 : 1))
  const idOf = new Map(byRarity.map((token, id) => [token, id]))
  const ids = records.map((record) => record.tokens.map((token) => idOf.get(token) ?? 0).sort((a, b) => a - b))
  return { ids, tokenCount: byRarity.length }
}

function similarTitlePairs(records: readonly PreparedRecord[], bound: number, probes: readonly number[], add: (a: number, b: number) => void): void {
  if (probes.length === 0) return
  const { ids, tokenCount } = tokenIds(records)
  const prefixLength = (size: number): number => size - Math.ceil(bound * size) + 1
  const index: number[][] = Array.from({ length: tokenCount }, () => [])
  ids.forEach((tokens, record) => tokens.slice(0, prefixLength(tokens.length)).forEach((token) => index[token]?.push(record)))
  // Typed arrays instead of sets: prefix overlaps counted per record, and the probe's tokens.
  const shared = new Int32Array(records.length)
  const mark = new Int32Array(tokenCount).fill(-1)
  for (const probe of probes) {
    const tokens = ids[probe] ?? []
    const prefix = prefixLength(tokens.length)
    const touched: number[] = []
    for (const token of tokens.slice(0, prefix)) {
      mark[token] = probe
      for (const other of index[token] ?? []) {
        if (other === probe) continue
        const count = shared[other] ?? 0
        if (count === 0) touched.push(other)
        shared[other] = count + 1
      }
    }
    for (const token of tokens.slice(prefix)) mark[token] = probe
    for (const other of touched) {
      const otherTokens = ids[other] ?? []
      // Overlap needed for the bound, and the most this pair could still reach: the prefix
      // overlap plus every token of the probe outside its prefix.
      const needed = Math.ceil((bound / (1 + bound)) * (tokens.length + otherTokens.length) - 1e-9)
      const reachable = (shared[other] ?? 0) + tokens.length - prefix
      shared[other] = 0
      if (reachable < needed) continue
      const overlap = otherTokens.reduce((count, id) => count + (mark[id] === probe ? 1 : 0), 0)
      if (overlap >= needed) add(probe, other)
    }
  }
}

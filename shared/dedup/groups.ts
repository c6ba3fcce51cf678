import type { PreparedRecord } from './similarity'
import type { DuplicatePair, DuplicateReason, DuplicateSet } from './types'

interface Group {
  members: number[]
  dois: Set<string>
  pmids: Set<string>
  pairs: DuplicatePair[]
}

export interface Groups {
  /** True when the two records are already in one set. */
  same(a: number, b: number): boolean
  /** Joins the sets of two records unless that would put different papers together. */
  join(a: number, b: number, reason: DuplicateReason, score: number): boolean
  sets(): DuplicateSet[]
}

/** Weakest first: a set's reason is its weakest link. */
const STRENGTH: readonly DuplicateReason[] = ['title', 'pmid', 'doi']

/**
 * Union–find over the records, with "cannot link" constraints: the user's "not duplicates"
 * pairs, and different DOIs or PMIDs, which no title link may bridge (transitive joins would
 * otherwise chain two papers together through a third).
 */
export function createGroups(records: readonly PreparedRecord[], notDuplicates: ReadonlyArray<readonly [string, string]>): Groups {
  const parent = Int32Array.from(records, (_record, index) => index)
  const groups = new Map<number, Group>()
  const forbidden = forbiddenPairs(records, notDuplicates)

  const find = (index: number): number => {
    let root = index
    while (parent[root] !== root) root = parent[root] ?? root
    for (let node = index; parent[node] !== root; ) {
      const next = parent[node] ?? root
      parent[node] = root
      node = next
    }
    return root
  }

  const groupOf = (root: number): Group => {
    const existing = groups.get(root)
    if (existing) return existing
    const record = records[root]
    const group: Group = { members: [root], dois: new Set(record?.doi ? [record.doi] : []), pmids: new Set(record?.pmid ? [record.pmid] : []), pairs: [] }
    groups.set(root, group)
    return group
  }

  const forbiddenAcross = (small: Group, otherRoot: number): boolean =>
    small.members.some((member) => [...(forbidden.get(member) ?? [])].some((other) => find(other) === otherRoot))

  function join(a: number, b: number, reason: DuplicateReason, score: number): boolean {
    const [rootA, rootB] = [find(a), find(b)]
    if (rootA === rootB) return false
    const [groupA, groupB] = [groupOf(rootA), groupOf(rootB)]
    if (reason !== 'doi' && disjoint(groupA.dois, groupB.dois)) return false
    if (reason === 'title' && disjoint(groupA.pmids, groupB.pmids)) return false
    const [big, small, bigRoot, smallRoot] = groupA.members.length >= groupB.members.length ? [groupA, groupB, rootA, rootB] : [groupB, groupA, rootB, rootA]
    if (forbiddenAcross(small, bigRoot)) return false
    parent[smallRoot] = bigRoot
    big.members.push(...small.members)
    small.dois.forEach((doi) => big.dois.add(doi))
    small.pmids.forEach((pmid) => big.pmids.add(pmid))
    big.pairs.push(...small.pairs, { a: records[a]?.id ?? '', b: records[b]?.id ?? '', reason, score })
    groups.delete(smallRoot)
    return true
  }

  function sets(): DuplicateSet[] {
    return [...groups.values()]
      .filter((group) => group.members.length > 1)
      .map((group) => {
        const members = [...group.members].sort((x, y) => x - y)
        const reasons = STRENGTH.filter((reason) => group.pairs.some((pair) => pair.reason === reason))
        return {
          ids: members.map((member) => records[member]?.id ?? ''),
          reason: reasons[0] ?? 'title',
          reasons,
          score: Math.min(...group.pairs.map((pair) => pair.score)),
          pairs: group.pairs,
          first: members[0] ?? 0,
        }
      })
      .sort((x, y) => x.first - y.first)
      .map(({ first: _first, ...set }) => set)
  }

  return { same: (a, b) => find(a) === find(b), join, sets }
}

/** Both sides know the identifier and share none of its values. */
function disjoint(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size === 0 || b.size === 0) return false
  for (const value of a) if (b.has(value)) return false
  return true
}

function forbiddenPairs(records: readonly PreparedRecord[], pairs: ReadonlyArray<readonly [string, string]>): Map<number, Set<number>> {
  const indexOf = new Map<string, number[]>()
  for (const record of records) indexOf.set(record.id, (indexOf.get(record.id) ?? []).concat(record.index))
  const forbidden = new Map<number, Set<number>>()
  const forbid = (a: number, b: number): void => {
    forbidden.set(a, (forbidden.get(a) ?? new Set()).add(b))
  }
  for (const [first, second] of pairs) {
    for (const a of indexOf.get(first) ?? []) {
      for (const b of indexOf.get(second) ?? []) {
        forbid(a, b)
        forbid(b, a)
      }
    }
  }
  return forbidden
}

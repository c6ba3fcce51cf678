import { makeUniqueKey } from '../citekeys'
import type { PaperRow } from '../domain/rows'
import { compareText } from './canonical'

/**
 * Two devices that gave different papers the same citation key (each pinned it while apart):
 * the paper added first keeps the key, every other gets the next free key by the citation-key
 * rules (`maes2008` → `maes2008a`, `maes2008b` …) and keeps its old key as an alias, so an
 * old `\cite{}` of it still finds it. Keys compare without case, as BibTeX's do.
 */

function addedFirst(a: PaperRow, b: PaperRow): number {
  return a.addedAt - b.addedAt || compareText(a.id, b.id)
}

/** Papers sharing a key (ignoring case), by key; each group added-first first. */
function clashes(papers: readonly PaperRow[]): PaperRow[][] {
  const groups = new Map<string, PaperRow[]>()
  for (const paper of papers) {
    const key = paper.citationKey.toLowerCase()
    groups.set(key, [...(groups.get(key) ?? []), paper])
  }
  return [...groups.entries()]
    .filter(([, group]) => group.length > 1)
    .sort(([a], [b]) => compareText(a, b))
    .map(([, group]) => [...group].sort(addedFirst))
}

/** The first key of the `makeUniqueKey` sequence that no paper uses. */
function freeKey(base: string, used: ReadonlySet<string>, isTaken: (key: string) => boolean): string {
  const skipped = new Set([base.toLowerCase()])
  for (;;) {
    const key = makeUniqueKey(base, skipped)
    if (!used.has(key.toLowerCase()) && !isTaken(key)) return key
    skipped.add(key.toLowerCase())
  }
}

function withAlias(aliases: readonly string[] | undefined, key: string): string[] {
  const list = aliases ?? []
  return list.includes(key) ? [...list] : [...list, key]
}

/**
 * Gives every paper but the first added of each group sharing a citation key a new unique key;
 * `isTaken` says whether another paper of the library uses a key. Returns only the papers
 * changed (their revision and modification time are the database's to stamp). Deterministic:
 * the same papers in any order get the same keys.
 */
export function resolveKeyClashes(papers: PaperRow[], isTaken: (key: string) => boolean): PaperRow[] {
  const used = new Set(papers.map((paper) => paper.citationKey.toLowerCase()))
  const changed: PaperRow[] = []
  for (const [, ...others] of clashes(papers)) {
    for (const paper of others) {
      const key = freeKey(paper.citationKey, used, isTaken)
      used.add(key.toLowerCase())
      changed.push({ ...paper, citationKey: key, citationKeyAliases: withAlias(paper.citationKeyAliases, paper.citationKey) })
    }
  }
  return changed
}

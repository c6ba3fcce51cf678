import type { IntervalTree, ObservabilitySet } from 'dexie'
import type { AxisRefDatabase } from '../db'
import { toIndexDocument, toSummary } from './documents'
import type { SearchEngine } from './engine'
import { newestModification, papersWithRelated, readSources, recordOwners, type Owners } from './sources'

const RELATED = ['notes', 'fullTexts', 'attachments'] as const
type RelatedTable = (typeof RELATED)[number]
export const TABLES = ['papers', ...RELATED] as const

/** Primary keys written per table, as Dexie reports them for single-row writes. */
export type ChangedKeys = Record<(typeof TABLES)[number], string[]>

interface TreeNode {
  from: unknown
  to: unknown
  l?: TreeNode | null
  r?: TreeNode | null
}

/** The keys of a range set if it holds only single keys; null if it holds a range. */
function pointKeys(tree: IntervalTree): string[] | null {
  const keys: string[] = []
  const stack: TreeNode[] = 'from' in tree ? [tree] : []
  while (stack.length > 0) {
    const node = stack.pop()
    if (!node) break
    if (node.from !== node.to || typeof node.from !== 'string') return null
    keys.push(node.from)
    if (node.l) stack.push(node.l)
    if (node.r) stack.push(node.r)
  }
  return keys
}

/**
 * Reads Dexie's `storagemutated` notice (fired in this worker for writes made anywhere in
 * the app: Dexie relays them between windows and workers over a BroadcastChannel). Returns
 * the written keys per table; 'range' when a write covered a range (a bulk write of 50+
 * rows, a clear), which calls for a catch-up instead; null when nothing we index changed.
 */
export function changedKeysFrom(parts: ObservabilitySet, dbName: string): ChangedKeys | 'range' | null {
  const changed: ChangedKeys = { papers: [], notes: [], fullTexts: [], attachments: [] }
  let any = false
  for (const table of TABLES) {
    const tree = parts[`idb://${dbName}/${table}/`]
    if (!tree) continue
    const keys = pointKeys(tree)
    if (keys === null) return 'range'
    changed[table] = keys
    any = true
  }
  return any ? changed : null
}

/** Papers touched by writes to these keys: the papers themselves and owners, old and new, of related rows. */
export async function papersAffectedBy(db: AxisRefDatabase, changed: ChangedKeys, owners: Owners): Promise<Set<string>> {
  const affected = new Set(changed.papers)
  const reads: Record<RelatedTable, (keys: string[]) => Promise<({ paperId: string } | undefined)[]>> = {
    notes: (keys) => db.notes.bulkGet(keys),
    fullTexts: (keys) => db.fullTexts.bulkGet(keys),
    attachments: (keys) => db.attachments.bulkGet(keys),
  }
  for (const table of RELATED) {
    const keys = changed[table]
    if (keys.length === 0) continue
    for (const key of keys) {
      const owner = owners[table].get(key)
      if (owner) affected.add(owner)
    }
    for (const row of await reads[table](keys)) if (row) affected.add(row.paperId)
  }
  return affected
}

/**
 * Everything that changed while no one was listening (the app was closed, or a bulk write
 * came as a range): papers added or removed (by key), papers and notes modified since the
 * watermark (by index), and notes, full texts and attachments added or removed (by key,
 * against the owners known). Reads keys and indexes only, never whole tables of records.
 */
export async function papersChangedSince(db: AxisRefDatabase, known: ReadonlyMap<string, { modifiedAt: number }>, owners: Owners, watermark: number): Promise<Set<string>> {
  // one read transaction: the range's ids and times below pair up only if read at one moment
  const [paperIds, modified, modifiedTimes, modifiedNotes] = await db.transaction('r', db.papers, db.notes, () =>
    Promise.all([
      db.papers.toCollection().primaryKeys(),
      db.papers.where('modifiedAt').aboveOrEqual(watermark).primaryKeys(),
      // the same range's index keys, in the same order: the time each was modified
      db.papers.where('modifiedAt').aboveOrEqual(watermark).keys(),
      db.notes.where('modifiedAt').aboveOrEqual(watermark).toArray(),
    ]),
  )
  // a paper indexed as it is now is not read again: the watermark is the newest time
  // indexed, and a 100,000-paper import gives every paper the same time, so "at or after
  // the watermark" was every paper imported so far, read and indexed again on each catch-up.
  // (A paper written twice in one millisecond, the second time by a bulk write, keeps its
  // first version in the index until its next change.)
  const affected = new Set<string>(modified.filter((id, index) => known.get(id)?.modifiedAt !== modifiedTimes[index]))
  const present = new Set(paperIds)
  for (const id of paperIds) if (!known.has(id)) affected.add(id)
  for (const id of known.keys()) if (!present.has(id)) affected.add(id)
  for (const note of modifiedNotes) affected.add(note.paperId)
  const keysOf: Record<RelatedTable, () => Promise<string[]>> = {
    notes: () => db.notes.toCollection().primaryKeys(),
    fullTexts: () => db.fullTexts.toCollection().primaryKeys(),
    attachments: () => db.attachments.toCollection().primaryKeys(),
  }
  const changed: ChangedKeys = { papers: [], notes: [], fullTexts: [], attachments: [] }
  for (const table of RELATED) {
    const current = new Set(await keysOf[table]())
    for (const key of current) if (!owners[table].has(key)) changed[table].push(key)
    for (const key of owners[table].keys()) if (!current.has(key)) changed[table].push(key)
  }
  for (const id of await papersAffectedBy(db, changed, owners)) affected.add(id)
  return affected
}

/** Forgets what the owners knew about these papers' related rows (they are about to be re-read). */
function forgetOwners(owners: Owners, paperIds: ReadonlySet<string>): void {
  for (const table of RELATED) {
    for (const [key, owner] of owners[table]) if (paperIds.has(owner)) owners[table].delete(key)
  }
}

/**
 * Papers read per transaction. Each read waits for the write before it (an import writes
 * 500 papers per transaction): in chunks of 500 a catch-up during an import advanced one
 * chunk per import transaction, 5,000 papers in 13 s.
 */
const READ_CHUNK = 2_500

/**
 * Re-reads these papers and puts them into the engine (or takes out those that are gone).
 * Returns the new watermark. Chunked, so a large catch-up does not hold one huge read.
 */
export async function reindexPapers(db: AxisRefDatabase, engine: SearchEngine, owners: Owners, ids: ReadonlySet<string>, watermark: number): Promise<number> {
  forgetOwners(owners, ids)
  const all = [...ids]
  let newest = watermark
  // for a few papers, looking each up costs less than reading which papers have related rows
  const owning = all.length > READ_CHUNK ? await papersWithRelated(db) : undefined
  for (let start = 0; start < all.length; start += READ_CHUNK) {
    const { sources, missing } = await readSources(db, all.slice(start, start + READ_CHUNK), owning)
    for (const id of missing) engine.remove(id)
    engine.upsertMany(sources.map((source) => ({ summary: toSummary(source), document: toIndexDocument(source) })))
    for (const source of sources) recordOwners(owners, source)
    newest = newestModification(sources, newest)
  }
  return newest
}

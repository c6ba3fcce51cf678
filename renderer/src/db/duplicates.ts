import type { SettingKey } from '../../../shared/domain/settings'
import { createDuplicateIndex, dedupKeyOf, findDuplicateSetsByKey, type DedupKey, type DuplicateIndex, type DuplicateSet } from '../../../shared/dedup'
import type { AxisRefDatabase } from './database'
import type { PaperRecord } from './schema'
import { readSetting, writeSetting } from './settings'

export const NOT_DUPLICATES = 'notDuplicates' satisfies SettingKey
/** Two paper ids the user said are different papers, the smaller first. */
export type Pair = [string, string]

/**
 * Every paper not in the trash. Read whole and filtered here: Dexie's `filter()` walks a
 * cursor, one IndexedDB round trip per record, which took seconds at 50,000 papers.
 */
async function papersOutsideTrash(db: AxisRefDatabase): Promise<PaperRecord[]> {
  return (await db.papers.toArray()).filter((paper) => paper.trashedAt === undefined)
}

/** Papers read at a time for their keys: a few megabytes of whole records, never the library. */
const KEY_CHUNK = 2_000

/**
 * The compact duplicate keys of every paper outside the trash, read a chunk at a time in id
 * order, so that at 100,000 papers only the keys (tens of megabytes), never every whole
 * record, are held at once. Stops with the signal's reason when it is aborted.
 */
export async function libraryDedupKeys(db: AxisRefDatabase, signal?: AbortSignal): Promise<DedupKey[]> {
  const keys: DedupKey[] = []
  let after: string | undefined
  for (;;) {
    signal?.throwIfAborted()
    const papers = await (after === undefined ? db.papers.orderBy(':id') : db.papers.where(':id').above(after)).limit(KEY_CHUNK).toArray()
    for (const paper of papers) if (paper.trashedAt === undefined) keys.push(dedupKeyOf({ id: paper.id, item: paper.csl, citationKey: paper.citationKey }))
    if (papers.length < KEY_CHUNK) return keys
    after = papers.at(-1)?.id
  }
}

/**
 * Candidate duplicate sets in the library (trash aside), minus pairs the user said differ.
 * Reads the whole library: the duplicates worker runs it, never the page.
 */
export async function findLibraryDuplicates(db: AxisRefDatabase, signal?: AbortSignal): Promise<DuplicateSet[]> {
  const keys = await libraryDedupKeys(db, signal)
  const notDuplicates = await readSetting(db, NOT_DUPLICATES)
  signal?.throwIfAborted()
  return findDuplicateSetsByKey(keys, { notDuplicates })
}

/** The library (trash aside) ready to check incoming records against, for one import. */
export async function libraryDuplicateIndex(db: AxisRefDatabase): Promise<DuplicateIndex> {
  const papers = await papersOutsideTrash(db)
  return createDuplicateIndex(papers.map((paper) => ({ id: paper.id, item: paper.csl, citationKey: paper.citationKey })))
}

/** Remembers that these papers are different, so they are not offered again. */
export async function markNotDuplicates(db: AxisRefDatabase, ids: readonly string[]): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const pairs = await readSetting(db, NOT_DUPLICATES)
    for (const a of ids) for (const b of ids) if (a < b) pairs.push([a, b])
    await writeSetting(db, NOT_DUPLICATES, pairs)
  })
}

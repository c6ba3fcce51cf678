import type { SettingKey } from '../../../shared/domain/settings'
import { createDuplicateIndex, findDuplicateSets, type DuplicateIndex, type DuplicateSet } from '../../../shared/dedup'
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

/** Candidate duplicate sets in the library (trash aside), minus pairs the user said differ. */
export async function findLibraryDuplicates(db: AxisRefDatabase): Promise<DuplicateSet[]> {
  const papers = await papersOutsideTrash(db)
  const notDuplicates = await readSetting(db, NOT_DUPLICATES)
  return findDuplicateSets(papers.map((paper) => ({ id: paper.id, item: paper.csl, citationKey: paper.citationKey })), { notDuplicates })
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

import { DEFAULT_KEY_PATTERN, generateCitationKey, makeUniqueKey } from '../../../shared/citekeys'
import type { CslItem } from '../../../shared/domain/csl'
import type { AxisRefDatabase } from './database'

/**
 * Changes a paper's record. The citation key is pinned: editing the title or the authors
 * never changes it (a thesis cites it); only `regenerateCitationKey` does.
 */
export async function updatePaperRecord(db: AxisRefDatabase, id: string, changes: Partial<CslItem>, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.papers, async () => {
    const paper = await db.papers.get(id)
    if (!paper) return
    const csl = { ...paper.csl, ...changes }
    await db.papers.update(id, { csl, doi: csl.DOI?.toLowerCase(), pmid: csl.PMID === undefined ? undefined : String(csl.PMID), modifiedAt: now })
  })
}

/** Gives the paper the key its record makes now (unique in the library, its own old key aside). */
export async function regenerateCitationKey(db: AxisRefDatabase, id: string, pattern = DEFAULT_KEY_PATTERN): Promise<string | undefined> {
  return db.transaction('rw', db.papers, async () => {
    const paper = await db.papers.get(id)
    const key = await proposeCitationKey(db, id, pattern)
    if (paper && key !== undefined && key !== paper.citationKey) await db.papers.update(id, { citationKey: key, modifiedAt: Date.now() })
    return key
  })
}

/** The key regenerating would give the paper, without writing it (the editor saves it as an undoable edit). */
export async function proposeCitationKey(db: AxisRefDatabase, id: string, pattern = DEFAULT_KEY_PATTERN): Promise<string | undefined> {
  const paper = await db.papers.get(id)
  if (!paper) return undefined
  const base = generateCitationKey(paper.csl, pattern)
  const taken = await db.papers.where('citationKey').startsWithIgnoreCase(base).filter((other) => other.id !== id).keys()
  return makeUniqueKey(base, new Set(taken.map((value) => String(value).toLowerCase())))
}

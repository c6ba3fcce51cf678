import type { AxisRefDatabase } from './database'
import type { AxisFields } from './axisTags'
import type { PaperRecord } from './schema'

/**
 * Applies a tagging action to papers in one transaction; `modifiedAt` moves only for
 * papers whose axis fields really changed.
 */
export async function updateAxis(db: AxisRefDatabase, ids: readonly string[], action: (fields: AxisFields) => AxisFields, now = Date.now()): Promise<number> {
  return db.transaction('rw', db.papers, async () => {
    let changed = 0
    for (const paper of await db.papers.bulkGet([...ids])) {
      if (!paper) continue
      const next = action(axisFieldsOf(paper))
      if (JSON.stringify(next) === JSON.stringify(axisFieldsOf(paper))) continue
      await db.papers.update(paper.id, { ...next, modifiedAt: now })
      changed++
    }
    return changed
  })
}

export function axisFieldsOf(paper: PaperRecord): AxisFields {
  const { axisNodes, axisPathways, axisSuggestions, axisRejected, axisSuggested, studyType } = paper
  return { axisNodes, axisPathways, axisSuggestions, axisRejected, axisSuggested, studyType }
}

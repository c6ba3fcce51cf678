import type { FieldConflict } from '../../../shared/domain/registry'
import type { AxisRefDatabase } from './database'
import { withFields } from './edits'
import type { PaperRecord } from './schema'

/**
 * The user's choice on a field a registry disagreed with: `registry` takes the registry's
 * value (recorded as the registry's, so a later lookup may update it), `mine` keeps the stored
 * value. Either way the conflict goes. Nothing happens when the conflict is gone already.
 */
export async function resolveLookupConflict(db: AxisRefDatabase, paperId: string, field: string, choice: 'registry' | 'mine', now: number = Date.now()): Promise<void> {
  await db.transaction('rw', db.papers, async () => {
    const paper = await db.papers.get(paperId)
    const conflict = paper?.lookupConflicts?.find((candidate) => candidate.field === field)
    if (!paper || !conflict) return
    const next = choice === 'registry' ? withRegistryValue(paper, conflict, now) : { ...paper, modifiedAt: now }
    const rest = (paper.lookupConflicts ?? []).filter((candidate) => candidate.field !== field)
    if (rest.length > 0) next.lookupConflicts = rest
    else delete next.lookupConflicts
    await db.papers.put(next)
  })
}

function withRegistryValue(paper: PaperRecord, conflict: FieldConflict, now: number): PaperRecord {
  const next = withFields(paper, { csl: { [conflict.field]: conflict.registryValue } }, now)
  const fieldSources = { ...next.fieldSources, [conflict.field]: { source: 'registry' as const, confidence: 1, at: now, by: conflict.source } }
  return { ...next, fieldSources }
}

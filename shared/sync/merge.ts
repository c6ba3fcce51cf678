// STAND-IN (s-engine): deleted before the last commit; the real one is on s-merge.
import type { PaperRow } from '../domain/rows'
import type { ChangedBy, RowChange, SyncedRow, SyncedTable } from './documents'

type Version = { row: SyncedRow | null; changedBy?: ChangedBy }

function later(a: Version, b: Version): number {
  const at = (a.changedBy?.at ?? 0) - (b.changedBy?.at ?? 0)
  if (at !== 0) return at
  return (a.changedBy?.device ?? '') < (b.changedBy?.device ?? '') ? -1 : (a.changedBy?.device ?? '') > (b.changedBy?.device ?? '') ? 1 : JSON.stringify(a.row) < JSON.stringify(b.row) ? -1 : 1
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b)

function fieldsOf(row: Record<string, unknown>): Map<string, unknown> {
  const fields = new Map<string, unknown>()
  for (const [key, value] of Object.entries(row)) {
    if (key === 'csl' && value && typeof value === 'object') for (const [k, v] of Object.entries(value)) fields.set(`csl.${k}`, v)
    else if (key !== 'syncConflicts' && key !== 'revision' && key !== 'modifiedAt') fields.set(key, value)
  }
  return fields
}

export function mergeVersions(table: SyncedTable, ancestor: Version | undefined, versions: Version[]): { merged: SyncedRow | null; changedBy: ChangedBy | undefined; extraRows: RowChange[] } {
  const sorted = [...versions].sort(later).reverse()
  const winner = sorted[0]
  if (!winner) throw new Error('no versions')
  if (table !== 'papers' || !winner.row || !ancestor?.row) {
    const extraRows: RowChange[] = []
    if (table === 'notes' && winner.row) {
      for (const loser of sorted.slice(1)) {
        if (loser.row && !same({ ...loser.row, revision: 0, modifiedAt: 0 }, { ...winner.row, revision: 0, modifiedAt: 0 })) {
          const id = `${loser.row.id}-copy-${loser.changedBy?.device ?? 'x'}`
          extraRows.push({ table: 'notes', id, row: { ...loser.row, id } } satisfies RowChange)
        }
      }
    }
    return { merged: winner.row, changedBy: winner.changedBy, extraRows }
  }
  const base = fieldsOf(ancestor.row)
  const result = new Map(fieldsOf(winner.row))
  const conflicts: NonNullable<PaperRow['syncConflicts']> = []
  for (const loser of sorted.slice(1)) {
    if (!loser.row) continue
    const theirs = fieldsOf(loser.row)
    for (const key of new Set([...theirs.keys(), ...result.keys()])) {
      const theirsChanged = !same(theirs.get(key), base.get(key))
      const oursChanged = !same(fieldsOf(winner.row).get(key), base.get(key))
      if (!theirsChanged) continue
      if (!oursChanged) result.set(key, theirs.get(key))
      else if (!same(theirs.get(key), result.get(key)))
        conflicts.push({ field: key, value: theirs.get(key), device: loser.changedBy?.device ?? '', deviceName: loser.changedBy?.deviceName ?? '', user: loser.changedBy?.user ?? '', at: loser.changedBy?.at ?? 0 })
    }
  }
  const row: Record<string, unknown> = { csl: {} }
  const csl: Record<string, unknown> = {}
  for (const [key, value] of result) {
    if (value === undefined) continue
    if (key.startsWith('csl.')) csl[key.slice(4)] = value
    else row[key] = value
  }
  row.csl = csl
  row.revision = winner.row.revision
  row.modifiedAt = winner.row.modifiedAt
  const kept = (winner.row as PaperRow).syncConflicts ?? []
  if (kept.length + conflicts.length > 0) row.syncConflicts = [...kept, ...conflicts]
  return { merged: row as SyncedRow, changedBy: winner.changedBy, extraRows: [] }
}

export function resolveKeyClashes(papers: PaperRow[], isTaken: (key: string) => boolean): PaperRow[] {
  const sorted = [...papers].sort((a, b) => a.addedAt - b.addedAt || (a.id < b.id ? -1 : 1))
  return sorted.slice(1).map((paper, index) => {
    let key = `${paper.citationKey}${String.fromCharCode(97 + index)}`
    while (isTaken(key)) key += 'x'
    return { ...paper, citationKey: key, citationKeyAliases: [...(paper.citationKeyAliases ?? []), paper.citationKey] }
  })
}

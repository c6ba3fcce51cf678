import type { ChangedBy, RowChange, SyncedRow, SyncedTable } from './documents'
import { ROW_SCHEMAS } from './documents'
import { canonicalJson, compareText, sameValue, sortedKeys, stableHash } from './canonical'
import { keysOf, mergeField, mergeSet, orderedVersion, sortVersions, type FieldOutcome, type Fields, type OrderedVersion } from './fieldMerge'
import { mergePaperFields } from './paperMerge'

export { resolveKeyClashes } from './keyClashes'

/**
 * The one conflict resolver's rule (issue #17): several versions of a row, written apart, made
 * one. Pure and deterministic: the same versions in any order give byte-identical rows on every
 * device (ordered by edit time, then device id, then content; keys sorted), so two devices
 * resolving the same conflict write the same content.
 *
 * Per field against the common ancestor: a field one side changed takes that change; a field
 * changed to different values takes the later edit's. A paper keeps the losing values in
 * `syncConflicts` (paperMerge.ts), a note or annotation keeps the losing version as a copy, other
 * rows let it go. An edit beats a deletion; a deletion beats a version that did not change.
 */

/** One version of a row: `row` null when it was deleted. */
export interface SyncVersion {
  row: SyncedRow | null
  changedBy?: ChangedBy
}

export interface MergeResult {
  /** The row to write; null when every version deleted it. */
  merged: SyncedRow | null
  changedBy: ChangedBy | undefined
  /** Rows to add beside it: a note or annotation both sides changed keeps the loser as a copy. */
  extraRows: RowChange[]
}

const STAMPS = new Set(['id', 'revision', 'modifiedAt'])
const KEPT_AS_COPY = new Set<SyncedTable>(['notes', 'annotations'])

/** Equal as content: the database's stamps (revision, modification time) do not count. */
function sameContent(a: Fields, b: Fields): boolean {
  return sameValue({ ...a, revision: 0, modifiedAt: 0 }, { ...b, revision: 0, modifiedAt: 0 })
}

/**
 * The versions that keep the row: all live ones, unless some version deleted it and no live one
 * changed it since the ancestor (then the deletion was the only edit).
 */
function survivingVersions(ancestor: Fields | undefined, versions: readonly SyncVersion[]): OrderedVersion[] {
  const live = versions.flatMap((version) => (version.row ? [orderedVersion(version.row, version.changedBy)] : []))
  const deleted = live.length < versions.length
  const edited = !ancestor || live.some((version) => !sameContent(version.fields, ancestor))
  return deleted && !edited ? [] : sortVersions(live)
}

interface TableMerge {
  fields: Record<string, unknown>
  outcomes: FieldOutcome[]
}

function mergeOtherFields(table: SyncedTable, ancestor: Fields | undefined, versions: readonly OrderedVersion[]): TableMerge {
  const result: TableMerge = { fields: {}, outcomes: [] }
  for (const name of keysOf([ancestor, ...versions.map((version) => version.fields)], STAMPS)) {
    if (table === 'settings' && name === 'value' && versions.every((version) => version.fields.id === 'notDuplicates')) {
      result.fields.value = mergeSet(ancestor, versions, (fields) => pairsOf(fields.value), pairKey)
      continue
    }
    const outcome = mergeField(ancestor, versions, (fields) => fields[name])
    result.fields[name] = outcome.value
    result.outcomes.push(outcome)
  }
  return result
}

/** `notDuplicates`' pairs of paper ids; undefined for a value that is not a list of pairs. */
function pairsOf(value: unknown): Array<readonly [string, string]> | undefined {
  if (!Array.isArray(value)) return undefined
  return value.flatMap((pair) => (Array.isArray(pair) && pair.length === 2 ? [[String(pair[0]), String(pair[1])] as const] : []))
}

/** A pair is the same pair written either way round. */
function pairKey(pair: readonly [string, string]): string {
  return [...pair].sort(compareText).join('\u0000')
}

/**
 * A copy's id: from the original's and the losing edit's (device, time and content, for two
 * losers of one device at one time), so every device makes the same one.
 */
function copyId(id: string, loser: OrderedVersion): string {
  return `${id.slice(0, 150)}-sync-${stableHash(`${id}\u0000${loser.device}\u0000${loser.at}\u0000${loser.canonical}`)}`
}

function copiesOfLosers(table: SyncedTable, id: string, outcomes: readonly FieldOutcome[]): RowChange[] {
  if (!KEPT_AS_COPY.has(table)) return []
  const losers = new Map<string, OrderedVersion>()
  // Two devices that wrote the same text lose together: one copy of it is enough.
  for (const loser of sortVersions(outcomes.flatMap((outcome) => outcome.losers.map(({ version }) => version)))) {
    const content = canonicalJson({ ...loser.fields, revision: 0, modifiedAt: 0 })
    if (!losers.has(content)) losers.set(content, loser)
  }
  return [...losers.values()].map((loser) => {
    const row = { ...loser.fields, id: copyId(id, loser), revision: 1, modifiedAt: loser.at }
    return table === 'notes' ? { table, id: row.id, row: ROW_SCHEMAS.notes.parse(row) } : { table: 'annotations', id: row.id, row: ROW_SCHEMAS.annotations.parse(row) }
  })
}

/** Who deleted the row last (every version deleted it, or the others had not changed it). */
function latestDeletion(versions: readonly SyncVersion[]): ChangedBy | undefined {
  const deletions = versions.flatMap((version) => (version.row ? [] : [orderedVersion({}, version.changedBy)]))
  return sortVersions(deletions).at(-1)?.changedBy
}

function numberField(versions: readonly OrderedVersion[], name: string): number {
  return Math.max(...versions.map((version) => Number(version.fields[name] ?? 0)))
}

/**
 * Merges the versions of one row against their common ancestor (undefined when there is none:
 * every field that differs counts as changed on every side), by the rule above. Throws, in
 * words, only when the merged row is not a valid row of `table`, which valid versions of that
 * table's rows cannot produce.
 */
export function mergeVersions(table: SyncedTable, ancestor: SyncVersion | undefined, versions: SyncVersion[]): MergeResult {
  const base = ancestor?.row ?? undefined
  const surviving = survivingVersions(base, versions)
  const latest = surviving.at(-1)
  if (!latest) return { merged: null, changedBy: latestDeletion(versions), extraRows: [] }
  const merged = table === 'papers' ? { fields: mergePaperFields(base, surviving), outcomes: [] } : mergeOtherFields(table, base, surviving)
  const row = sortedKeys({ ...merged.fields, id: latest.fields.id, revision: numberField(surviving, 'revision'), modifiedAt: numberField(surviving, 'modifiedAt') })
  return { merged: validRow(table, row), changedBy: latest.changedBy, extraRows: copiesOfLosers(table, String(latest.fields.id), merged.outcomes) }
}

/** The merged row checked by its table's schema: versions of another table's rows are a caller's bug, said in words. */
function validRow(table: SyncedTable, row: unknown): SyncedRow {
  const parsed = ROW_SCHEMAS[table].safeParse(row)
  if (parsed.success) return parsed.data
  const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'the row'}: ${issue.message}`).join('; ')
  throw new Error(`The merged versions of a row of ${table} do not make a valid row (${problems}): were versions of another table's rows passed?`)
}

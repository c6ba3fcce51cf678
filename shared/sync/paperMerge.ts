import type { SyncConflict } from '../domain/rows'
import { canonicalJson, compareText } from './canonical'
import { fieldsOf, keysOf, mergeField, mergeSet, stringsOf, type FieldOutcome, type Fields, type OrderedVersion } from './fieldMerge'

/**
 * A paper's fields merged three-way. CSL fields merge one by one (`csl.title`, `csl.author` …)
 * and each field's provenance follows its value; the app's lists merge as sets; a field both
 * sides changed keeps the later edit and records the other in `syncConflicts`, so the details
 * pane can offer it back (not for a machine's answers, see DERIVED).
 */

const SET_FIELDS = ['tags', 'axisNodes', 'axisPathways', 'collections', 'citationKeyAliases', 'axisSuggested'] as const
const REJECTED_LISTS = ['nodes', 'pathways', 'studyTypes'] as const
const MERGED_APART = new Set(['id', 'revision', 'modifiedAt', 'csl', 'fieldSources', 'syncConflicts', 'lookupConflicts', 'trashedAt', 'axisRejected', ...SET_FIELDS])
/** A machine's latest answer (the suggester's, a registry's): the later one is simply newer, not a value the user would restore. */
const DERIVED = new Set(['axisSuggestions', 'retraction'])
const NOTHING = new Set<string>()

function conflictsOf(field: string, outcome: FieldOutcome): SyncConflict[] {
  return outcome.losers.map(({ version, value }) => ({
    field,
    ...(value === undefined ? {} : { value }),
    device: version.changedBy?.device ?? '',
    deviceName: version.changedBy?.deviceName ?? '',
    user: version.changedBy?.user ?? '',
    at: version.at,
  }))
}

interface CslMerge {
  csl: Record<string, unknown>
  conflicts: SyncConflict[]
  /** Each CSL field some version changed, with the version whose value it took. */
  winners: Map<string, OrderedVersion>
}

function mergeCsl(ancestor: Fields | undefined, versions: readonly OrderedVersion[]): CslMerge {
  const cslOf = (fields: Fields): Fields => fieldsOf(fields.csl) ?? {}
  const result: CslMerge = { csl: {}, conflicts: [], winners: new Map() }
  const names = keysOf([ancestor && cslOf(ancestor), ...versions.map((version) => cslOf(version.fields))], NOTHING)
  for (const name of names) {
    const outcome = mergeField(ancestor, versions, (fields) => cslOf(fields)[name])
    result.csl[name] = outcome.value
    result.conflicts.push(...conflictsOf(`csl.${name}`, outcome))
    if (outcome.winner) result.winners.set(name, outcome.winner)
  }
  return result
}

/** Provenance per field: merged like any field, except that a changed CSL field brings its winner's. */
function mergeFieldSources(ancestor: Fields | undefined, versions: readonly OrderedVersion[], winners: ReadonlyMap<string, OrderedVersion>): Record<string, unknown> | undefined {
  const sourcesOf = (fields: Fields): Fields => fieldsOf(fields.fieldSources) ?? {}
  const merged: Record<string, unknown> = {}
  for (const name of keysOf([ancestor && sourcesOf(ancestor), ...versions.map((version) => sourcesOf(version.fields))], NOTHING)) {
    merged[name] = mergeField(ancestor, versions, (fields) => sourcesOf(fields)[name]).value
  }
  for (const [name, winner] of winners) merged[name] = sourcesOf(winner.fields)[name]
  const present = Object.values(merged).some((value) => value !== undefined)
  return present || versions.some((version) => version.fields.fieldSources !== undefined) ? merged : undefined
}

/** Restored from the trash on one side wins as any edit does; trashed on both: the later time. */
function mergeTrashedAt(ancestor: Fields | undefined, versions: readonly OrderedVersion[]): unknown {
  const outcome = mergeField(ancestor, versions, (fields) => fields.trashedAt)
  const times = [outcome.value, ...outcome.losers.map((loser) => loser.value)]
  return times.every((time) => typeof time === 'number') ? Math.max(...times.filter((time) => typeof time === 'number')) : outcome.value
}

function mergeRejected(ancestor: Fields | undefined, versions: readonly OrderedVersion[]): unknown {
  if (versions.every((version) => version.fields.axisRejected === undefined)) return undefined
  const listOf = (name: string) => (fields: Fields) => stringsOf(fieldsOf(fields.axisRejected)?.[name]) ?? []
  return Object.fromEntries(REJECTED_LISTS.map((name) => [name, mergeSet(ancestor, versions, listOf(name), String) ?? []]))
}

function listOf(value: unknown): readonly unknown[] | undefined {
  return Array.isArray(value) ? value : undefined
}

/** Kept values: those of every version, less those a version dismissed (keep / restore), plus the new ones. */
function mergeSyncConflicts(ancestor: Fields | undefined, versions: readonly OrderedVersion[], added: readonly SyncConflict[]): unknown[] | undefined {
  const kept = mergeSet(ancestor, versions, (fields) => listOf(fields.syncConflicts), canonicalJson) ?? []
  const all = new Map<string, unknown>([...kept, ...added].map((entry) => [canonicalJson(entry), entry]))
  if (all.size === 0) return versions.some((version) => version.fields.syncConflicts !== undefined) ? [] : undefined
  const atOf = (entry: unknown): number => Number(fieldsOf(entry)?.at ?? 0)
  return [...all.entries()].sort(([a, first], [b, second]) => atOf(first) - atOf(second) || compareText(a, b)).map(([, entry]) => entry)
}

/** The merged paper's fields (without id, revision and modifiedAt, which the caller sets). */
export function mergePaperFields(ancestor: Fields | undefined, versions: readonly OrderedVersion[]): Record<string, unknown> {
  const merged: Record<string, unknown> = {}
  const conflicts: SyncConflict[] = []
  for (const name of keysOf([ancestor, ...versions.map((version) => version.fields)], MERGED_APART)) {
    const outcome = mergeField(ancestor, versions, (fields) => fields[name])
    merged[name] = outcome.value
    if (!DERIVED.has(name)) conflicts.push(...conflictsOf(name, outcome))
  }
  // Registry values waiting for the user's choice: one chosen on a side is gone, a new one from either side is in.
  merged.lookupConflicts = mergeSet(ancestor, versions, (fields) => listOf(fields.lookupConflicts), canonicalJson)
  for (const name of SET_FIELDS) merged[name] = mergeSet(ancestor, versions, (fields) => stringsOf(fields[name]), String)
  const csl = mergeCsl(ancestor, versions)
  merged.csl = csl.csl
  merged.fieldSources = mergeFieldSources(ancestor, versions, csl.winners)
  merged.trashedAt = mergeTrashedAt(ancestor, versions)
  merged.axisRejected = mergeRejected(ancestor, versions)
  merged.syncConflicts = mergeSyncConflicts(ancestor, versions, [...conflicts, ...csl.conflicts])
  return merged
}

import type { ChangedBy } from './documents'
import { canonicalJson, compareText, sameValue, stableHash } from './canonical'

/**
 * Field-by-field three-way merge of stored rows, for any number of versions: a field only some
 * versions changed (against the common ancestor) takes their change; a field changed to
 * different values takes the later edit's, and the others are reported as losers so the caller
 * can keep them (a paper's `syncConflicts`, a copy of a note).
 */

export type Fields = Readonly<Record<string, unknown>>

/** One live version of a row, with the edit time and device that order it. */
export interface OrderedVersion {
  fields: Fields
  changedBy: ChangedBy | undefined
  at: number
  device: string
  /** The row's canonical JSON: the last tie-break, and the row's identity for de-duplication. */
  canonical: string
}

export function isFields(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * When the edit was made: its `changedBy.at`, or for a row that never travelled with one, its
 * `modifiedAt` (the database's stamp of the same moment).
 */
function editTime(fields: Fields, changedBy: ChangedBy | undefined): number {
  if (changedBy) return changedBy.at
  return typeof fields.modifiedAt === 'number' ? fields.modifiedAt : 0
}

export function orderedVersion(fields: Fields, changedBy: ChangedBy | undefined): OrderedVersion {
  return { fields, changedBy, at: editTime(fields, changedBy), device: changedBy?.device ?? '', canonical: canonicalJson(fields) }
}

/** Earlier edit first: by time, then device id, then a hash of the row, then the row itself. */
export function compareVersions(a: OrderedVersion, b: OrderedVersion): number {
  if (a.at !== b.at) return a.at - b.at
  return compareText(a.device, b.device) || compareText(stableHash(a.canonical), stableHash(b.canonical)) || compareText(a.canonical, b.canonical)
}

export function sortVersions(versions: readonly OrderedVersion[]): OrderedVersion[] {
  return [...versions].sort(compareVersions)
}

export interface FieldOutcome {
  value: unknown
  /** The version whose value was taken; undefined when no version changed the field. */
  winner: OrderedVersion | undefined
  /** Versions that changed the field to a value other than the winner's. */
  losers: Array<{ version: OrderedVersion; value: unknown }>
}

/** Versions (earliest first) whose value differs from the ancestor's; all of them without an ancestor. */
function changersOf(ancestor: Fields | undefined, versions: readonly OrderedVersion[], read: (fields: Fields) => unknown): OrderedVersion[] {
  if (!ancestor) return [...versions]
  const before = read(ancestor)
  return versions.filter((version) => !sameValue(read(version.fields), before))
}

/** One field, three-way; `versions` are sorted earliest first. */
export function mergeField(ancestor: Fields | undefined, versions: readonly OrderedVersion[], read: (fields: Fields) => unknown): FieldOutcome {
  const changers = changersOf(ancestor, versions, read)
  const winner = changers.at(-1)
  if (!winner) return { value: ancestor ? read(ancestor) : undefined, winner: undefined, losers: [] }
  const value = read(winner.fields)
  const losers = changers.filter((version) => !sameValue(read(version.fields), value)).map((version) => ({ version, value: read(version.fields) }))
  return { value, winner, losers }
}

/**
 * A list that is a set (tags, collections, pairs …), three-way: an item added by any version is
 * in, an item of the ancestor removed by any version is out. Order: the latest changer's, then
 * the other versions' additions, latest first. Empty stays absent when the latest changer had no list.
 */
export function mergeSet<T>(ancestor: Fields | undefined, versions: readonly OrderedVersion[], read: (fields: Fields) => readonly T[] | undefined, keyOf: (item: T) => string): T[] | undefined {
  const changers = changersOf(ancestor, versions, read)
  const latest = changers.at(-1)
  const before = ancestor ? read(ancestor) : undefined
  if (!latest) return before ? [...before] : undefined
  const inBefore = new Set((before ?? []).map(keyOf))
  const lists = versions.map((version) => new Set((read(version.fields) ?? []).map(keyOf)))
  const kept = (key: string): boolean => !inBefore.has(key) || lists.every((list) => list.has(key))
  const result = new Map<string, T>()
  for (const item of [...changers].reverse().flatMap((version) => read(version.fields) ?? [])) {
    const key = keyOf(item)
    if (kept(key) && !result.has(key)) result.set(key, item)
  }
  if (result.size === 0 && read(latest.fields) === undefined) return undefined
  return [...result.values()]
}

/** The keys any of the objects has, sorted, without `skip`. */
export function keysOf(objects: ReadonlyArray<Fields | undefined>, skip: ReadonlySet<string>): string[] {
  const keys = new Set(objects.flatMap((object) => Object.keys(object ?? {})))
  return [...keys].filter((key) => !skip.has(key)).sort(compareText)
}

export function stringsOf(value: unknown): string[] | undefined {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : undefined
}

export function fieldsOf(value: unknown): Fields | undefined {
  return isFields(value) ? value : undefined
}

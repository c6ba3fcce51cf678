import { SORT_COLUMNS, comparatorFor, insertionIndex, reverseOrder, sortKeysOf, type SortColumn, type SortDirection, type SortableRecord, type SortKeys, type SortSpec } from './listModel'

/** Orders per column and direction as positions in the records a model was made from (for saving). */
export type SavedOrders = Partial<Record<`${SortColumn}:${SortDirection}`, Uint32Array>>

/** Sorted views of a changing set of records, each sorted once and then kept in step. */
export interface ListModel<R extends SortableRecord = SortableRecord> {
  readonly size: number
  has(id: string): boolean
  /** Adds a record or moves a changed one: O(log n) per cached order, no re-sort. */
  upsert(record: R): void
  /** Many records at once (a rebuild, an import): past a few hundred, re-sorting on demand is cheaper than inserting each. */
  upsertMany(records: readonly R[]): void
  remove(id: string): void
  /** The records' keys in this order (each with its record); sorted on the first request, then maintained. Do not mutate. */
  entries(spec: SortSpec): readonly SortKeys<R>[]
  /** The ids in this order. */
  order(spec: SortSpec): string[]
  /** Every order as positions given by `positionOf`, sorting those not yet sorted. */
  saveOrders(positionOf: (id: string) => number): SavedOrders
}

/**
 * Takes `replaced` out of `sorted` and merges `fresh` (sorted alike) in, in one pass, in
 * place: an order handed out earlier stays the same array, kept in step.
 */
function mergeInto<T>(sorted: T[], replaced: ReadonlySet<T>, fresh: readonly T[], compare: (a: T, b: T) => number): void {
  const kept = replaced.size === 0 ? sorted.slice() : sorted.filter((entry) => !replaced.has(entry))
  sorted.length = kept.length + fresh.length
  let from = 0
  let added = 0
  for (let at = 0; at < sorted.length; at++) {
    const next = kept[from]
    const candidate = fresh[added]
    if (candidate !== undefined && (next === undefined || compare(candidate, next) < 0)) {
      sorted[at] = candidate
      added++
    } else if (next !== undefined) {
      sorted[at] = next
      from++
    }
  }
}

/** Whether two versions of a record have the same sort keys in every column. */
function sortsAlike(a: SortableRecord, b: SortableRecord): boolean {
  return a.title === b.title && a.firstAuthorSort === b.firstAuthorSort && a.year === b.year && a.journal === b.journal && a.addedAt === b.addedAt && a.citationKey === b.citationKey && a.studyType === b.studyType
}

function specKey(spec: SortSpec): `${SortColumn}:${SortDirection}` {
  return `${spec.column}:${spec.direction}`
}

/** Every column in both directions. */
export const ALL_SORTS: readonly SortSpec[] = SORT_COLUMNS.flatMap((column) => [
  { column, direction: 'asc' as const },
  { column, direction: 'desc' as const },
])

const itself = <T>(value: T): T => value
const other = (spec: SortSpec): SortSpec => ({ column: spec.column, direction: spec.direction === 'asc' ? 'desc' : 'asc' })

/**
 * The list model the search worker keeps: sort keys per record, and the orders asked for
 * so far as arrays of those keys, so walking an order reaches each record without a
 * lookup. An order comes from, cheapest first: the cache; `saved` orders (positions in
 * `records`, taken into the cache at the first change); the other direction, reversed in
 * one pass; a sort. `locale` is the UI language for lower-casing (Turkish İ/ı).
 */
export function createListModel<R extends SortableRecord>(records: Iterable<R> = [], locale?: string, saved?: SavedOrders): ListModel<R> {
  const initial = [...records].map((record) => sortKeysOf(record, locale))
  const keys = new Map<string, SortKeys<R>>(initial.map((entry) => [entry.id, entry]))
  const orders = new Map<string, { spec: SortSpec; entries: SortKeys<R>[] }>()
  let restorable = saved && initial.length === keys.size ? { saved, initial } : undefined

  function detach(id: string): void {
    const old = keys.get(id)
    if (!old) return
    for (const { spec, entries } of orders.values()) {
      const index = insertionIndex(entries, old, spec, itself)
      const at = entries[index] === old ? index : entries.indexOf(old)
      if (at !== -1) entries.splice(at, 1)
    }
    keys.delete(id)
  }

  /** Before the first change: the saved orders become cached ones, which changes then keep in step. */
  function materialise(): void {
    if (!restorable) return
    for (const spec of ALL_SORTS) {
      const sorted = orders.has(specKey(spec)) ? undefined : restored(spec)
      if (sorted) orders.set(specKey(spec), { spec, entries: sorted })
    }
    restorable = undefined
  }

  function restored(spec: SortSpec): SortKeys<R>[] | undefined {
    const positions = restorable?.saved[specKey(spec)]
    if (!restorable || !positions || positions.length !== restorable.initial.length) return undefined
    const { initial: list } = restorable
    const entries = Array.from(positions, (position) => list[position])
    return entries.every((entry) => entry !== undefined) ? entries : undefined
  }

  /**
   * A changed record that sorts where it did (axis suggestions, tags, a note: most writes)
   * takes its old one's place in every order at once: its keys object is the entry each order
   * holds. Moving it meant two splices of 100,000 entries in each of 14 orders, per paper, and
   * a suggestion refresh writes every paper of a large import.
   */
  function replacedInPlace(record: R): boolean {
    const old = keys.get(record.id)
    if (!old || !sortsAlike(old.record, record)) return false
    old.record = record
    return true
  }

  function entries(spec: SortSpec): SortKeys<R>[] {
    const cached = orders.get(specKey(spec))
    if (cached) return cached.entries
    const sorted = restored(spec) ?? sortedAnew(spec)
    orders.set(specKey(spec), { spec, entries: sorted })
    return sorted
  }

  /** The other direction reversed in one pass when it is at hand (the saved one is read only then), else a sort. */
  function sortedAnew(spec: SortSpec): SortKeys<R>[] {
    const reverse = orders.get(specKey(other(spec)))?.entries ?? restored(other(spec))
    return reverse ? reverseOrder(reverse, spec.column) : [...keys.values()].sort(comparatorFor(spec))
  }

  return {
    get size() {
      return keys.size
    },
    has: (id) => keys.has(id),
    upsert(record) {
      if (replacedInPlace(record)) return
      materialise()
      detach(record.id)
      const fresh = sortKeysOf(record, locale)
      keys.set(record.id, fresh)
      for (const { spec, entries: sorted } of orders.values()) sorted.splice(insertionIndex(sorted, fresh, spec, itself), 0, fresh)
    },
    upsertMany(batch) {
      const moved = batch.filter((record) => !replacedInPlace(record))
      if (moved.length < 256) {
        for (const record of moved) this.upsert(record)
        return
      }
      // a large share (a rebuild's first chunks): sorting again when asked is cheaper
      if (moved.length * 4 > keys.size) {
        restorable = undefined
        for (const record of moved) keys.set(record.id, sortKeysOf(record, locale))
        orders.clear()
        return
      }
      // a catch-up after a bulk write into a large library: merged into each order in one
      // pass, where clearing had the next search sort 100,000 papers again after every chunk
      materialise()
      const replaced = new Set(moved.flatMap((record) => keys.get(record.id) ?? []))
      const fresh = moved.map((record) => {
        const entry = sortKeysOf(record, locale)
        keys.set(record.id, entry)
        return entry
      })
      for (const { spec, entries: sorted } of orders.values()) mergeInto(sorted, replaced, [...fresh].sort(comparatorFor(spec)), comparatorFor(spec))
    },
    remove(id) {
      materialise()
      detach(id)
    },
    entries,
    order: (spec) => entries(spec).map((entry) => entry.id),
    saveOrders(positionOf) {
      const result: SavedOrders = {}
      for (const spec of ALL_SORTS) result[specKey(spec)] = Uint32Array.from(entries(spec), (entry) => positionOf(entry.id))
      return result
    },
  }
}

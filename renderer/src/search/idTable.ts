/** What a page already holds of the worker's id table: its identity and how many ids. */
export interface IdTableKnown {
  table: number
  count: number
}

/**
 * An answer's ids as the worker sends them: positions in its id table, plus the ids the
 * page does not hold yet (from `from` on, joined by newlines: paper ids never hold one).
 */
export interface EncodedIds {
  positions: Uint32Array
  table: number
  from: number
  added: string
}

/**
 * The worker's side: every id it has answered with gets a fixed position, so an answer is
 * a Uint32Array (a copy of 400 kB for 100,000 papers) and not 100,000 ids joined into one
 * string on the worker and split into new strings on the page, which took tens of
 * milliseconds each way; each id crosses once. `table` tells a fresh worker's table from
 * an older one's.
 */
export function createIdTable(table: number = Math.floor(Math.random() * 2 ** 31)): { encode(ids: readonly string[], known: IdTableKnown | undefined): EncodedIds } {
  const ids: string[] = []
  const positionOf = new Map<string, number>()
  // positions never change once given: an answer array the engine hands out again (it keeps them unchanged) is looked up once
  const encoded = new WeakMap<readonly string[], Uint32Array>()
  function positionsOf(answer: readonly string[]): Uint32Array {
    const known = encoded.get(answer)
    if (known) return known
    const positions = new Uint32Array(answer.length)
    for (let index = 0; index < answer.length; index++) {
      const id = answer[index] ?? ''
      let position = positionOf.get(id)
      if (position === undefined) {
        position = ids.length
        ids.push(id)
        positionOf.set(id, position)
      }
      positions[index] = position
    }
    encoded.set(answer, positions)
    return positions
  }
  return {
    encode(answer, known) {
      const positions = positionsOf(answer)
      const from = known?.table === table ? Math.min(known.count, ids.length) : 0
      return { positions, table, from, added: ids.slice(from).join('\n') }
    },
  }
}

/**
 * The page's side: the ids received so far, and an answer's positions turned back into
 * ids (the strings held here, none made anew). A worker started afresh has a new table,
 * which replaces the old one.
 */
export function createIdTableReader(): { known(): IdTableKnown | undefined; decode(encoded: EncodedIds): string[] } {
  let table: number | undefined
  let ids: string[] = []
  return {
    known: () => (table === undefined ? undefined : { table, count: ids.length }),
    decode({ positions, table: answeredFrom, from, added }) {
      if (answeredFrom !== table) {
        table = answeredFrom
        ids = []
      }
      if (from > ids.length) throw new Error(`The search worker answered with ids from position ${from} of its list, but the page holds only ${ids.length}; search again.`)
      // positions are fixed once given: ids sent twice (two answers crossing) are the same
      if (added !== '') added.split('\n').forEach((id, index) => (ids[from + index] = id))
      return Array.from(positions, (position) => {
        const id = ids[position]
        if (id === undefined) throw new Error(`The search worker answered with position ${position}, past the ${ids.length} ids the page holds; search again.`)
        return id
      })
    },
  }
}

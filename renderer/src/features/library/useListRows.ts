import { useCallback, useEffect, useRef, useState } from 'react'
import { summarisePaper } from '../../../../shared/search'
import { useDatabase, type AxisRefDatabase, type PaperRecord } from '../../db'
import type { PaperRow } from '../../search/protocol'
import type { SearchClient } from '../../search/searchClient'

function rowOf(paper: PaperRecord & { studyType?: string }): PaperRow {
  const { id, title, firstAuthor, year, journal, studyType, addedAt, citationKey, hasPdf, trashed, retraction } = summarisePaper(paper, { hasPdf: false, hasFullText: false, hasNotes: false })
  return { id, title, firstAuthor, year, journal, studyType, addedAt, citationKey, hasPdf, trashed, ...(retraction && { retraction }) }
}

/**
 * Rows from the worker, and for any it does not hold yet, from IndexedDB. Until its index
 * is ready the worker may be busy for a second reading its saved index, so rows are then
 * read from IndexedDB alone: the first screenful of a cold start waits for nothing.
 */
async function fetchRows(client: SearchClient, db: AxisRefDatabase, ids: readonly string[]): Promise<PaperRow[]> {
  const fromWorker = client.status.state === 'ready' ? await client.rows(ids) : []
  if (fromWorker.length === ids.length) return fromWorker
  const have = new Set(fromWorker.map((row) => row.id))
  const records = await db.papers.bulkGet(ids.filter((id) => !have.has(id)))
  return [...fromWorker, ...records.flatMap((record) => (record ? [rowOf(record)] : []))]
}

const EMPTY: ReadonlyMap<string, PaperRow> = new Map()

/** Whether a refetched row shows the same as the one held (then the held object is kept). */
function sameRow(a: PaperRow, b: PaperRow): boolean {
  // both rows' keys: an optional field (a retraction badge) that went away is a change too
  const keys = new Set([...Object.keys(a), ...Object.keys(b)] as (keyof PaperRow)[])
  return [...keys].every((key) => a[key] === b[key])
}
/** Rows kept for ids that scrolled away, so scrolling back needs no request. */
const KEEP = 1500

export interface ListRows {
  rows: ReadonlyMap<string, PaperRow>
  /** Why rows could not be read, in words; cleared when a read works again. */
  failure?: string
  /** Reads the missing rows again. */
  retry: () => void
}

/**
 * The rows for the ids on (or about to come on) screen, from the search worker's summaries:
 * a few dozen small objects per frame instead of full records read from IndexedDB, which
 * is what keeps scrolling 50,000 papers under a frame. While the worker is still loading
 * (the first second of a cold start) rows come from IndexedDB instead. Only rows not held
 * yet are requested, and a held row keeps its object, so memoised rows do not re-render;
 * when the library changes, all are fetched again (the old ones stay on screen meanwhile).
 * A read that fails says why; scrolling, a change or `retry` reads again.
 */
export function useListRows(client: SearchClient, ids: readonly string[]): ListRows {
  const db = useDatabase()
  const [held, setHeld] = useState<{ revision: number; rows: ReadonlyMap<string, PaperRow> }>({ revision: 0, rows: EMPTY })
  const [revision, setRevision] = useState(0)
  const [failure, setFailure] = useState<string>()
  const [attempt, setAttempt] = useState(0)
  const retry = useCallback(() => setAttempt((value) => value + 1), [])
  const key = ids.join('\n')
  // ids asked for and not answered yet: a fast scroll renders many frames per answer, and
  // asking again for the same rows each frame queued requests faster than they were answered
  const asked = useRef({ revision: -1, ids: new Set<string>() })

  useEffect(() => client.subscribe((event) => event.type === 'changed' && setRevision((value) => value + 1)), [client])

  useEffect(() => {
    const requested = key ? key.split('\n') : []
    const known = held.revision === revision ? held.rows : EMPTY
    if (asked.current.revision !== revision) asked.current = { revision, ids: new Set() }
    const pending = asked.current.ids
    const missing = requested.filter((id) => !known.has(id) && !pending.has(id))
    if (missing.length === 0) return
    for (const id of missing) pending.add(id)
    fetchRows(client, db, missing)
      .then((fetched) => {
        setFailure(undefined)
        setHeld((previous) => {
          const next = new Map(previous.revision === revision ? previous.rows : EMPTY)
          for (const row of fetched) {
            // after a change elsewhere in the library, an unchanged row keeps its object: its memoised row does not render again
            const old = previous.rows.get(row.id)
            next.set(row.id, old && sameRow(old, row) ? old : row)
          }
          if (next.size > KEEP) {
            const onScreen = new Set(requested)
            for (const id of [...next.keys()].slice(0, next.size - KEEP)) if (!onScreen.has(id)) next.delete(id)
          }
          return { revision, rows: next }
        })
      })
      .catch((error: unknown) => {
        setFailure(`Rows could not be read: ${error instanceof Error ? error.message : String(error)}`)
      })
      .finally(() => {
        for (const id of missing) pending.delete(id)
      })
  }, [client, db, key, revision, held, attempt])

  return { rows: held.rows, failure, retry }
}

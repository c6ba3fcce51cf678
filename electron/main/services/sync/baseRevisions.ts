import { openLocal } from './pouch'

/**
 * Per document, the revision the window's copy is based on: the last one main gave the
 * window or took from it. A push whose base is not the replica's current revision was made
 * before the window applied a change from the server, so it is written as a conflict branch
 * (push.ts). Kept in a small LevelDB of its own beside the replica, so it survives a restart.
 */
export interface BaseRevisions {
  get(ids: string[]): Promise<Map<string, string>>
  /** Records the bases, one update after another (a push and a wait may answer at once). */
  set(bases: Map<string, string>): Promise<void>
  close(): Promise<void>
}

export function openBaseRevisions(folder: string): BaseRevisions {
  const db = openLocal(folder, { compact: true })
  let queue: Promise<unknown> = Promise.resolve()

  async function get(ids: string[]): Promise<Map<string, string>> {
    const found = new Map<string, string>()
    if (ids.length === 0) return found
    const answer = await db.allDocs({ keys: ids, include_docs: true })
    for (const row of answer.rows) if (row.doc?.rev) found.set(row.id, row.doc.rev)
    return found
  }

  async function write(bases: Map<string, string>): Promise<void> {
    if (bases.size === 0) return
    const current = await db.allDocs({ keys: [...bases.keys()] })
    const revs = new Map(current.rows.flatMap((row) => (row.value && !row.value.deleted ? [[row.id, row.value.rev] as const] : [])))
    const docs = [...bases].map(([id, rev]) => ({ _id: id, rev, ...(revs.has(id) ? { _rev: revs.get(id) } : {}) }))
    const results = await db.bulkDocs(docs)
    const failed = results.filter((result) => !result.ok)
    if (failed.length > 0) throw new Error(`Could not remember ${failed.length} base revisions: ${JSON.stringify(failed[0])}`)
  }

  function set(bases: Map<string, string>): Promise<void> {
    const run = queue.then(() => write(bases))
    queue = Promise.allSettled([run])
    return run
  }

  return { get, set, close: () => db.close() }
}

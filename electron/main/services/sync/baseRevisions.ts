import { createRequire } from 'node:module'
import { rm } from 'node:fs/promises'
import { dirname, join } from 'node:path'

/**
 * Per document, the revision the window's copy is based on: the last one main gave the
 * window or took from it. A push whose base is not the replica's current revision was made
 * before the window applied a change from the server, so it is written as a conflict branch
 * (push.ts). Kept in a LevelDB of its own beside the replica, so it survives a restart: a
 * plain key → revision store, written in one batch per answer without reading first (a
 * PouchDB database here cost three reads per document of a first sync).
 */
export interface BaseRevisions {
  get(ids: string[]): Promise<Map<string, string>>
  /** Records the bases, one update after another (a push and a wait may answer at once). */
  set(bases: Map<string, string>): Promise<void>
  close(): Promise<void>
}

/** The part of levelup's API used here (levelup 4 over leveldown 6, the LevelDB PouchDB's adapter uses too). */
interface KeyValueStore {
  get(key: string, options: { asBuffer: false }): Promise<string>
  batch(operations: { type: 'put'; key: string; value: string }[]): Promise<void>
  close(): Promise<void>
}

const loadPackage = createRequire(import.meta.url)
const levelup: (store: unknown) => KeyValueStore = loadPackage('levelup')
const leveldown: (folder: string) => unknown = loadPackage('leveldown')

/** The folder of a store kept as a PouchDB database before: nothing reads it any more. */
const OLD_FOLDER = 'bases'

export async function openBaseRevisions(folder: string): Promise<BaseRevisions> {
  await rm(join(dirname(folder), OLD_FOLDER), { recursive: true, force: true })
  const db = levelup(leveldown(folder))
  let queue: Promise<unknown> = Promise.resolve()

  async function revisionOf(id: string): Promise<string | undefined> {
    try {
      return await db.get(id, { asBuffer: false })
    } catch (error) {
      if (isNotFound(error)) return undefined
      throw error
    }
  }

  async function get(ids: string[]): Promise<Map<string, string>> {
    const revisions = await Promise.all(ids.map(revisionOf))
    return new Map(ids.flatMap((id, index) => {
      const rev = revisions[index]
      return rev === undefined ? [] : [[id, rev] as const]
    }))
  }

  async function write(bases: Map<string, string>): Promise<void> {
    if (bases.size === 0) return
    await db.batch([...bases].map(([key, value]) => ({ type: 'put' as const, key, value })))
  }

  function set(bases: Map<string, string>): Promise<void> {
    const run = queue.then(() => write(bases))
    queue = Promise.allSettled([run])
    return run
  }

  return { get, set, close: () => db.close() }
}

function isNotFound(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'notFound' in error && error.notFound === true
}

import { createRequire } from 'node:module'
import type { Database, PouchStatic } from './pouchTypes'

/**
 * PouchDB as main uses it: the replica on LevelDB, the server over HTTP, PouchDB's own
 * replicator between them. Revision bodies are kept (no auto-compaction) so the conflict
 * resolver can find a conflict's common ancestor.
 */
// not named `require`: the bundle of main declares one of its own at the top, and a second one
// is a syntax error there (electronegativity could no longer read main, and Node would not load it)
const loadPackage = createRequire(import.meta.url)
const core: PouchStatic = loadPackage('pouchdb-core')
const Pouch: PouchStatic = core.plugin(loadPackage('pouchdb-adapter-leveldb')).plugin(loadPackage('pouchdb-adapter-http')).plugin(loadPackage('pouchdb-replication'))

export type { Database } from './pouchTypes'

/** A LevelDB database in `folder` (created when missing). */
export function openLocal(folder: string, options: { compact?: boolean } = {}): Database {
  return new Pouch(folder, { adapter: 'leveldb', auto_compaction: options.compact === true, ...(options.compact ? { revs_limit: 1 } : {}) })
}

export interface RemoteOptions {
  url: string
  database: string
  user: string
  password: string
  fetch: typeof fetch
}

/** The server's database, every request through `fetch` with the user's credentials; never created from here. */
export function openRemote({ url, database, user, password, fetch: send }: RemoteOptions): Database {
  const authorization = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`
  const remote = new Pouch(`${url.replace(/\/+$/, '')}/${encodeURIComponent(database)}`, {
    adapter: 'http',
    skip_setup: true,
    fetch: (target: string | URL | Request, init?: RequestInit) => {
      const headers = new Headers(init?.headers)
      headers.set('authorization', authorization)
      return send(target, { ...init, headers })
    },
  })
  keepLastInfo(remote)
  return remote
}

/**
 * PouchDB's replicator asks the source's `info()` after each batch only to count progress,
 * without handling a failure: with the server gone at that moment the rejection would go
 * unhandled (and end the process). The last info the server gave stands in until it answers.
 */
function keepLastInfo(remote: Database): void {
  const ask = remote.info.bind(remote)
  let last: Awaited<ReturnType<Database['info']>> | undefined
  remote.info = async () => {
    try {
      last = await ask()
      return last
    } catch (error) {
      if (last) return last
      throw error
    }
  }
}

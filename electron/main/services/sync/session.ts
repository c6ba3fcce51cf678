import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { openBaseRevisions, type BaseRevisions } from './baseRevisions'
import type { LiveStatus } from './liveStatus'
import { openLocal, openRemote } from './pouch'
import type { Database } from './pouchTypes'
import { startReplication, type LiveReplication, type ReplicationTimings } from './replication'
import { createResolver, type Resolver } from './resolver'

/**
 * One connection at work: the replica in `<dataDir>/sync/<connection id>/`, the base
 * revisions beside it, the server's database, the live replication and the conflict resolver.
 */
export interface SessionOptions {
  folder: string
  connection: { url: string; database: string; user: string }
  password: string
  fetch: typeof fetch
  timings: ReplicationTimings
  now: () => number
  readOnly: boolean
  onStatus(status: LiveStatus): void
  /** The replica changed (a window's push, the server's changes, a merge). */
  onReplicaChange(): void
  onProblem(error: unknown): void
}

export interface SyncSession {
  replica: Database
  bases: BaseRevisions
  remote: Database
  resolver: Resolver
  status(): LiveStatus
  /** Stops the replication and starts it again at once (from its checkpoints). */
  restart(): Promise<void>
  close(): Promise<void>
}

export function replicaFolder(dataDir: string, connectionId: string): string {
  return join(dataDir, 'sync', connectionId)
}

export async function openSession(options: SessionOptions): Promise<SyncSession> {
  // LevelDB makes its own folder but not the folders above it
  await mkdir(options.folder, { recursive: true })
  const replica = openLocal(join(options.folder, 'replica'))
  const bases = await openBaseRevisions(join(options.folder, 'base-revisions'))
  const remote = openRemote({ ...options.connection, password: options.password, fetch: options.fetch })
  // the resolver's feed is the one reader of every change: a second feed would read each document again
  const resolver = createResolver(replica, options.onProblem, options.onReplicaChange)
  await resolver.start()
  const where = `${options.connection.database} at ${options.connection.url}`
  const replicate = (readOnly: boolean): LiveReplication =>
    startReplication({ local: replica, remote, where, timings: options.timings, now: options.now, readOnly, onStatus: options.onStatus })
  let replication = replicate(options.readOnly)
  return {
    replica,
    bases,
    remote,
    resolver,
    status: () => replication.status(),
    async restart() {
      const readOnly = replication.status().readOnly
      await replication.cancel()
      replication = replicate(readOnly)
    },
    async close() {
      await replication.cancel()
      resolver.close()
      await resolver.idle()
      await Promise.all([replica.close(), bases.close(), remote.close()])
    },
  }
}

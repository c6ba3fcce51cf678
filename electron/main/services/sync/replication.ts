import { WRITE_CHECK_DOC_PREFIX } from './connection'
import { FILE_DOC_PREFIX } from '../../../../shared/sync/documents'
import { describeFailure, startingStatus, type Direction, type LiveStatus } from './liveStatus'
import type { Database, Replication, ReplicationInfo } from './pouchTypes'

/**
 * The live replication of the replica with the server, both ways, as PouchDB's replicator
 * runs it: continuous, retried with the injected back-off while the server cannot be
 * reached, resumed from its checkpoints. Two one-way replications rather than one `sync`,
 * so a push the server refuses (a read-only member) leaves the pull running.
 */
export interface ReplicationTimings {
  /** The next wait after a failed attempt, from the last one (0 at first), in ms: PouchDB's `back_off_function`. */
  backOff(previousMs: number): number
  /** Documents per batch (PouchDB's default 100). */
  batchSize?: number
}

export function defaultBackOff(previousMs: number): number {
  return previousMs === 0 ? 1000 : Math.min(previousMs * 2, 60_000)
}

export interface LiveReplication {
  status(): LiveStatus
  cancel(): Promise<void>
}

export interface ReplicationOptions {
  local: Database
  remote: Database
  /** The database as the user knows it, for messages ("<db> at <url>"). */
  where: string
  timings: ReplicationTimings
  now: () => number
  readOnly: boolean
  /** Called after every change of the status. */
  onStatus(status: LiveStatus): void
  /** Called when the server took documents from this device. */
  onPushed?(ids: string[]): void
}

/**
 * Keeps `file:` documents (PDFs, fetched apart), the server's design documents and the
 * tombstones "Test connection" leaves when it checks that the user may write out of the replica.
 */
export function pullFilter(doc: { _id: string }): boolean {
  return !doc._id.startsWith(FILE_DOC_PREFIX) && !doc._id.startsWith('_design/') && !doc._id.startsWith(WRITE_CHECK_DOC_PREFIX)
}

export function startReplication(options: ReplicationOptions): LiveReplication {
  const { local, remote, timings } = options
  let live: LiveStatus = startingStatus(options.readOnly)
  const common = { live: true, retry: true, back_off_function: timings.backOff, ...(timings.batchSize ? { batch_size: timings.batchSize } : {}) }
  const push = local.replicate.to(remote, common)
  const pull = local.replicate.from(remote, { ...common, filter: pullFilter })
  let pushedSeq: number | string = 0

  const update = (change: Partial<LiveStatus>) => {
    live = { ...live, ...change }
    if (live.push.state === 'paused' && live.pull.state === 'paused') live = { ...live, lastSyncedAt: options.now() }
    options.onStatus(live)
  }
  const direction = (name: 'push' | 'pull', next: Partial<Direction>) => update({ [name]: { ...live[name], ...next } })

  // a replication that failed for good has ended already (and PouchDB drops its listeners then)
  const pushEnded = endOf(push)
  const pullEnded = endOf(pull)
  watch(push, 'push', direction, options)
  watch(pull, 'pull', direction, options)
  push.on('denied', () => update({ readOnly: true }))
  const countPending = () =>
    void pendingPush(local, pushedSeq).then(
      (pending) => direction('push', { pending }),
      (error: unknown) => direction('push', { state: 'failed', message: `This device's copy of the library could not be read: ${String(error)}` }),
    )
  push.on('change', (info: ReplicationInfo) => {
    pushedSeq = info.last_seq
    options.onPushed?.((info.docs ?? []).map((doc) => doc._id))
    countPending()
  })
  push.on('active', countPending)
  pull.on('change', (info: ReplicationInfo) => direction('pull', { state: 'active', pending: pendingOf(info) }))

  return {
    status: () => live,
    cancel: async () => {
      push.cancel()
      pull.cancel()
      await Promise.all([pushEnded, pullEnded])
    },
  }
}

function endOf(replication: Replication): Promise<void> {
  return new Promise((resolve) => {
    replication.once('complete', () => resolve())
    replication.once('error', () => resolve())
  })
}

function watch(replication: Replication, name: 'push' | 'pull', direction: (name: 'push' | 'pull', next: Partial<Direction>) => void, options: ReplicationOptions): void {
  replication.on('active', () => direction(name, { state: 'active', message: undefined }))
  replication.on('paused', (error: unknown) => {
    if (!error) return direction(name, { state: 'paused', pending: 0, message: undefined })
    const failure = describeFailure(error, options.where)
    direction(name, { state: failure.offline ? 'offline' : 'failed', message: failure.message })
  })
  // with retry on, PouchDB stops only on a refusal of the credentials or of the database itself
  replication.on('error', (error: unknown) => direction(name, { state: 'failed', message: describeFailure(error, options.where).message }))
}

function pendingOf(info: { pending?: number; docs?: unknown[] }): number {
  return typeof info.pending === 'number' ? info.pending : 0
}

/** Changes of the replica the push has not reached yet (sequence numbers of a LevelDB replica are plain counts). */
async function pendingPush(local: Database, lastSeq: number | string): Promise<number> {
  const info = await local.info()
  const done = Number.parseInt(String(lastSeq), 10)
  const total = Number.parseInt(String(info.update_seq), 10)
  return Number.isFinite(done) && Number.isFinite(total) ? Math.max(0, total - done) : 0
}

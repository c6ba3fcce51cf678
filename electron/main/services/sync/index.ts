import { rm } from 'node:fs/promises'
import { randomUUID } from 'node:crypto'
import type { ChannelInput, ChannelOutput } from '../../../../shared/ipc/contract'
import { AppError } from '../../../../shared/ipc/result'
import type { RefusedDoc } from '../../../../shared/sync/documents'
import type { SyncConnectionInput, SyncConnectionReport, SyncStatus } from '../../../../shared/sync/status'
import type { PdfStore } from '../pdfStore'
import type { SyncFilesAccess, SyncFilesPart } from './filesSeam'
import type { SettingsStore } from '../settingsStore'
import { readChanges, type ChangeBatch } from './incoming'
import { summarize } from './liveStatus'
import { secretKey, type ConnectionTester, type SyncSecrets } from './ports'
import type { Database } from './pouchTypes'
import { pushChanges } from './push'
import { defaultBackOff, type ReplicationTimings } from './replication'
import { openSession, replicaFolder, type SyncSession } from './session'
import { createSignal } from './signal'
import { createSyncSettings, type KeptConnection } from './syncSettings'

/**
 * Main's sync engine (issue #17, sync.md): the library's connection, the replica and its
 * live replication, the window's pushes and long polls, the conflict resolver. PDFs travel
 * through the `files` part, which gets the authenticated server database from `remote()`.
 */
export interface SyncTimings extends ReplicationTimings {
  /** How long `waitForSyncChanges` waits for a change before it answers with none. */
  waitMs: number
  /** Each request of "Test connection". */
  testTimeoutMs: number
}

export interface SyncServiceDeps {
  dataDir: string
  settings: SettingsStore
  secrets: SyncSecrets
  fetch: typeof fetch
  now: () => number
  hostName: string
  tester: ConnectionTester
  pdfStore: () => Promise<PdfStore>
  timings?: Partial<SyncTimings>
  files: (access: SyncFilesAccess) => SyncFilesPart
}

export interface SyncService {
  start(): Promise<void>
  close(): Promise<void>
  status(): Promise<SyncStatus>
  test(input: SyncConnectionInput): Promise<SyncConnectionReport>
  connect(input: ChannelInput<'connectSync'>): Promise<SyncStatus>
  disconnect(input: ChannelInput<'disconnectSync'>): Promise<SyncStatus>
  syncNow(): Promise<SyncStatus>
  push(input: ChannelInput<'pushSyncChanges'>): Promise<ChannelOutput<'pushSyncChanges'>>
  wait(input: ChannelInput<'waitForSyncChanges'>): Promise<ChannelOutput<'waitForSyncChanges'>>
  fetchPdf(hash: string): Promise<{ stored: boolean }>
  /** The server's database, for the PDF files' part. */
  remote(): Database | undefined
  /** This device's replica (the files part reads attachment rows from it; tests look into it). */
  replica(): Database | undefined
  /** Resolves when the conflict resolver has handled every replica change so far (tests). */
  idle(): Promise<void>
}

// 500 documents a batch (PouchDB's default 100): a first sync makes a fifth of the requests and wakes the replica's readers a fifth as often
const DEFAULT_TIMINGS: SyncTimings = { backOff: defaultBackOff, waitMs: 25_000, testTimeoutMs: 10_000, batchSize: 500 }
const MAX_REFUSED = 50

export type { SyncFilesAccess, SyncFilesPart }

export function createSyncService(deps: SyncServiceDeps): SyncService {
  const timings: SyncTimings = { ...DEFAULT_TIMINGS, ...deps.timings }
  const kept = createSyncSettings(deps.settings)
  const signal = createSignal()
  let session: SyncSession | undefined
  let problem: string | undefined
  let refused: RefusedDoc[] = []
  let hasPassword = false
  /** The batch after the last one given, read while the window writes that one (a first sync's answers come one after another). */
  let ahead: { key: string; read: Promise<{ batch: ChangeBatch } | { error: unknown }> } | undefined
  const files = deps.files({
    remote: () => session?.remote,
    pdfStore: deps.pdfStore,
    pdfs: async () => (await kept.read()).connection?.pdfs,
    report: (entry) => {
      refused = [entry, ...refused.filter((known) => known.id !== entry.id)].slice(0, MAX_REFUSED)
      signal.notify()
    },
  })

  async function status(): Promise<SyncStatus> {
    const { deviceId, connection } = await kept.read()
    const live = session ? session.status() : undefined
    const summary = live ? summarize(live) : { state: problem ? ('error' as const) : ('off' as const), sending: 0, receiving: 0 }
    const message = summary.message ?? problem
    return {
      connection: connection ? { ...connection, hasPassword } : null,
      ...summary,
      ...(message === undefined ? {} : { message }),
      readOnly: live?.readOnly ?? false,
      ...(live?.lastSyncedAt === undefined ? {} : { lastSyncedAt: live.lastSyncedAt }),
      refused,
      device: { id: deviceId, name: deps.hostName },
    }
  }

  async function stop(): Promise<void> {
    const running = session
    session = undefined
    ahead = undefined
    await running?.close()
  }

  async function open(connection: KeptConnection, password: string, readOnly: boolean): Promise<void> {
    await stop()
    session = await openSession({
      folder: replicaFolder(deps.dataDir, connection.id),
      connection,
      password,
      fetch: deps.fetch,
      timings,
      now: deps.now,
      readOnly,
      onStatus: () => signal.notify(),
      onReplicaChange: () => signal.notify(),
      onProblem: (error) => {
        problem = `A change could not be merged: ${error instanceof Error ? error.message : String(error)}`
        console.error('[sync]', error)
      },
    })
  }

  async function test(input: SyncConnectionInput): Promise<SyncConnectionReport> {
    const url = input.url.replace(/\/+$/, '')
    const password = input.password ?? (await deps.secrets.load(secretKey(url, input.user))) ?? ''
    return deps.tester({ ...input, url, password }, { fetch: deps.fetch, timeoutMs: timings.testTimeoutMs })
  }

  /** A connection that was not made: the status as it is, with why (a running connection goes on). */
  async function refusedConnection(reason: string): Promise<SyncStatus> {
    if (!session) problem = reason
    return { ...(await status()), state: 'error', message: reason }
  }

  async function connect(input: ChannelInput<'connectSync'>): Promise<SyncStatus> {
    const url = input.url.replace(/\/+$/, '')
    const key = secretKey(url, input.user)
    const password = input.password ?? (await deps.secrets.load(key))
    if (password === undefined) return refusedConnection(`No password is kept for ${input.user} at ${url}: enter it to connect.`)
    const report = await deps.tester({ url, database: input.database, user: input.user, password }, { fetch: deps.fetch, timeoutMs: timings.testTimeoutMs })
    if (!report.ok) return refusedConnection(report.message)
    if (input.password !== undefined) await deps.secrets.save(key, password)
    hasPassword = true
    const previous = (await kept.read()).connection
    const same = previous && previous.url === url && previous.database === input.database && previous.user === input.user
    const connection: KeptConnection = { id: same ? previous.id : randomUUID(), url, database: input.database, user: input.user, pdfs: input.pdfs }
    await kept.setConnection(connection)
    problem = undefined
    if (!same) refused = []
    await open(connection, password, !report.canWrite)
    if (previous && !same) await rm(replicaFolder(deps.dataDir, previous.id), { recursive: true, force: true })
    signal.notify()
    return status()
  }

  async function disconnect({ forgetPassword }: ChannelInput<'disconnectSync'>): Promise<SyncStatus> {
    const previous = (await kept.read()).connection
    await stop()
    await kept.setConnection(undefined)
    problem = undefined
    refused = []
    if (previous) {
      if (forgetPassword) await deps.secrets.remove(secretKey(previous.url, previous.user))
      // the replica is this device's copy of what the window holds: the library itself stays in the window
      await rm(replicaFolder(deps.dataDir, previous.id), { recursive: true, force: true })
    }
    signal.notify()
    return status()
  }

  async function start(): Promise<void> {
    const connection = await kept.connection()
    if (!connection) return
    const password = await deps.secrets.load(secretKey(connection.url, connection.user))
    hasPassword = password !== undefined
    if (password === undefined) {
      problem = `No password is kept for ${connection.user} at ${connection.url}: enter it again in Settings → Sync.`
      return
    }
    await open(connection, password, false)
  }

  async function push({ changes }: ChannelInput<'pushSyncChanges'>): Promise<ChannelOutput<'pushSyncChanges'>> {
    const running = session
    if (!running) throw new AppError('UNAVAILABLE', 'The library is not synced: connect it to a server in Settings → Sync first.')
    const { deviceId, connection } = await kept.read()
    const stamp = () => ({ device: deviceId, deviceName: deps.hostName, user: connection?.user ?? '', at: deps.now() })
    // a batch read before this push could give the window a row older than the one it just sent
    ahead = undefined
    const result = await pushChanges(running.replica, running.bases, changes, stamp)
    for (const hash of result.attachments) files.onAttachmentPushed(hash)
    return { written: result.written, unchanged: result.unchanged, refused: result.refused }
  }

  async function wait(input: ChannelInput<'waitForSyncChanges'>): Promise<ChannelOutput<'waitForSyncChanges'>> {
    if (!session) {
      // kept but not running (no password kept): the window asks again after the usual wait, not at once in a loop
      if (await kept.connection()) await signal.wait(timings.waitMs)
      // not synced: nothing will come, and the status says so
      return { changes: [], last: '', status: await status() }
    }
    const first = await answer(input)
    if (first) return first
    await signal.wait(timings.waitMs)
    const connectionId = (await kept.read()).connection?.id
    return (await answer(input)) ?? { changes: [], last: input.connectionId === connectionId ? input.since : '', status: await status() }
  }

  /** Changes after `since`, or undefined when there are none yet. */
  async function answer(input: ChannelInput<'waitForSyncChanges'>): Promise<ChannelOutput<'waitForSyncChanges'> | undefined> {
    const running = session
    const { connection } = await kept.read()
    if (!running || !connection) return undefined
    // a since this replica did not give (another connection's, or not a sequence at all) starts from the beginning
    const since = input.connectionId === connection.id && /^\d+$/.test(input.since) ? input.since : ''
    const batch = await readFrom(running, `${connection.id}@${since}`, since)
    if (batch.last === since || (since === '' && batch.last === '0')) return undefined
    readAhead(running, `${connection.id}@${batch.last}`, batch.last)
    refused = [...batch.refused, ...refused.filter((entry) => !batch.refused.some((added) => added.id === entry.id))].slice(0, MAX_REFUSED)
    await running.bases.set(batch.given)
    for (const hash of batch.attachments) files.onAttachmentReceived(hash)
    return { changes: batch.changes, last: batch.last, status: await status() }
  }

  async function readFrom(running: SyncSession, key: string, since: string): Promise<ChangeBatch> {
    const read = ahead?.key === key ? ahead.read : undefined
    ahead = undefined
    const answer = read ? await read : { batch: await readChanges(running.replica, since, deps.now) }
    if ('error' in answer) throw answer.error
    return answer.batch
  }

  function readAhead(running: SyncSession, key: string, since: string): void {
    // settled either way: a read nobody asks for in the end has no one to tell, and the one who asks is told its error
    ahead = { key, read: readChanges(running.replica, since, deps.now).then((batch) => ({ batch }), (error: unknown) => ({ error })) }
  }

  return {
    start,
    close: async () => {
      await stop()
      signal.notify()
    },
    status,
    test,
    connect,
    disconnect,
    async syncNow() {
      await session?.restart()
      return status()
    },
    push,
    wait,
    fetchPdf: (hash) => files.fetch(hash),
    remote: () => session?.remote,
    replica: () => session?.replica,
    idle: async () => {
      await session?.resolver.idle()
    },
  }
}

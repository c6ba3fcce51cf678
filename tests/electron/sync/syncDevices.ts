import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { createSyncService, type SyncService } from '../../../electron/main/services/sync'
import { testSyncConnection } from '../../../electron/main/services/sync/connection'
import { createFileSecrets } from '../../../electron/main/services/sync/secrets'
import { createFilesPart } from '../../../electron/main/services/sync/filesPart'
import { realFileSystem } from '../../../electron/main/services/fileSystem'
import { createPdfStore } from '../../../electron/main/services/pdfStore'
import { createSettingsStore } from '../../../electron/main/services/settingsStore'
import type { AttachmentRow, PaperRow, NoteRow } from '../../../shared/domain/rows'
import type { IncomingChange, RowChange } from '../../../shared/sync/documents'
import { makeTempDir } from '../../support/paths'

/**
 * A device for the sync tests: main's sync service over its own temp data folder, with a
 * network it can lose (`offline`), a clock the test sets, and short injected timings.
 */
export interface Device {
  name: string
  dataDir: string
  sync: SyncService
  /** While true every request fails as a pulled cable would. */
  offline: boolean
  /** The device's clock (ms); tests move it to order edits. */
  time: number
  /** What the window has applied: row changes by document id, and its `since`. */
  window: { rows: Map<string, IncomingChange>; since: string; connectionId: string }
  close(): Promise<void>
}

export const TIMINGS = { backOff: () => 50, waitMs: 200, testTimeoutMs: 5_000 }

/** A device over a new data folder, or over `dataDir` again (the app started anew). */
export async function createDevice(name: string, dataDir?: string): Promise<Device> {
  dataDir ??= await makeTempDir(`sync-${name}`)
  const device: Device = {
    name,
    dataDir,
    offline: false,
    time: 1_000,
    window: { rows: new Map(), since: '', connectionId: '' },
    sync: undefined as never,
    close: async () => {
      await device.sync.close()
      await rm(device.dataDir, { recursive: true, force: true })
    },
  }
  const gatedFetch: typeof fetch = (input, init) => (device.offline ? Promise.reject(new TypeError('fetch failed')) : fetch(input, init))
  device.sync = createSyncService({
    dataDir,
    settings: createSettingsStore({ fs: realFileSystem, file: join(dataDir, 'settings.json'), clock: () => device.time }),
    secrets: createFileSecrets(join(dataDir, 'sync-secrets.json')),
    fetch: gatedFetch,
    now: () => device.time,
    hostName: `${name}-host`,
    tester: testSyncConnection,
    pdfStore: async () => createPdfStore({ fs: realFileSystem, root: join(dataDir, 'Library') }),
    timings: TIMINGS,
    files: (access) => createFilesPart(access, { fs: realFileSystem, libraryRoot: async () => join(dataDir, 'Library'), now: () => device.time }),
  })
  await device.sync.start()
  return device
}

/** Reads the device's changes as the window would, until `done` holds (bounded: fails after `rounds` long polls). */
export async function receiveUntil(device: Device, done: (rows: Map<string, IncomingChange>) => boolean, what: string, rounds = 150): Promise<void> {
  for (let round = 0; round < rounds; round += 1) {
    if (done(device.window.rows)) return
    const answer = await device.sync.wait({ connectionId: device.window.connectionId, since: device.window.since })
    const connectionId = answer.status.connection?.id ?? ''
    if (connectionId !== device.window.connectionId) device.window.rows.clear()
    device.window.connectionId = connectionId
    device.window.since = answer.last
    for (const incoming of answer.changes) device.window.rows.set(`${incoming.change.table}:${incoming.change.id}`, incoming)
  }
  throw new Error(`${device.name} never saw ${what}; it has ${JSON.stringify([...device.window.rows.keys()].slice(0, 20))}`)
}

/** Polls `check` (bounded) until it holds. */
export async function eventually(check: () => Promise<boolean> | boolean, what: string, rounds = 300): Promise<void> {
  for (let round = 0; round < rounds; round += 1) {
    if (await check()) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`never: ${what}`)
}

export function paper(id: string, change: Partial<PaperRow> = {}, csl: Record<string, unknown> = {}): PaperRow {
  return { id, citationKey: `key-${id}`, csl: { id, type: 'article-journal', title: `Paper ${id}`, ...csl }, tags: [], axisNodes: [], collections: [], addedAt: 1, modifiedAt: 1, revision: 1, ...change }
}

export function note(id: string, markdown: string): NoteRow {
  return { id, paperId: 'p1', markdown, createdAt: 1, modifiedAt: 1, revision: 1 }
}

export function attachment(id: string, paperId: string, hash: string, size: number): AttachmentRow {
  return { id, paperId, hash, size, originalName: 'paper.pdf', textExtracted: false, addedAt: 1, modifiedAt: 1, revision: 1 }
}

/** The device's own PDF store (its library folder's `files/`). */
export function storeOf(device: Device) {
  return createPdfStore({ fs: realFileSystem, root: join(device.dataDir, 'Library') })
}

export function paperChange(row: PaperRow): RowChange {
  return { table: 'papers', id: row.id, row }
}

export function rowOf(device: Device, key: string): unknown {
  return device.window.rows.get(key)?.change.row
}

import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { writeSnapshot } from '../../electron/main/services/backup'
import { createSnapshotThread } from '../../electron/main/services/backup/snapshotThread'
import { createBackupService } from '../../electron/main/services/backupService'
import { realFileSystem } from '../../electron/main/services/fileSystem'
import { createQueuedDialogPort } from '../../electron/main/services/queuedDialogPort'
import { buildSnapshot } from '../../shared/backup/snapshot'
import { loadCorpusPool } from '../fixtures/corpusPool'
import { generateLibrary } from '../fixtures/generateLibrary'
import { round, type Metrics } from '../metrics'

const PAPERS = 50_000

/** The longest time main's event loop could not answer while `work` ran, in ms. */
async function longestStall(work: () => Promise<unknown>): Promise<number> {
  const delay = monitorEventLoopDelay({ resolution: 5 })
  delay.enable()
  // the histogram counts from its first sample on: work begun in the same tick would go unseen
  await new Promise((resolve) => setTimeout(resolve, 50))
  await work()
  // a stall is recorded when the late timer fires: give it the chance before reading
  await new Promise((resolve) => setTimeout(resolve, 50))
  delay.disable()
  return delay.max / 1e6
}

/** The snapshot as the renderer sends it; the papers themselves are not kept (main never holds them). */
function snapshotBytes(): Uint8Array {
  const library = generateLibrary(loadCorpusPool(), { count: PAPERS })
  const snapshot = buildSnapshot({ papers: library.papers, attachments: library.attachments, notes: library.notes }, { createdAt: new Date().toISOString() })
  return new TextEncoder().encode(JSON.stringify(snapshot))
}

/**
 * A snapshot of 50,000 papers written as main receives it (JSON bytes from the renderer): the
 * longest stall of main's event loop with the parse on the snapshot thread, beside the same
 * write parsed on main's own thread (as before #18) in the same run.
 */
export async function measureSnapshotStall(dataDir: string): Promise<Metrics> {
  const bytes = snapshotBytes()
  const root = join(dataDir, 'snapshot-stall')
  const thread = createSnapshotThread()
  const backup = createBackupService({ fs: realFileSystem, dialog: createQueuedDialogPort(), libraryLocation: { get: async () => ({ path: root, isDefault: true }) }, snapshotThread: thread })
  try {
    // the thread started and warm, as after the first snapshot of a session
    await backup.writeSnapshot(bytes.slice())
    const onThread = await longestStall(() => backup.writeSnapshot(bytes.slice()))
    const onMain = await longestStall(() => writeSnapshot(root, JSON.parse(new TextDecoder().decode(bytes)), { fs: realFileSystem }))
    return { 'snapshot.write_main_stall_ms': { value: round(onThread), unit: 'ms', baseline: round(onMain), target: 50 }, 'snapshot.bytes_mb': { value: round(bytes.byteLength / 1e6), unit: 'MB' } }
  } finally {
    await backup.close()
    await rm(root, { recursive: true, force: true })
  }
}

import type { AxisRefDatabase } from '../../db'
import { workerOrInThread } from '../../workers/inThread'
import type { WorkerPort } from '../../workers/protocol'
import { createWorkerClient } from '../../workers/workerClient'
import type { SnapshotProtocol } from './snapshotProtocol'

/**
 * The library's snapshot as JSON bytes, built in a worker of its own: reading 50,000 records
 * and serialising them takes seconds, which on the page's thread froze the window a few
 * seconds after every edit. The bytes come back transferred, not copied. Where there are no
 * workers (tests in jsdom) it is built on this thread, through the same service.
 */
export async function serialiseLibrarySnapshot(db: AxisRefDatabase): Promise<Uint8Array<ArrayBuffer>> {
  const start = workerOrInThread(
    () => new Worker(new URL('./snapshot.worker.ts', import.meta.url), { type: 'module', name: 'axisref-snapshot' }),
    () => import('./snapshotService').then((module) => module.snapshotService),
  )
  return snapshotInWorker(db.name, start)
}

/**
 * One snapshot from a worker started by `start` and ended after it answers. A worker that
 * crashes or sends what cannot be read fails the snapshot with why, in words; the next
 * snapshot starts a worker of its own anyway.
 */
export async function snapshotInWorker(dbName: string, start: () => WorkerPort): Promise<Uint8Array<ArrayBuffer>> {
  const client = createWorkerClient<SnapshotProtocol>({ start, crashMessage: (reason) => `The backup snapshot worker stopped (${reason}).` })
  try {
    return await client.call('snapshot', { dbName })
  } finally {
    client.dispose()
  }
}

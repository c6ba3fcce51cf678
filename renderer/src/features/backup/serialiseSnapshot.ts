import type { AxisRefDatabase } from '../../db'
import { workerFailureReason, type WorkerLike } from '../../workers/workerCalls'
import { buildLibrarySnapshot } from './snapshot'

/** What the snapshot worker answers: the snapshot as UTF-8 JSON, or why it could not be built. */
export type SnapshotWorkerAnswer = { ok: true; json: Uint8Array<ArrayBuffer> } | { ok: false; message: string }

/** Builds the library's snapshot and encodes it as UTF-8 JSON, as the writeSnapshot channel takes it. */
export async function encodeLibrarySnapshot(db: AxisRefDatabase): Promise<Uint8Array<ArrayBuffer>> {
  return new TextEncoder().encode(JSON.stringify(await buildLibrarySnapshot(db)))
}

/**
 * The library's snapshot as JSON bytes, built in a worker of its own: reading 50,000 records
 * and serialising them takes seconds, which on the page's thread froze the window a few
 * seconds after every edit. The bytes come back transferred, not copied. Where there are no
 * workers (tests in jsdom) it is built here.
 */
export async function serialiseLibrarySnapshot(db: AxisRefDatabase): Promise<Uint8Array<ArrayBuffer>> {
  if (typeof Worker === 'undefined') return encodeLibrarySnapshot(db)
  return snapshotInWorker(db.name, () => new Worker(new URL('./snapshot.worker.ts', import.meta.url), { type: 'module', name: 'axisref-snapshot' }))
}

/**
 * One snapshot from a worker started by `start` and ended after it answers. A worker that
 * crashes or sends what cannot be read fails the snapshot with why, in words; the next
 * snapshot starts a worker of its own anyway.
 */
export async function snapshotInWorker(dbName: string, start: () => WorkerLike): Promise<Uint8Array<ArrayBuffer>> {
  const worker = start()
  try {
    const answer = await new Promise<SnapshotWorkerAnswer>((resolve) => {
      const failed = (event: Event) => resolve({ ok: false, message: `The backup snapshot worker stopped (${workerFailureReason(event)}).` })
      worker.onmessage = (event: MessageEvent<SnapshotWorkerAnswer>) => resolve(event.data)
      worker.onerror = (event) => {
        event.preventDefault()
        failed(event)
      }
      worker.onmessageerror = failed
      worker.postMessage({ dbName })
    })
    if (!answer.ok) throw new Error(answer.message)
    return answer.json
  } finally {
    worker.terminate()
  }
}

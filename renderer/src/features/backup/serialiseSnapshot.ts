import type { AxisRefDatabase } from '../../db'
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
  const worker = new Worker(new URL('./snapshot.worker.ts', import.meta.url), { type: 'module', name: 'axisref-snapshot' })
  try {
    const answer = await new Promise<SnapshotWorkerAnswer>((resolve) => {
      worker.onmessage = (event: MessageEvent<SnapshotWorkerAnswer>) => resolve(event.data)
      worker.onerror = (event) => resolve({ ok: false, message: event.message || 'the snapshot worker failed to start' })
      worker.postMessage({ dbName: db.name })
    })
    if (!answer.ok) throw new Error(answer.message)
    return answer.json
  } finally {
    worker.terminate()
  }
}

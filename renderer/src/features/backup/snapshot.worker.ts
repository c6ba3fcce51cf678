import { openDatabase } from '../../db/database'
import { encodeLibrarySnapshot, type SnapshotWorkerAnswer } from './serialiseSnapshot'

// One snapshot per worker: it opens the library with the app's schema, reads it in one
// read-only transaction, and hands the JSON bytes back as a transfer.
globalThis.addEventListener('message', (event: MessageEvent<{ dbName: string }>) => {
  const db = openDatabase(event.data.dbName)
  void encodeLibrarySnapshot(db)
    .then(
      (json) => globalThis.postMessage({ ok: true, json } satisfies SnapshotWorkerAnswer, { transfer: [json.buffer] }),
      (error: unknown) => globalThis.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) } satisfies SnapshotWorkerAnswer),
    )
    .finally(() => db.close())
})

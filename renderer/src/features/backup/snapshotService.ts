import { openDatabase } from '../../db/database'
import { transferring, type ServiceFactory } from '../../workers/protocol'
import type { AxisRefDatabase } from '../../db'
import { buildLibrarySnapshot } from './snapshot'
import type { SnapshotProtocol } from './snapshotProtocol'

/** Builds the library's snapshot and encodes it as UTF-8 JSON, as the writeSnapshot channel takes it. */
export async function encodeLibrarySnapshot(db: AxisRefDatabase): Promise<Uint8Array<ArrayBuffer>> {
  return new TextEncoder().encode(JSON.stringify(await buildLibrarySnapshot(db)))
}

/**
 * What the snapshot worker runs: it opens the library with the app's schema, reads it in one
 * read-only transaction, and hands the JSON bytes back as a transfer.
 */
export const snapshotService: ServiceFactory<SnapshotProtocol> = () => ({
  handlers: {
    async snapshot({ dbName }) {
      const db = openDatabase(dbName)
      try {
        const json = await encodeLibrarySnapshot(db)
        return transferring(json, [json.buffer])
      } finally {
        db.close()
      }
    },
  },
})

import type { AxisRefApi } from '../../../shared/ipc/api'
import { fail, ok } from '../../../shared/ipc/result'
import type { SyncStatus } from '../../../shared/sync/status'

export const NOT_CONNECTED: SyncStatus = { connection: null, state: 'off', sending: 0, receiving: 0, readOnly: false, refused: [], device: { id: 'device-test', name: 'test-machine' } }

const notConnected = async () => ok(NOT_CONNECTED)
const refused = async () => fail<never>('UNAVAILABLE', 'This library is not synced: connect it to a CouchDB database in Settings first.')

/**
 * The sync channels as a host answers them for a library that is not synced: the status says
 * so, and what only a connected library can do is refused in words.
 */
export function notConnectedSync(): Pick<AxisRefApi, 'getSyncStatus' | 'testSyncConnection' | 'connectSync' | 'disconnectSync' | 'syncNow' | 'pushSyncChanges' | 'waitForSyncChanges' | 'fetchSyncedPdf'> {
  return {
    getSyncStatus: notConnected,
    testSyncConnection: refused,
    connectSync: refused,
    disconnectSync: notConnected,
    syncNow: notConnected,
    pushSyncChanges: refused,
    waitForSyncChanges: refused,
    fetchSyncedPdf: refused,
  }
}

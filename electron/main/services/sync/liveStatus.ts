import type { SyncState } from '../../../../shared/sync/status'

/**
 * How the two live replications are going, told in the status's words (sync.md, "Status").
 * Pure: the replication's events go in (replication.ts), the state and message come out.
 */
export type DirectionState = 'starting' | 'active' | 'paused' | 'offline' | 'failed'

export interface Direction {
  state: DirectionState
  pending: number
  /** Why it is offline or failed, in words. */
  message?: string
}

export interface LiveStatus {
  push: Direction
  pull: Direction
  readOnly: boolean
  lastSyncedAt?: number
}

export const READ_ONLY_MESSAGE = 'You can read this library but not change it: your edits stay on this device.'

export function startingStatus(readOnly = false): LiveStatus {
  return { push: { state: 'starting', pending: 0 }, pull: { state: 'starting', pending: 0 }, readOnly }
}

export function summarize(live: LiveStatus): { state: SyncState; sending: number; receiving: number; message?: string } {
  const { push, pull } = live
  const counts = { sending: push.state === 'active' ? push.pending : 0, receiving: pull.state === 'active' ? pull.pending : 0 }
  const failed = [pull, push].find((direction) => direction.state === 'failed')
  if (failed) return { state: 'error', ...counts, message: failed.message }
  const offline = [pull, push].find((direction) => direction.state === 'offline')
  if (offline) return { state: 'offline', ...counts, message: offline.message }
  const readOnly = live.readOnly ? { message: READ_ONLY_MESSAGE } : {}
  if (pull.state === 'active' && (pull.pending > 0 || push.state !== 'active')) return { state: 'receiving', ...counts, ...readOnly }
  if (push.state === 'active') return { state: 'sending', ...counts, ...readOnly }
  if (push.state === 'paused' && pull.state === 'paused') return { state: 'upToDate', ...counts, ...readOnly }
  return { state: 'connecting', ...counts, ...readOnly }
}

/** An error PouchDB reported, in words for the status. */
export function describeFailure(error: unknown, where: string): { offline: boolean; message: string } {
  const status = typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number' ? error.status : undefined
  const detail = error instanceof Error ? error.message : typeof error === 'object' && error !== null && 'message' in error ? String(error.message) : String(error)
  if (status === 401) return { offline: false, message: `The server refused the user name or password for ${where}. Enter them again in Settings → Sync.` }
  if (status === 403) return { offline: false, message: `The server does not let this user read ${where}. Ask the library's administrator for access.` }
  if (status === 404) return { offline: false, message: `The database ${where} is no longer on the server. Connect to another one in Settings → Sync.` }
  if (status !== undefined && status >= 400 && status < 500) return { offline: false, message: `The server refused to sync ${where} (${status}: ${detail}).` }
  return { offline: true, message: `The server for ${where} cannot be reached (${detail}); AxisRef tries again, and your changes wait on this device.` }
}

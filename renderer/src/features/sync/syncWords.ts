import type { SyncStatus } from '../../../../shared/sync/status'
import type { SyncViewState } from './syncStatusStore'

/** How the status line shows sync: the words, and whether they ask for attention. */
export interface SyncIndicator {
  text: string
  tone: 'quiet' | 'busy' | 'warning' | 'error'
}

/** The read-only member's words when main gives none (main's own words win). */
export const READ_ONLY_WORDS = 'You can read this library but not change it: your edits stay on this device.'

/**
 * The status line's words for the window's view of sync, or undefined when the library is not
 * synced. A failure (main's or the window's) comes first, then offline and read-only, since
 * they say why changes are not moving; rows waiting in the window count as sending.
 */
export function syncIndicator(view: SyncViewState): SyncIndicator | undefined {
  const status = view.status
  if (!status?.connection || status.state === 'off') return undefined
  if (view.problem) return { text: `Sync error: ${view.problem}`, tone: 'error' }
  if (status.state === 'error') return { text: `Sync error: ${status.message ?? 'the server refused the changes'}`, tone: 'error' }
  if (status.state === 'offline') return { text: 'Offline: will retry', tone: 'warning' }
  if (status.readOnly) return { text: 'Read-only: your edits stay on this device', tone: 'warning' }
  if (status.state === 'connecting') return { text: 'Connecting…', tone: 'busy' }
  if (status.receiving > 0) return { text: `Receiving ${status.receiving}`, tone: 'busy' }
  const sending = status.sending + view.outbox
  if (sending > 0) return { text: `Sending ${sending}`, tone: 'busy' }
  return { text: 'Up to date', tone: 'quiet' }
}

/** One sentence for Settings: where the library syncs and how it is going. */
export function syncStatusSentence(status: SyncStatus, outbox = 0): string {
  const connection = status.connection
  // a connection main did not keep: its status says why
  if (!connection) return `Not connected: this library stays on this device.${status.state === 'error' && status.message ? ` ${status.message}` : ''}`
  const where = `Connected to ${connection.database} on ${connection.url}${connection.user ? ` as ${connection.user}` : ''}.`
  const indicator = syncIndicator({ status, outbox })
  const how = status.readOnly && status.state !== 'error' && status.state !== 'offline' ? READ_ONLY_WORDS : indicator ? sentence(indicator.text) : ''
  const last = status.lastSyncedAt === undefined ? '' : ` Last in step ${formatWhen(status.lastSyncedAt)}.`
  return `${where} ${how}${last}`.trim()
}

/** Words ended with a full stop, once. */
function sentence(text: string): string {
  return /[.!?…]$/.test(text) ? text : `${text}.`
}

/** A moment as people read it, in this computer's time zone and language ("7 Dec 2026, 10:15"). */
export function formatWhen(at: number): string {
  return new Date(at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })
}

/** Whether the library is connected, so "Sync now" can run; why not in words. */
export function syncNowUnavailable(status: SyncStatus | undefined): string | undefined {
  if (!status) return 'Sync has not answered yet'
  if (!status.connection) return 'This library is not synced: connect a CouchDB database in Settings → Sync first'
  return undefined
}

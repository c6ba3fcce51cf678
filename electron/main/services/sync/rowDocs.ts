import type { StoredDoc } from './pouchTypes'
import { changedBySchema, parseDocId, rowChangeProblem, rowChangeSchema, type ChangedBy, type IncomingChange, type RowChange } from '../../../../shared/sync/documents'

/**
 * How a replica document and a row change turn into each other, and the checks every
 * document from the server passes before it leaves main (sync.md: trust nothing received).
 */

/** A document as PouchDB's changes feed and get give it (the fields main reads). */
export type ReplicaDoc = Pick<StoredDoc, '_id' | '_rev' | '_deleted' | 'table' | 'row' | 'changedBy'>

/** Row ids become Dexie keys and, for some tables, parts of names: never a path or a control character. */
function hasControlCharacter(text: string): boolean {
  return [...text].some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f)
}

export function rowIdProblem(id: string): string | undefined {
  if (/[/\\]/.test(id) || hasControlCharacter(id) || id.split(':').some((part) => part === '..' || part === '.')) return `the row id ${JSON.stringify(id)} has a path or a control character in it`
  return undefined
}

/** Why a window's change cannot be written, in words, or the change as parsed. */
export function checkChange(value: unknown): { change: RowChange } | { id: string; reason: string } {
  const parsed = rowChangeSchema.safeParse(value)
  const id = typeof value === 'object' && value !== null && 'id' in value && typeof value.id === 'string' ? value.id : '?'
  if (!parsed.success) return { id, reason: `not a valid row: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}` }
  const problem = rowIdProblem(parsed.data.id) ?? rowChangeProblem(parsed.data)
  return problem ? { id, reason: problem } : { change: parsed.data }
}

/** The change a replica document carries, checked as if a stranger wrote it; or why it is refused. */
export function incomingChangeOf(doc: ReplicaDoc, seq: string): { incoming: IncomingChange } | { reason: string } {
  const named = parseDocId(doc._id)
  if (!named) return { reason: 'its id is not one AxisRef writes (<kind>:<row id>)' }
  if (!doc._deleted && doc.table !== named.table) return { reason: `its table ${JSON.stringify(doc.table)} is not the one its id names (${named.table})` }
  const changedBy = doc.changedBy === undefined ? undefined : changedBySchema.safeParse(doc.changedBy)
  if (changedBy && !changedBy.success) return { reason: 'its changedBy is not a device, user and time' }
  const checked = checkChange({ table: named.table, id: named.id, row: doc._deleted ? null : (doc.row ?? null) })
  if ('reason' in checked) return { reason: checked.reason }
  return { incoming: { change: checked.change, ...(changedBy ? { changedBy: changedBy.data } : {}), seq } }
}

/** The replica's body for a change. */
export function bodyOf(change: RowChange, changedBy: ChangedBy): { table: string; row: unknown; changedBy: ChangedBy } {
  return { table: change.table, row: change.row, changedBy }
}

/** The same row, whatever its `revision`, `modifiedAt` and key order (an echo of what the replica holds). */
export function sameRow(a: unknown, b: unknown): boolean {
  return canonical(a, true) === canonical(b, true)
}

/** JSON with sorted keys; at the top, without the two fields every write stamps. */
export function canonical(value: unknown, dropStamps = false): string {
  return JSON.stringify(sortKeys(value, dropStamps))
}

function sortKeys(value: unknown, dropStamps: boolean): unknown {
  if (Array.isArray(value)) return value.map((item) => sortKeys(item, false))
  if (value === null || typeof value !== 'object') return value
  const entries = Object.entries(value)
    .filter(([key, item]) => item !== undefined && !(dropStamps && (key === 'revision' || key === 'modifiedAt')))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return Object.fromEntries(entries.map(([key, item]) => [key, sortKeys(item, false)]))
}

/** The PDF an attachment row names (its file travels apart, as `file:<hash>`). */
export function attachmentHash(change: RowChange): string | undefined {
  return change.table === 'attachments' && change.row && 'hash' in change.row ? change.row.hash : undefined
}

import { createHash } from 'node:crypto'
import { docId, type ChangedBy, type RowChange } from '../../../../shared/sync/documents'
import type { BaseRevisions } from './baseRevisions'
import type { Database } from './pouch'
import type { StoredDoc, WriteDoc } from './pouchTypes'
import { attachmentHash, bodyOf, canonical, checkChange, sameRow } from './rowDocs'

/**
 * The window's changes into the replica (sync.md, "Window → main"): an echo of what the
 * replica holds is `unchanged`; a row based on the replica's current revision is a new
 * revision; a row based on another one (the server sent a change the window has not applied)
 * is written as a conflicting branch on its base, for the conflict resolver to merge.
 */
export interface PushResult {
  written: number
  unchanged: number
  refused: { id: string; reason: string }[]
  /** Each document written or found unchanged, with the revision the window's row now is. */
  bases: Map<string, string>
  /** The attachment rows written (their files go to the server). */
  attachments: string[]
}

interface Current {
  rev: string
  deleted: boolean
  doc?: StoredDoc
}

export async function pushChanges(replica: Database, bases: BaseRevisions, changes: unknown[], stamp: () => ChangedBy): Promise<PushResult> {
  const result: PushResult = { written: 0, unchanged: 0, refused: [], bases: new Map(), attachments: [] }
  const valid: RowChange[] = []
  for (const value of changes) {
    const checked = checkChange(value)
    if ('change' in checked) valid.push(checked.change)
    else result.refused.push(checked)
  }
  await writeAll(replica, bases, valid, stamp, result, 3)
  await bases.set(result.bases)
  return result
}

async function writeAll(replica: Database, bases: BaseRevisions, changes: RowChange[], stamp: () => ChangedBy, result: PushResult, attempts: number): Promise<void> {
  if (changes.length === 0) return
  const ids = changes.map((change) => docId(change.table, change.id))
  const [current, known] = await Promise.all([currentDocs(replica, ids), bases.get(ids)])
  const plain: { change: RowChange; doc: WriteDoc }[] = []
  const branches: { change: RowChange; doc: StoredDoc & { _revisions: { start: number; ids: string[] } } }[] = []
  changes.forEach((change, index) => {
    const id = ids[index] ?? ''
    const now = current.get(id)
    if (isUnchanged(change, now)) {
      result.unchanged += 1
      if (now) result.bases.set(id, now.rev)
      return
    }
    const body = bodyOf(change, stamp())
    const base = known.get(id)
    if (now && base !== now.rev) branches.push({ change, doc: branchDoc(id, body, base, change.row === null) })
    else plain.push({ change, doc: { _id: id, ...(now ? { _rev: now.rev } : {}), ...body, ...(change.row === null ? { _deleted: true } : {}) } })
  })
  const retry: RowChange[] = []
  const written = plain.length ? await replica.bulkDocs(plain.map((entry) => entry.doc)) : []
  written.forEach((answer, index) => {
    const entry = plain[index]
    if (!entry) return
    if (answer.ok) return done(result, entry.change, answer.id, answer.rev)
    // the replicator or the resolver wrote the doc in between: look again
    if (answer.status === 409 && attempts > 1) return void retry.push(entry.change)
    result.refused.push({ id: entry.change.id, reason: `the device's copy could not be written: ${answer.message ?? String(answer.error)}` })
  })
  if (branches.length) await replica.bulkDocs(branches.map((entry) => entry.doc), { new_edits: false })
  for (const entry of branches) done(result, entry.change, entry.doc._id, entry.doc._rev)
  await writeAll(replica, bases, retry, stamp, result, attempts - 1)
}

function done(result: PushResult, change: RowChange, id: string, rev: string): void {
  result.written += 1
  result.bases.set(id, rev)
  const hash = attachmentHash(change)
  if (hash) result.attachments.push(hash)
}

function isUnchanged(change: RowChange, now: Current | undefined): boolean {
  if (change.row === null) return !now || now.deleted
  return now !== undefined && !now.deleted && sameRow(now.doc?.row, change.row)
}

/** A revision as PouchDB makes them (a digest of the body), on the window's base, or a new root when there is none. */
function branchDoc(id: string, body: object, base: string | undefined, deleted: boolean): StoredDoc & { _revisions: { start: number; ids: string[] } } {
  const baseGeneration = base ? Number.parseInt(base, 10) : 0
  const hash = createHash('md5').update(canonical({ id, base: base ?? '', body })).digest('hex')
  const ids = base ? [hash, base.slice(base.indexOf('-') + 1)] : [hash]
  const rev = `${baseGeneration + 1}-${hash}`
  return { _id: id, _rev: rev, _revisions: { start: baseGeneration + 1, ids }, ...body, ...(deleted ? { _deleted: true } : {}) }
}

async function currentDocs(replica: Database, ids: string[]): Promise<Map<string, Current>> {
  const found = new Map<string, Current>()
  const answer = await replica.allDocs({ keys: ids, include_docs: true })
  for (const row of answer.rows) {
    if (row.value) found.set(row.id, { rev: row.value.rev, deleted: row.value.deleted === true, ...(row.doc ? { doc: row.doc } : {}) })
  }
  return found
}

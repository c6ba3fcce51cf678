import { docId, parseDocId, type ChangedBy, type SyncedRow } from '../../../../shared/sync/documents'
import { mergeVersions } from '../../../../shared/sync/merge'
import type { Database, StoredDoc, WriteDoc } from './pouchTypes'
import { canonical, incomingChangeOf } from './rowDocs'

/**
 * Merges a document's conflicting revisions (sync.md, "Conflicts"): the winning and
 * conflicting leaves and their common ancestor go to `mergeVersions`; the merged row is
 * written as a new revision on the winner and the losing leaves are deleted, in one
 * bulkDocs. The merge is the same on every device, so two devices resolving the same
 * conflict write the same content (and PouchDB's deterministic revisions the same rev).
 */
interface Version {
  rev: string
  row: SyncedRow | null
  changedBy?: ChangedBy
}

export async function resolveConflict(replica: Database, doc: StoredDoc): Promise<void> {
  const named = parseDocId(doc._id)
  if (!named || !doc._conflicts?.length) return
  const leaves = await replica.get(doc._id, { open_revs: [doc._rev, ...doc._conflicts], revs: true })
  const stored = leaves.flatMap((leaf) => (leaf.ok ? [leaf.ok] : []))
  const versions = stored.flatMap((leaf) => versionOf(leaf))
  // a leaf that fails its schema is never merged into a row: it loses, and waitForSyncChanges reports it
  const winner = versions.find((version) => version.rev === doc._rev) ?? versions[0]
  if (!winner) return
  const losers = stored.map((leaf) => leaf._rev).filter((rev) => rev !== winner.rev)
  const deletions: WriteDoc[] = losers.map((rev) => ({ _id: doc._id, _rev: rev, _deleted: true }))
  if (versions.every((version) => canonical(bodyOfVersion(version)) === canonical(bodyOfVersion(winner)))) {
    await writeAll(replica, deletions, doc._id)
    return
  }
  const ancestor = await commonAncestor(replica, doc._id, stored)
  const { merged, changedBy, extraRows } = mergeVersions(named.table, ancestor, versions.map(({ row, changedBy: by }) => ({ row, ...(by ? { changedBy: by } : {}) })))
  const mergedDoc: WriteDoc = { _id: doc._id, _rev: winner.rev, table: named.table, row: merged, ...(changedBy ? { changedBy } : {}), ...(merged === null ? { _deleted: true } : {}) }
  await writeAll(replica, [mergedDoc, ...deletions], doc._id)
  await writeExtraRows(replica, extraRows.map((change) => ({ _id: docId(change.table, change.id), table: change.table, row: change.row, ...(changedBy ? { changedBy } : {}) })))
}

function versionOf(leaf: StoredDoc): Version[] {
  const checked = incomingChangeOf(leaf, '')
  if ('reason' in checked) return []
  const { change, changedBy } = checked.incoming
  return [{ rev: leaf._rev, row: change.row, ...(changedBy ? { changedBy } : {}) }]
}

function bodyOfVersion(version: Version): unknown {
  return { row: version.row, changedBy: version.changedBy }
}

/** The newest revision every leaf descends from, with its body, or undefined when the branches share none. */
async function commonAncestor(replica: Database, id: string, leaves: StoredDoc[]): Promise<{ row: SyncedRow | null; changedBy?: ChangedBy } | undefined> {
  const histories = leaves.map((leaf) => historyOf(leaf))
  const [first, ...rest] = histories
  const shared = first?.slice(1).find((rev) => rest.every((history) => history.includes(rev)))
  if (!shared) return undefined
  const body = await replica.get(id, { rev: shared }).catch((error: unknown) => {
    // an ancestor whose body is gone (compacted on the server before it came here): merge without it
    if (typeof error === 'object' && error !== null && 'status' in error && error.status === 404) return undefined
    throw error
  })
  if (!body) return undefined
  const version = versionOf(body)[0]
  return version ? { row: version.row, ...(version.changedBy ? { changedBy: version.changedBy } : {}) } : undefined
}

function historyOf(leaf: StoredDoc): string[] {
  const revisions = leaf._revisions
  if (!revisions) return [leaf._rev]
  return revisions.ids.map((hash, index) => `${revisions.start - index}-${hash}`)
}

async function writeAll(replica: Database, docs: WriteDoc[], id: string): Promise<void> {
  if (docs.length === 0) return
  const answers = await replica.bulkDocs(docs)
  // 409: the doc moved on meanwhile (a newer change came in); the next change of it resolves again
  const failed = answers.find((answer) => !answer.ok && answer.status !== 409)
  if (failed && !failed.ok) throw new Error(`The merge of ${id} could not be written: ${failed.message ?? String(failed.error)}`)
}

/** New rows a merge adds (a losing note kept as a copy); already there when another device made the same merge. */
async function writeExtraRows(replica: Database, docs: WriteDoc[]): Promise<void> {
  if (docs.length === 0) return
  const answers = await replica.bulkDocs(docs)
  const failed = answers.find((answer) => !answer.ok && answer.status !== 409)
  if (failed && !failed.ok) throw new Error(`A row kept by a merge (${failed.id}) could not be written: ${failed.message ?? String(failed.error)}`)
}


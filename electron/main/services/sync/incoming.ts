import type { IncomingChange, RefusedDoc } from '../../../../shared/sync/documents'
import type { Database } from './pouch'
import { attachmentHash, incomingChangeOf, type ReplicaDoc } from './rowDocs'

/**
 * The replica's changes after `since`, oldest first, each checked before it leaves main
 * (sync.md, "Main → window"). A document that fails is refused with why, and never stops
 * the rest.
 */
export interface ChangeBatch {
  changes: IncomingChange[]
  refused: RefusedDoc[]
  /** The last sequence read (what the window passes as `since` next). */
  last: string
  /** The revision each change gave the window: its base from now on. */
  given: Map<string, string>
  /** Attachment rows received (their files may be fetched). */
  attachments: string[]
}

export const CHANGES_PER_ANSWER = 1000

export async function readChanges(replica: Database, since: string, now: () => number, limit = CHANGES_PER_ANSWER): Promise<ChangeBatch> {
  // a number: LevelDB's PouchDB reads a string `since` as the first sequence to give, not the last one given
  const answer = await replica.changes({ since: since === '' ? 0 : Number(since), include_docs: true, conflicts: true, limit })
  const batch: ChangeBatch = { changes: [], refused: [], last: String(answer.last_seq), given: new Map(), attachments: [] }
  for (const result of answer.results) {
    const doc: ReplicaDoc | undefined = result.doc ?? (result.deleted ? { _id: result.id, _rev: result.changes[0]?.rev ?? '', _deleted: true } : undefined)
    if (!doc || doc._id.startsWith('_design/')) continue
    const checked = incomingChangeOf(doc, String(result.seq))
    if ('reason' in checked) {
      batch.refused.push({ id: doc._id.slice(0, 300), reason: checked.reason.slice(0, 500), at: now() })
      continue
    }
    batch.changes.push(checked.incoming)
    batch.given.set(doc._id, doc._rev)
    const hash = attachmentHash(checked.incoming.change)
    if (hash) batch.attachments.push(hash)
  }
  return batch
}

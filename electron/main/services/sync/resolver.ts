import type { PaperRow } from '../../../../shared/domain/rows'
import { docId } from '../../../../shared/sync/documents'
import { resolveKeyClashes } from '../../../../shared/sync/merge'
import { resolveConflict } from './conflicts'
import type { ChangeRow, Database, LiveChanges, StoredDoc, WriteDoc } from './pouchTypes'
import { incomingChangeOf } from './rowDocs'

/**
 * Watches the replica: every changed document with conflicts is merged (conflicts.ts), and
 * after a paper changes, papers that share its citation key are given unique keys
 * (`resolveKeyClashes`: the first added keeps it). Changes are handled one at a time, in order.
 */
export interface Resolver {
  /** Resolves what is already there, then follows the replica's changes. */
  start(): Promise<void>
  /** Resolves after every change seen so far was handled. */
  idle(): Promise<void>
  close(): void
}

const PAPER_PREFIX = docId('papers', '')

/** `onChange` is called for every change of the replica once the resolver has seen it. */
export function createResolver(replica: Database, onProblem: (error: unknown) => void, onChange: () => void = () => {}): Resolver {
  const holders = new Map<string, Set<string>>()
  const keyOf = new Map<string, string>()
  let feed: LiveChanges | undefined
  let queue: Promise<void> = Promise.resolve()

  const enqueue = (work: () => Promise<void>) => {
    queue = queue.then(work).catch(onProblem)
  }

  function index(id: string, key: string | undefined): void {
    const previous = keyOf.get(id)
    if (previous !== undefined) holders.get(previous)?.delete(id)
    if (key === undefined) return void keyOf.delete(id)
    keyOf.set(id, key)
    holders.set(key, (holders.get(key) ?? new Set()).add(id))
  }

  async function handle(doc: StoredDoc): Promise<void> {
    if (doc._conflicts?.length) await resolveConflict(replica, doc)
    if (!doc._id.startsWith(PAPER_PREFIX)) return
    const paper = paperOf(doc)
    index(doc._id, paper?.citationKey)
    if (paper && (holders.get(paper.citationKey)?.size ?? 0) > 1) await renameClashes(paper.citationKey)
  }

  async function renameClashes(key: string): Promise<void> {
    const ids = [...(holders.get(key) ?? [])]
    const docs = (await replica.allDocs({ keys: ids, include_docs: true })).rows.flatMap((row) => (row.doc ? [row.doc] : []))
    const papers = docs.flatMap((doc) => paperOf(doc) ?? [])
    const renamed = resolveKeyClashes(papers, (candidate) => (holders.get(candidate)?.size ?? 0) > 0)
    const writes: WriteDoc[] = renamed.flatMap((paper) => {
      const doc = docs.find((candidate) => candidate._id === docId('papers', paper.id))
      // the rename is part of the merge, made the same way on every device: who made the paper's last change stays
      return doc ? [{ ...doc, row: paper }] : []
    })
    if (writes.length === 0) return
    for (const write of writes) index(write._id, paperOf({ ...write, _rev: '' })?.citationKey)
    const answers = await replica.bulkDocs(writes)
    const failed = answers.find((answer) => !answer.ok && answer.status !== 409)
    if (failed && !failed.ok) throw new Error(`The citation key of ${failed.id} could not be made unique: ${failed.message ?? String(failed.error)}`)
  }

  return {
    async start() {
      const papers = await replica.allDocs({ startkey: PAPER_PREFIX, endkey: `${PAPER_PREFIX}\uffff`, include_docs: true })
      for (const row of papers.rows) if (row.doc) index(row.id, paperOf(row.doc)?.citationKey)
      const all = await replica.allDocs({ include_docs: true, conflicts: true })
      for (const row of all.rows) {
        const doc = row.doc
        if (doc?._conflicts?.length) enqueue(() => resolveConflict(replica, doc))
      }
      feed = replica.changes({ live: true, since: 'now', include_docs: true, conflicts: true })
      feed.on('change', (change: ChangeRow) => {
        const doc = change.doc
        if (doc) enqueue(() => handle(doc))
        onChange()
      })
      feed.on('error', onProblem)
    },
    idle: () => queue,
    close() {
      feed?.cancel()
      feed = undefined
    },
  }
}

function paperOf(doc: StoredDoc): PaperRow | undefined {
  if (doc._deleted) return undefined
  const checked = incomingChangeOf(doc, '')
  if ('reason' in checked) return undefined
  const { change } = checked.incoming
  // checked already against the row schemas: parsing the paper again would only repeat it
  return change.table === 'papers' && change.row && 'citationKey' in change.row && 'csl' in change.row ? change.row : undefined
}

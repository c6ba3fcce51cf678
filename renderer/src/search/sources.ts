import type { AxisRefDatabase } from '../db'
import type { PaperSource } from './documents'

/** Which paper each note, full text and attachment belongs to: needed to handle a deletion. */
export interface Owners {
  notes: Map<string, string>
  fullTexts: Map<string, string>
  attachments: Map<string, string>
}

/** Owners of a library with no notes, full texts or attachments yet. */
export function emptyOwners(): Owners {
  return { notes: new Map(), fullTexts: new Map(), attachments: new Map() }
}

function groupByPaper<T extends { paperId: string }>(records: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const record of records) {
    const group = groups.get(record.paperId)
    if (group) group.push(record)
    else groups.set(record.paperId, [record])
  }
  return groups
}

/**
 * The papers with these ids and what other tables hold about them, in one read-only
 * transaction so a paper and its notes are seen at one moment. Ids of papers that no
 * longer exist come back in `missing`.
 */
export async function readSources(db: AxisRefDatabase, ids: readonly string[], owning?: PapersWithRelated): Promise<{ sources: PaperSource[]; missing: string[] }> {
  // only the papers known to have rows there are looked up: `anyOf` walks the index with a
  // cursor that jumps key to key, one round trip each, 1,500 per 500 papers, which held a
  // 100,000-paper catch-up for most of its time when hardly any paper had a note or a PDF
  const lookUp = (table: keyof PapersWithRelated) => (owning ? ids.filter((id) => owning[table].has(id)) : [...ids])
  return db.transaction('r', [db.papers, db.notes, db.fullTexts, db.attachments], async () => {
    const related = <T>(table: keyof PapersWithRelated, read: (keys: string[]) => Promise<T[]>): Promise<T[]> => {
      const keys = lookUp(table)
      return keys.length === 0 ? Promise.resolve([]) : read(keys)
    }
    const [papers, notes, fullTexts, attachments] = await Promise.all([
      db.papers.bulkGet([...ids]),
      related('notes', (keys) => db.notes.where('paperId').anyOf(keys).toArray()),
      related('fullTexts', (keys) => db.fullTexts.where('paperId').anyOf(keys).toArray()),
      related('attachments', (keys) => db.attachments.where('paperId').anyOf(keys).toArray()),
    ])
    const notesOf = groupByPaper(notes)
    const textsOf = groupByPaper(fullTexts)
    const filesOf = groupByPaper(attachments)
    const sources: PaperSource[] = []
    const missing: string[] = []
    papers.forEach((paper, index) => {
      if (!paper) missing.push(ids[index] ?? '')
      else sources.push({ paper, notes: notesOf.get(paper.id) ?? [], fullTexts: textsOf.get(paper.id) ?? [], attachmentIds: (filesOf.get(paper.id) ?? []).map((file) => file.id) })
    })
    return { sources, missing }
  })
}

/** Per related table, the papers that have rows in it (read from the index's keys alone). */
export type PapersWithRelated = Record<'notes' | 'fullTexts' | 'attachments', ReadonlySet<string>>

/** Which papers have notes, full texts and attachments, in one read-only transaction: keys only, no rows. */
export async function papersWithRelated(db: AxisRefDatabase): Promise<PapersWithRelated> {
  return db.transaction('r', [db.notes, db.fullTexts, db.attachments], async () => {
    const [notes, fullTexts, attachments] = await Promise.all([db.notes.orderBy('paperId').uniqueKeys(), db.fullTexts.orderBy('paperId').uniqueKeys(), db.attachments.orderBy('paperId').uniqueKeys()])
    const set = (keys: readonly unknown[]) => new Set(keys.map(String))
    return { notes: set(notes), fullTexts: set(fullTexts), attachments: set(attachments) }
  })
}

/** The papers after `after` (the first ones when undefined), with their related rows. */
async function readChunk(db: AxisRefDatabase, after: string | undefined, chunkSize: number): Promise<PaperSource[]> {
  const papers = await (after === undefined ? db.papers.orderBy(':id') : db.papers.where(':id').above(after)).limit(chunkSize).toArray()
  const first = papers[0]?.id
  const last = papers.at(-1)?.id
  if (first === undefined || last === undefined) return []
  const [notes, fullTexts, attachments] = await Promise.all([
    db.notes.where('paperId').between(first, last, true, true).toArray(),
    db.fullTexts.where('paperId').between(first, last, true, true).toArray(),
    db.attachments.where('paperId').between(first, last, true, true).toArray(),
  ])
  const notesOf = groupByPaper(notes)
  const textsOf = groupByPaper(fullTexts)
  const filesOf = groupByPaper(attachments)
  return papers.map((paper) => ({ paper, notes: notesOf.get(paper.id) ?? [], fullTexts: textsOf.get(paper.id) ?? [], attachmentIds: (filesOf.get(paper.id) ?? []).map((file) => file.id) }))
}

/**
 * Every paper, a chunk at a time in id order, for a rebuild that answers searches in
 * between. Related rows are read by a range of the paperId index (the chunk's first to
 * last id), one cursor per table rather than one lookup per paper. The next chunk is
 * asked for before this one is handed over: IndexedDB reads it on its own threads while
 * the caller indexes this one, where waiting for each read left the worker idle a third
 * of a 100,000-paper build.
 */
export async function* readAllSources(db: AxisRefDatabase, chunkSize = 1000): AsyncGenerator<PaperSource[]> {
  let next = readChunk(db, undefined, chunkSize)
  for (;;) {
    const chunk = await next
    const last = chunk.at(-1)?.paper.id
    if (last === undefined) return
    next = readChunk(db, last, chunkSize)
    yield chunk
  }
}

/** Records what each source's related rows belong to, replacing what was known for its paper. */
export function recordOwners(owners: Owners, source: PaperSource): void {
  for (const note of source.notes) owners.notes.set(note.id, source.paper.id)
  for (const text of source.fullTexts) owners.fullTexts.set(text.attachmentId, source.paper.id)
  for (const id of source.attachmentIds) owners.attachments.set(id, source.paper.id)
}

/** The newest modification time among papers and notes, to find later changes by index. */
export function newestModification(sources: readonly PaperSource[], watermark: number): number {
  let newest = watermark
  for (const { paper, notes } of sources) {
    newest = Math.max(newest, paper.modifiedAt)
    for (const note of notes) newest = Math.max(newest, note.modifiedAt)
  }
  return newest
}

import { ONTOLOGY_VERSION, type AxisSuggestion, type PaperInput } from '../../../../shared/axis'
import type { AxisRefDatabase, PaperRecord } from '../../db'
import { markSuggestionWrite, type SuggestionQueueEntry } from '../../db/suggestionQueue'
import { paperInput, registryKey, suggestionsAreStale, toStored, withSuggestions } from './storedSuggestions'

/** Runs the suggester over many papers at once (in a worker in the app, inline in tests). */
export type Suggest = (inputs: readonly PaperInput[]) => Promise<AxisSuggestion[]>

const BATCH = 250
/** Dexie's change notices name the keys of a write of fewer rows than 50. */
const NAMED_WRITE_ROWS = 49

/** Lets the page paint and answer input between two batches (the app waits for an idle moment). */
export type YieldToPage = () => Promise<void>

/**
 * Suggests for every paper that has no suggestions from the current ontology yet, or whose
 * PDF text, MeSH headings or publication types arrived or changed since; takes the study
 * type PubMed's publication types give as accepted. Reads only the papers queued since the
 * last run (`suggestionQueue.ts`) and those an index finds with an older ontology's
 * suggestions, never every paper: at start there is usually nothing to do. Works in batches,
 * yielding to the page between them; returns how many papers were (re)suggested.
 */
export async function refreshSuggestions(db: AxisRefDatabase, suggest: Suggest, signal?: AbortSignal, yieldToPage: YieldToPage = nextTask): Promise<number> {
  await queueOlderOntology(db)
  let done = 0
  let after: string | undefined
  while (!signal?.aborted) {
    const entries = await (after === undefined ? db.suggestionQueue.toCollection() : db.suggestionQueue.where(':id').above(after)).limit(BATCH).toArray()
    const last = entries.at(-1)
    if (!last) break
    // onwards from here: an entry kept because its paper changed meanwhile waits for the next run
    after = last.paperId
    done += await refreshBatch(db, suggest, entries)
    await yieldToPage()
  }
  return done
}

/** Papers whose suggestions an older ontology made: the index finds them, none is read. */
async function queueOlderOntology(db: AxisRefDatabase): Promise<void> {
  // two ranges rather than notEqual, which Dexie walks with a cursor
  const index = 'axisSuggestions.ontologyVersion'
  const older = [...(await db.papers.where(index).below(ONTOLOGY_VERSION).primaryKeys()), ...(await db.papers.where(index).above(ONTOLOGY_VERSION).primaryKeys())]
  if (older.length > 0) await db.suggestionQueue.bulkPut(older.map((paperId) => ({ paperId, seq: 0 })))
}

async function refreshBatch(db: AxisRefDatabase, suggest: Suggest, entries: readonly SuggestionQueueEntry[]): Promise<number> {
  const ids = entries.map((entry) => entry.paperId)
  const found = await db.papers.bulkGet(ids)
  // which have text, from the index alone: a paper queued for an edit that leaves its suggestions fresh needs no text read
  const withText = new Set((await db.fullTexts.where('paperId').anyOf(ids).keys()).map(String))
  const papers = found.filter((paper): paper is PaperRecord => paper !== undefined && suggestionsAreStale(paper, withText.has(paper.id)))
  const texts = new Map(papers.length > 0 ? (await db.fullTexts.where('paperId').anyOf(papers.map((paper) => paper.id)).toArray()).map((text) => [text.paperId, text.text]) : [])
  const results = papers.length > 0 ? await suggest(papers.map((paper) => paperInput(paper, texts.get(paper.id)))) : []
  await db.transaction('rw', db.papers, db.suggestionQueue, async (transaction) => {
    markSuggestionWrite(transaction.idbtrans)
    // the rows as they are now, changed and written back in one request each way: one
    // update per paper (a read and a write, one after another) kept a 100,000-paper
    // refresh at about 250 papers a second
    const current = await db.papers.bulkGet(papers.map((paper) => paper.id))
    const written = papers.flatMap((paper, index) => {
      const result = results[index]
      const now = current[index]
      if (!result || !now) return []
      return [withSuggestions(now, toStored(result, texts.has(paper.id), registryKey(paper)))]
    })
    // in writes small enough that Dexie names the rows written: it reports a write of 50 rows
    // or more as "the whole table changed", and the search worker, which keeps each paper's
    // suggested nodes, then looks only for papers added, deleted or modified since it last
    // looked, which suggestions are not (they leave modifiedAt alone)
    for (let start = 0; start < written.length; start += NAMED_WRITE_ROWS) await db.papers.bulkPut(written.slice(start, start + NAMED_WRITE_ROWS))
    // a paper written again since it was read stays queued: its suggestions were made from the older row
    const queued = await db.suggestionQueue.bulkGet(entries.map((entry) => entry.paperId))
    await db.suggestionQueue.bulkDelete(entries.filter((entry, index) => queued[index]?.seq === entry.seq).map((entry) => entry.paperId))
  })
  return papers.length
}

/** A macrotask: the page may paint and take input before the next batch. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0))
}

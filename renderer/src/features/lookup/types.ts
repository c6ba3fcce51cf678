import type { BibliographicCandidate, LookupRecord } from '../../../../shared/lookup'
import type { AxisRefApi } from '../../../../shared/ipc/api'
import type { AxisRefDatabase, QueuedLookup } from '../../db'

/** Why a lookup did not succeed, in words (stored on the row, shown in the queue). */
export interface LookupError {
  code: string
  message: string
}

/** A queued lookup and the record the registry gave for its identifier. */
export interface FoundLookup {
  row: QueuedLookup
  record: LookupRecord
}

/**
 * What a handler did with a found record: done (with what it did in words, and the paper it
 * added, linked or changed), failed for good, or dropped (the paper it was for is gone).
 */
export type LookupResult = { kind: 'done'; outcome: string; paperId?: string } | { kind: 'failed'; error: LookupError } | { kind: 'dropped' }

/**
 * Applies the records of one batch (one answer per found lookup, same order). A handler that
 * throws sends its rows back to waiting with backoff and the error on the row.
 */
export type LookupHandler = (found: readonly FoundLookup[], now: number) => Promise<LookupResult[]>

/**
 * One handler per purpose. A purpose without a handler is not run: its rows wait, stored,
 * until one is given (the `complete` and `retraction` handlers are other features').
 */
export type LookupHandlers = Partial<Record<QueuedLookup['purpose'], LookupHandler>>

/** Runs `run` once after `delayMs`; answers a function that cancels it. */
export type Schedule = (run: () => void, delayMs: number) => () => void

/**
 * Applies a bibliographic search's candidates to the paper a `complete` lookup without an
 * identifier is for (a PDF that printed none): the best is applied only when sure, else offered.
 */
export type SearchHandler = (row: QueuedLookup, candidates: readonly BibliographicCandidate[], now: number) => Promise<LookupResult>

export interface LookupQueueDeps {
  db: AxisRefDatabase
  api: Pick<AxisRefApi, 'lookupIdentifiers'> & Partial<Pick<AxisRefApi, 'searchBibliographic'>>
  /** Runs `complete` lookups that have no identifier (a title search); without it they wait. */
  search?: SearchHandler
  clock: () => number
  schedule: Schedule
  handlers: LookupHandlers
  /** A pass that failed outside any one lookup (the database refused a write): said, never swallowed. */
  onError?: (message: string) => void
  /** Records were applied (papers added or changed): what follows from new records runs then (axis suggestions). */
  onApplied?: () => void
  /** The whole queue waits (lookups off, registries out of reach: why), or runs again (undefined). */
  onHold?: (error: LookupError | undefined) => void
}

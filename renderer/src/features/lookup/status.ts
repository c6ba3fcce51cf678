import type { IdentifierParse } from '../../../../shared/identifiers'
import type { PaperRecord, QueuedLookup } from '../../db'
import { ALREADY_IN_LIBRARY } from './addPapers'
import type { LookupError } from './types'

/** How many lookups are where, for the status line. */
export interface LookupCounts {
  waiting: number
  running: number
  failed: number
  /** Of the waiting: those held back because lookups are off in Settings. */
  off: number
  /** Of the waiting: those held back by a network failure (tried and not reached). */
  unreachable: number
}

/** Of the waiting rows that wait for a time (`timedRows`): those held back by lookups off, and by a network failure. */
export function timedCounts(timed: readonly QueuedLookup[]): Pick<LookupCounts, 'off' | 'unreachable'> {
  const waiting = timed.filter((row) => row.state === 'waiting' && row.error !== undefined)
  const off = waiting.filter((row) => row.error?.code === 'OFFLINE').length
  return { off, unreachable: waiting.length - off }
}

/**
 * The counts as the user should read them while the whole queue waits: only the batch tried
 * carries the reason, but every waiting lookup waits for the same thing.
 */
export function countsWithHold(counts: LookupCounts, hold: LookupError | undefined): LookupCounts {
  if (!hold || counts.running > 0) return counts
  if (hold.code === 'OFFLINE') return { ...counts, off: counts.waiting, unreachable: 0 }
  return { ...counts, unreachable: counts.waiting - counts.off }
}

/** "Looking up 2 of 5…", "Lookups: 3 waiting for network", "1 failed"; empty when the queue is empty. */
export function lookupStatusText(counts: LookupCounts): string {
  const parts: string[] = []
  if (counts.running > 0) parts.push(`Looking up ${number(counts.running)} of ${number(counts.running + counts.waiting)}…`)
  else if (counts.waiting > 0) parts.push(`Lookups: ${number(counts.waiting)} ${waitingFor(counts)}`)
  if (counts.failed > 0) parts.push(`${number(counts.failed)} failed`)
  return parts.join(' · ')
}

/** With thousands separators, as the import dialog counts ("16,943"). */
function number(count: number): string {
  return count.toLocaleString('en')
}

function waitingFor(counts: LookupCounts): string {
  if (counts.off === counts.waiting) return 'waiting — online lookups are off in Settings'
  if (counts.off + counts.unreachable === counts.waiting) return 'waiting for network'
  return 'waiting'
}

/** An identifier as the user reads it: "PMID 33856845", "DOI 10.7554/elife.01567", "PMCID PMC2682512". */
export function identifierLabel(identifier: QueuedLookup['identifier'], input: string): string {
  if (!identifier) return input
  return `${identifier.kind.toUpperCase()} ${identifier.value}`
}

/** Why a waiting or failed lookup is where it is, in words, with when it is tried next. */
export function lookupReason(row: QueuedLookup, now: number): string {
  if (row.state === 'running') return 'Looking up…'
  if (row.state === 'done') return row.outcome ?? 'Done'
  if (!row.error) return 'Waiting to run'
  if (row.state === 'failed') return `${row.error.code === 'NOT_FOUND' ? 'Not found' : 'Failed'}: ${row.error.message}`
  const wait = (row.notBefore ?? 0) - now
  return `Waiting: ${row.error.message}${wait > 0 ? ` Next try in ${duration(wait)}.` : ''}`
}

/** "40 s", "2 min", "1 h": how long, roughly, rounded up. */
export function duration(ms: number): string {
  if (ms < 60_000) return `${Math.ceil(ms / 1000)} s`
  if (ms < 3_600_000) return `${Math.ceil(ms / 60_000)} min`
  return `${Math.ceil(ms / 3_600_000)} h`
}

/** One pasted line of "Add by identifier" as it resolves. */
export type AddLine =
  | { kind: 'adding' | 'waiting' | 'not-found' | 'failed' | 'not-identifier' | 'removed'; text: string }
  | { kind: 'added' | 'linked'; text: string; paperId: string; title: string }

/** What a pasted line shows: its parse, then its queued lookup (`loading` while it is read) and the paper it became. */
export function addLine(parse: IdentifierParse, row: QueuedLookup | 'loading' | undefined, paper: Pick<PaperRecord, 'csl' | 'citationKey'> | undefined): AddLine {
  if (!parse.ok) return { kind: 'not-identifier', text: `Not an identifier: ${parse.reason}` }
  const label = identifierLabel(parse.identifier, parse.input)
  if (row === 'loading') return { kind: 'adding', text: `${label} — adding…` }
  if (!row) return { kind: 'removed', text: `${label} — removed from the queue` }
  if (row.state === 'done' && row.paperId) {
    const title = paper?.csl.title ?? paper?.citationKey ?? row.outcome ?? ''
    const linked = row.outcome?.startsWith(ALREADY_IN_LIBRARY) ?? false
    return { kind: linked ? 'linked' : 'added', text: linked ? `${ALREADY_IN_LIBRARY}: ` : 'Added: ', paperId: row.paperId, title }
  }
  if (row.state === 'failed') return { kind: row.error?.code === 'NOT_FOUND' ? 'not-found' : 'failed', text: `${label} — ${lookupReason(row, 0)}` }
  if (row.state === 'waiting' && row.error) {
    const why = row.error.code === 'OFFLINE' ? 'online lookups are off' : 'no network'
    return { kind: 'waiting', text: `${label} — Waiting: ${why} — will be added when the lookup succeeds` }
  }
  return { kind: 'adding', text: `${label} — adding…` }
}

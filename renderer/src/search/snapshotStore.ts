import { Dexie, type EntityTable } from 'dexie'
import { foldText, foldedRegistryTerms, type PaperSummary } from '../../../shared/search'
import type { SavedOrders } from './listViews'
import type { Owners } from './sources'
import type { TextIndexSnapshot } from './textIndex'

/**
 * Bump when what is indexed or how it is tokenised or weighted changes: a snapshot of
 * another format is ignored and the index rebuilt in the background. 7: summaries carry
 * MeSH, publication types and retraction status; keywords hold MeSH and registry keywords.
 */
export const SNAPSHOT_FORMAT = 7

/** The persisted search state of one library. */
export interface StoredSnapshot {
  /** The library database's name. */
  library: string
  format: number
  savedAt: number
  /** Newest modifiedAt among the papers and notes indexed; later changes are caught up by index. */
  watermark: number
  text: TextIndexSnapshot
  /** JSON of PaperSummary[]: one string is stored and read far faster than 50,000 objects. */
  summaries: string
  owners: { notes: [string, string][]; fullTexts: [string, string][]; attachments: [string, string][] }
  /** Every column's orders as positions in `summaries`: no sort after a load. */
  orders: SavedOrders
}

/**
 * The search cache, a database of its own beside the library (`<library>-search`): it is
 * derived data, so it needs no schema version in the library, is never part of a library
 * backup, can be deleted at any time (the index is rebuilt), and its large writes never
 * hold a lock on the library's tables.
 */
export class SearchCacheDatabase extends Dexie {
  snapshots!: EntityTable<StoredSnapshot, 'library'>

  constructor(name: string) {
    super(name)
    this.version(1).stores({ snapshots: 'library' })
  }
}

/** The cache database's name for a library database. */
export function searchCacheName(library: string): string {
  return `${library}-search`
}

/** Opens (creating if need be) the search cache of a library. */
export function openSearchCache(library: string): SearchCacheDatabase {
  return new SearchCacheDatabase(searchCacheName(library))
}

/** A summary as saved: the folded copies that are quick to redo are left out (a third of the size). */
type StoredSummary = Omit<PaperSummary, 'folded'> & { foldedAuthors: string; foldedJournal: string }

function packSummary({ folded, ...summary }: PaperSummary): StoredSummary {
  return { ...summary, foldedAuthors: folded.authors, foldedJournal: folded.journal }
}

function unpackSummary({ foldedAuthors, foldedJournal, ...summary }: StoredSummary): PaperSummary {
  return { ...summary, folded: { title: foldText(summary.title), authors: foldedAuthors, journal: foldedJournal, tags: summary.tags.map(foldText), ...foldedRegistryTerms(summary) } }
}

export interface LoadedSnapshot {
  text: TextIndexSnapshot
  summaries: PaperSummary[]
  owners: Owners
  watermark: number
  orders: SavedOrders
}

/** The saved state of `library`, or undefined when there is none or it is of another format. */
export async function loadSnapshot(cache: SearchCacheDatabase, library: string): Promise<LoadedSnapshot | undefined> {
  const stored = await cache.snapshots.get(library)
  if (!stored || stored.format !== SNAPSHOT_FORMAT) return undefined
  return {
    text: stored.text,
    summaries: (JSON.parse(stored.summaries) as StoredSummary[]).map(unpackSummary),
    owners: { notes: new Map(stored.owners.notes), fullTexts: new Map(stored.owners.fullTexts), attachments: new Map(stored.owners.attachments) },
    watermark: stored.watermark,
    orders: stored.orders,
  }
}

/** Summaries serialised per slice, with a pause between: one stringify of 100,000 held the worker for a second. */
const SUMMARY_SLICE = 10_000

/**
 * JSON of the summaries as stored, built a slice at a time; `between` runs after each
 * slice (the worker answers queued searches there).
 */
export async function summariesJson(summaries: readonly PaperSummary[], between: () => Promise<void> = async () => undefined): Promise<string> {
  const parts: string[] = []
  for (let start = 0; start < summaries.length; start += SUMMARY_SLICE) {
    // each slice's array brackets dropped, the slices joined into one array
    parts.push(JSON.stringify(summaries.slice(start, start + SUMMARY_SLICE).map(packSummary)).slice(1, -1))
    await between()
  }
  return `[${parts.join(',')}]`
}

/** Replaces the saved state of `library`; the summaries' folded copies are left out (rebuilt on load). */
export async function saveSnapshot(cache: SearchCacheDatabase, library: string, snapshot: LoadedSnapshot, now: number = Date.now(), between?: () => Promise<void>): Promise<void> {
  const summaries = await summariesJson(snapshot.summaries, between)
  await cache.snapshots.put({
    library,
    format: SNAPSHOT_FORMAT,
    savedAt: now,
    watermark: snapshot.watermark,
    text: snapshot.text,
    summaries,
    owners: { notes: [...snapshot.owners.notes], fullTexts: [...snapshot.owners.fullTexts], attachments: [...snapshot.owners.attachments] },
    orders: snapshot.orders,
  })
}

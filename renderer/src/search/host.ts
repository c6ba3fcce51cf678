import type { ObservabilitySet } from 'dexie'
import type { AxisRefDatabase, PaperRecord } from '../db'
import { toIndexDocument, toSummary, type PaperSource } from './documents'
import { SearchEngine } from './engine'
import { createIdTable } from './idTable'
import { ALL_SORTS } from './listViews'
import type { PlainHandlers } from '../workers/protocol'
import type { IndexStatus, SearchEvent, SearchProtocol } from './protocol'
import { loadSnapshot, saveSnapshot, type SearchCacheDatabase } from './snapshotStore'
import { emptyOwners, newestModification, readAllSources, recordOwners, type Owners } from './sources'
import { TABLES, changedKeysFrom, papersAffectedBy, papersChangedSince, reindexPapers, type ChangedKeys } from './sync'
import { TextIndex, createIndexBuilder } from './textIndex'

export interface SearchHostDeps {
  openLibrary(name: string): AxisRefDatabase
  openCache(library: string): SearchCacheDatabase
  /** Reports an event to the page (the worker's `emit`). */
  post(event: SearchEvent): void
  /** Dexie's global `storagemutated` event; returns the unsubscribe. */
  subscribe(listener: (parts: ObservabilitySet) => void): () => void
  /** Lets queued messages (searches) run between rebuild chunks. */
  yieldToEvents?: () => Promise<void>
  /** Quiet time after the last change before the index is saved. */
  saveDelayMs?: number
  /** The longest a change waits to be saved while changes keep coming. */
  saveMaxDelayMs?: number
  /** Quiet after the last bulk write (an import's chunk) before catching up on them. */
  rangeQuietMs?: number
  /** The longest a bulk write waits to be caught up on while more keep coming. */
  rangeMaxWaitMs?: number
  /** The clock (tests pass their own). */
  now?: () => number
}

export interface SearchHost {
  /** What the worker answers, request by request (served by `serveWorker`). */
  handlers: PlainHandlers<SearchProtocol>
  /** Resolves when no background work (load, rebuild, catch-up, save) is left. */
  idle(): Promise<void>
  close(): void
}

const macrotask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0))

/** A catch-up larger than this share of the library is done as a rebuild. */
const REBUILD_SHARE = 0.5
const CATCH_UP_WITHOUT_SAVE = 50

/**
 * The search worker's logic as plain functions over its dependencies (so tests run it
 * against fake-indexeddb without a Worker). On `init` it loads the saved index and
 * catches up with what changed since, or rebuilds in chunks while answering searches;
 * afterwards it follows Dexie's change notices and re-reads only the papers touched.
 */
export function createSearchHost(deps: SearchHostDeps): SearchHost {
  const yieldToEvents = deps.yieldToEvents ?? macrotask
  let db: AxisRefDatabase | undefined
  let cache: SearchCacheDatabase | undefined
  let library = ''
  let locale: string | undefined
  let engine = new SearchEngine()
  let owners: Owners = emptyOwners()
  let watermark = 0
  let status: IndexStatus = { state: 'starting', indexed: 0 }
  let revision = 0
  let work: Promise<void> = Promise.resolve()
  let markLoaded: () => void = () => undefined
  const loaded = new Promise<void>((resolve) => (markLoaded = resolve))
  const pending: { keys: ChangedKeys; range: boolean } = { keys: { papers: [], notes: [], fullTexts: [], attachments: [] }, range: false }
  let saveTimer: ReturnType<typeof setTimeout> | undefined
  /** When the oldest change not yet saved was indexed. */
  let unsavedSince: number | undefined
  const rangeQuiet = deps.rangeQuietMs ?? 1_500
  const rangeMaxWait = deps.rangeMaxWaitMs ?? 30_000
  let lastRangeNotice = Number.NEGATIVE_INFINITY
  let rangePendingSince = Number.NEGATIVE_INFINITY
  let rangeTimer: ReturnType<typeof setTimeout> | undefined
  const clock = deps.now ?? Date.now
  let unsubscribe: () => void = () => undefined
  const idTable = createIdTable()

  function setStatus(state: IndexStatus['state'], message?: string): void {
    status = { state, indexed: state === 'indexing' ? engine.summaries.size : engine.text.size, message }
    deps.post({ type: 'status', status })
  }

  function announceChange(): void {
    deps.post({ type: 'changed', revision: ++revision })
  }

  /** Runs background steps one after another, never two at once. */
  function enqueue(step: () => Promise<void>): Promise<void> {
    work = work.then(step).catch((error: unknown) => deps.post({ type: 'failed', message: `the search index could not be updated (${messageOf(error)})` }))
    return work
  }

  function scheduleSave(): void {
    const now = clock()
    unsavedSince ??= now
    clearTimeout(saveTimer)
    saveTimer = setTimeout(() => void enqueue(save), saveWait(unsavedSince, now, deps.saveDelayMs ?? 30_000, deps.saveMaxDelayMs ?? 180_000))
  }

  async function save(): Promise<void> {
    clearTimeout(saveTimer)
    if (!cache || status.state !== 'ready') return
    unsavedSince = undefined
    // sort each column now, one per task, so the saved orders spare every later start a sort
    for (const spec of ALL_SORTS) {
      engine.list.entries(spec)
      await yieldToEvents()
    }
    // each step below holds the worker for a while at 100,000 papers: searches queued
    // meanwhile are answered between them
    const text = engine.text.snapshot()
    await yieldToEvents()
    const summaries = [...engine.summaries.values()]
    const position = new Map(summaries.map((summary, index) => [summary.id, index]))
    const orders = engine.list.saveOrders((id) => position.get(id) ?? 0)
    await yieldToEvents()
    await saveSnapshot(cache, library, { text, summaries, owners, watermark, orders }, clock(), yieldToEvents)
  }

  /** `reason`, in words, is shown while indexing when the rebuild was not the plan (a saved index that could not be read). */
  async function rebuild(database: AxisRefDatabase, reason?: string): Promise<void> {
    engine = new SearchEngine(new TextIndex(), [], locale)
    engine.textReady = false
    owners = emptyOwners()
    setStatus('indexing', reason)
    markLoaded()
    const builder = createIndexBuilder()
    let newest = 0
    let announceAt = 0
    for await (const chunk of readAllSources(database)) {
      engine.upsertMany(chunk.map((source) => ({ summary: toSummary(source) })))
      for (const source of chunk) {
        builder.add(toIndexDocument(source))
        recordOwners(owners, source)
      }
      newest = newestModification(chunk, newest)
      setStatus('indexing', reason)
      // the list fills while the text index is built, told each time the library read so far
      // has doubled: each notice has the page ask again, and each answer sorts every paper
      // read so far, which after every chunk cost seconds of a 100,000-paper build
      if (engine.summaries.size >= announceAt) {
        announceChange()
        announceAt = engine.summaries.size * 2
      }
      await yieldToEvents()
    }
    engine.text = builder.finish()
    engine.text.vocabulary.prepare()
    engine.textReady = true
    watermark = newest
  }

  async function start(database: AxisRefDatabase, store: SearchCacheDatabase): Promise<void> {
    setStatus('loading')
    const saved = await loadSnapshot(store, library).then(
      (snapshot) => ({ snapshot }),
      // the saved index is a cache: one that cannot be read is rebuilt, and the list says why
      (error: unknown) => ({ snapshot: undefined, unreadable: `The saved search index could not be read (${messageOf(error)}); it is being rebuilt, and until then words are found in titles and authors only.` }),
    )
    const { snapshot } = saved
    let changed = new Set<string>()
    if (!snapshot) {
      await rebuild(database, 'unreadable' in saved ? saved.unreadable : undefined)
    } else {
      engine = new SearchEngine(new TextIndex(snapshot.text), snapshot.summaries, locale, snapshot.orders)
      owners = snapshot.owners
      watermark = snapshot.watermark
      markLoaded()
      changed = await papersChangedSince(database, engine.summaries, owners, watermark)
      if (changed.size > engine.summaries.size * REBUILD_SHARE + 1000) await rebuild(database)
      else watermark = await reindexPapers(database, engine, owners, changed, watermark)
    }
    setStatus('ready')
    announceChange()
    // a save blocks the worker for a second or two at 50,000 papers: not for a few papers
    // the next start would catch up on anyway
    if (!snapshot || changed.size > CATCH_UP_WITHOUT_SAVE) scheduleSave()
    await applyPending()
  }

  async function applyPending(): Promise<void> {
    if (!db || status.state !== 'ready') return
    const { keys } = pending
    pending.keys = { papers: [], notes: [], fullTexts: [], attachments: [] }
    // rows written one by one are read at once, also while a bulk write's catch-up waits
    const touched = await papersAffectedBy(db, keys, owners)
    const now = clock()
    const due = Math.min(lastRangeNotice + rangeQuiet, rangePendingSince + rangeMaxWait)
    if (pending.range && now >= due) {
      pending.range = false
      for (const id of await papersChangedSince(db, engine.summaries, owners, watermark)) touched.add(id)
    } else if (pending.range) {
      // a catch-up reads every paper's key to find those deleted, and each of its reads waits
      // for the import's next write: while an import writes chunk after chunk, it waits for a
      // pause (or half a minute), not one catch-up per chunk or every few seconds (measured at
      // 20,000 papers: the import's writes 20% faster, searchable 20% sooner)
      rangeTimer ??= setTimeout(() => {
        rangeTimer = undefined
        void enqueue(applyPending)
      }, due - now)
    }
    if (touched.size === 0) return
    watermark = await reindexPapers(db, engine, owners, touched, watermark)
    announceChange()
    scheduleSave()
  }

  /**
   * Indexes papers the page has just added from the rows it sent: an import of 100,000
   * papers was otherwise read back in catch-ups whose reads waited for the import's writes,
   * and was searchable half a minute after its last write. The watermark stays: the catch-up
   * the import's change notices bring reads only ids and times, and skips papers indexed as
   * they are stored; one changed or deleted meanwhile it reads again.
   */
  async function indexAdded(papers: readonly PaperRecord[]): Promise<void> {
    // while loading or building, the catch-up at the end finds them
    if (status.state !== 'ready') return
    const sources: PaperSource[] = papers.filter((paper) => !engine.summaries.has(paper.id)).map((paper) => ({ paper, notes: [], fullTexts: [], attachmentIds: [] }))
    if (sources.length === 0) return
    engine.upsertMany(sources.map((source) => ({ summary: toSummary(source), document: toIndexDocument(source) })))
    announceChange()
    scheduleSave()
  }

  function onMutation(parts: ObservabilitySet): void {
    const changed = changedKeysFrom(parts, library)
    if (!changed) return
    if (changed === 'range') {
      if (!pending.range) rangePendingSince = clock()
      pending.range = true
      lastRangeNotice = clock()
    }
    else for (const table of TABLES) pending.keys[table].push(...changed[table])
    void enqueue(applyPending)
  }

  function init({ dbName, locale: asked }: { dbName: string; locale?: string }): undefined {
    if (db) return
    library = dbName
    locale = asked
    const database = deps.openLibrary(library)
    const store = deps.openCache(library)
    db = database
    cache = store
    unsubscribe = deps.subscribe(onMutation)
    void enqueue(() =>
      start(database, store).catch((error: unknown) => {
        setStatus('failed', messageOf(error))
        markLoaded()
      }),
    )
  }

  const handlers: PlainHandlers<SearchProtocol> = {
    init,
    async search({ known, ...request }) {
      await loaded
      const { ids, total, error } = engine.search(request)
      return { ids: idTable.encode(ids, known), total, error, status }
    },
    async facets(request) {
      await loaded
      return engine.facets(request)
    },
    // answered at once, from what is loaded so far: the page reads the rest from IndexedDB
    rows: (ids) => engine.rows(ids),
    added({ papers }) {
      void enqueue(() => indexAdded(papers))
      return undefined
    },
    async flush() {
      await enqueue(save)
      return undefined
    },
  }

  return {
    handlers,
    idle: async () => {
      for (let settled = work; ; settled = work) {
        await settled
        if (settled === work) return
      }
    },
    close() {
      clearTimeout(saveTimer)
      clearTimeout(rangeTimer)
      unsubscribe()
      db?.close()
      cache?.close()
    },
  }
}

/**
 * How long to wait before saving: `delayMs` after the last change, but never more than
 * `maxDelayMs` after the oldest unsaved one. Changes that never pause (a suggestion refresh
 * writing a large import's papers for minutes) would otherwise put the save off until they
 * end, and every start meanwhile would catch up on, or rebuild, the whole library.
 */
export function saveWait(unsavedSince: number, now: number, delayMs: number, maxDelayMs: number): number {
  return Math.max(0, Math.min(delayMs, unsavedSince + maxDelayMs - now))
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

import { matchesFilters, parseQuery, summarisePaper } from '../../../shared/search'
import type { AxisRefDatabase } from '../../../renderer/src/db'
import type { SortSpec } from '../../../renderer/src/search/listModel'
import type { SearchClient } from '../../../renderer/src/search/searchClient'
import type { LibraryBenchApi, ScrollReport, SeedChunk } from './benchContract'

/** The page's side of the bench: the list view it can set, and what it currently shows. */
export interface BenchController {
  /** The list registers how its query and sort are set. */
  attach(setView: (query: string, sort: SortSpec) => void): void
  /** The list reports each answer it has committed. */
  shown(ids: readonly string[]): void
  setView(query: string, sort: SortSpec): void
  readonly shownIds: readonly string[]
  /** Bumped each time the list commits an answer. */
  readonly shownCount: number
}

/** The controller the bench page's list and the bench hooks share. */
export function createBenchController(): BenchController {
  let setter: (query: string, sort: SortSpec) => void = () => undefined
  let shownIds: readonly string[] = []
  let shownCount = 0
  return {
    attach: (setView) => (setter = setView),
    shown(ids) {
      shownIds = ids
      shownCount++
    },
    setView: (query, sort) => setter(query, sort),
    get shownIds() {
      return shownIds
    },
    get shownCount() {
      return shownCount
    },
  }
}

const nextFrame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(resolve))

/** Resolves on the first frame at which `condition` holds (checked after each frame). */
async function frameWhen(condition: () => boolean, limitMs = 30_000): Promise<void> {
  const started = performance.now()
  while (!condition()) {
    if (performance.now() - started > limitMs) throw new Error('bench: timed out waiting for the list')
    await nextFrame()
  }
}

function rowsPainted(): boolean {
  return document.querySelector('[data-testid="paper-row-loading"]') === null
}

/** What someone without an index would write: read every record, fold it, test it. */
async function naiveSearch(db: AxisRefDatabase, query: string): Promise<number> {
  const parsed = parseQuery(query)
  const words = parsed.words.map((word) => word.toLowerCase())
  const ids = await db.papers
    .filter((paper) => {
      const text = [paper.csl.title, paper.csl.abstract, paper.csl.keyword, ...(paper.csl.author ?? []).map((name) => `${name.family} ${name.given}`)].join(' ').toLowerCase()
      if (!words.every((word) => text.includes(word)) || !parsed.phrases.every((phrase) => text.includes(phrase))) return false
      return matchesFilters(summarisePaper(paper, { hasPdf: false, hasFullText: false, hasNotes: false }), parsed)
    })
    .primaryKeys()
  return ids.length
}

async function measureScroll(rows: number, rowsPerFrame: number): Promise<ScrollReport> {
  const scroller = document.querySelector<HTMLElement>('[data-testid="paper-list-scroller"]')
  if (!scroller) throw new Error('bench: no list to scroll')
  scroller.scrollTop = 0
  await frameWhen(() => rowsPainted() && document.querySelector('[data-testid="paper-row"]') !== null)
  // rows come and go as the list scrolls: read the height once, from a row on screen now
  const rowHeight = document.querySelector<HTMLElement>('[data-testid="paper-row"]')?.offsetHeight ?? 0
  if (rowHeight === 0) throw new Error('bench: rows have no height')
  const target = Math.min(rows * rowHeight, scroller.scrollHeight - scroller.clientHeight)
  const deltas: number[] = []
  let blankFrames = 0
  let last = await nextFrame()
  // writes only, no reads of scrollTop: a read would force a layout a real wheel never does
  for (let position = rowsPerFrame * rowHeight; position <= target; position += rowsPerFrame * rowHeight) {
    scroller.scrollTop = position
    const now = await nextFrame()
    deltas.push(now - last)
    last = now
    if (!rowsPainted()) blankFrames++
  }
  const sorted = [...deltas].sort((a, b) => a - b)
  return { frames: deltas.length, maxFrameMs: sorted.at(-1) ?? 0, p95FrameMs: sorted[Math.floor(sorted.length * 0.95)] ?? 0, blankFrames }
}

/** Writes one chunk of the generated library, as an import would: one transaction. */
export async function seedChunk(db: AxisRefDatabase, chunk: SeedChunk): Promise<number> {
  await db.transaction('rw', [db.papers, db.attachments, db.fullTexts, db.notes], async () => {
    await db.papers.bulkAdd(chunk.papers)
    await db.attachments.bulkAdd(chunk.attachments)
    await db.fullTexts.bulkAdd(chunk.fullTexts)
    await db.notes.bulkAdd(chunk.notes)
  })
  return db.papers.count()
}

/** The bench hooks the page exposes; nothing of this is in the app's own bundle. */
export function createBenchApi(db: AxisRefDatabase, client: SearchClient, controller: BenchController, firstRowsAt: () => number | undefined): LibraryBenchApi {
  let indexingAt: number | undefined
  const stopWatching = client.subscribe((event) => {
    if (event.type !== 'status' || event.status.state !== 'indexing') return
    indexingAt = performance.now()
    stopWatching()
  })
  return {
    indexingAt: () => indexingAt,
    seed: (chunk) => seedChunk(db, chunk),
    waitReady: () =>
      new Promise((resolve) => {
        const check = (): boolean => client.status.state === 'ready' || client.status.state === 'failed'
        if (check()) return resolve({ at: performance.now(), state: client.status.state })
        const stop = client.subscribe(() => {
          if (!check()) return
          stop()
          resolve({ at: performance.now(), state: client.status.state })
        })
      }),
    firstRowsAt,
    async search(query, sort = 'relevance') {
      const started = performance.now()
      const result = await client.search(query, { sort })
      return { ms: performance.now() - started, total: result.total, error: result.error?.code }
    },
    async naiveSearch(query) {
      const started = performance.now()
      const total = await naiveSearch(db, query)
      return { ms: performance.now() - started, total }
    },
    async show(query, sort) {
      const started = performance.now()
      const before = controller.shownCount
      controller.setView(query, sort)
      await frameWhen(() => controller.shownCount > before && rowsPainted())
      return { ms: performance.now() - started, total: controller.shownIds.length }
    },
    scroll: measureScroll,
    async insert(paper) {
      const started = performance.now()
      await db.papers.add(paper)
      await frameWhen(() => controller.shownIds.includes(paper.id) && rowsPainted())
      return { ms: performance.now() - started, total: controller.shownIds.length }
    },
    async flush() {
      const started = performance.now()
      await client.flush()
      return performance.now() - started
    },
  }
}

import type { AttachmentRecord, FullTextRecord, NoteRecord, PaperRecord } from '../../../renderer/src/db/schema'
import type { SortSpec } from '../../../renderer/src/search/listModel'

/** Rows to put into the bench page's IndexedDB, one chunk per call. */
export interface SeedChunk {
  papers: PaperRecord[]
  attachments: AttachmentRecord[]
  fullTexts: FullTextRecord[]
  notes: NoteRecord[]
}

export interface TimedAnswer {
  ms: number
  total: number
  error?: string
}

export interface ScrollReport {
  frames: number
  maxFrameMs: number
  p95FrameMs: number
  /** Frames that showed at least one row whose record had not arrived yet. */
  blankFrames: number
}

/**
 * What the library bench page exposes as `globalThis.axisrefBench` (DOM-free, so the Node
 * side of the bench can import the type). Times are measured inside the page.
 */
export interface LibraryBenchApi {
  seed(chunk: SeedChunk): Promise<number>
  /** Resolves once the search worker's index is ready; `at` is performance.now() then. */
  waitReady(): Promise<{ at: number; state: string }>
  /** performance.now() when the worker first said it was building its index (undefined if it never did: it loaded a saved one). */
  indexingAt(): number | undefined
  /** performance.now() when the first rows with data were painted, if they have been. */
  firstRowsAt(): number | undefined
  /** One query through the search client (worker round trip). */
  search(query: string, sort?: SortSpec | 'relevance'): Promise<TimedAnswer>
  /** The naive reference: a Dexie filter() over every record. */
  naiveSearch(query: string): Promise<TimedAnswer>
  /** Puts a query and sort into the list and waits until its rows are painted. */
  show(query: string, sort: SortSpec): Promise<TimedAnswer>
  /** Scrolls the list through `rows` rows, `rowsPerFrame` at a time, timing each frame. */
  scroll(rows: number, rowsPerFrame: number): Promise<ScrollReport>
  /** Adds one paper and times until the list (as shown) contains it. */
  insert(paper: PaperRecord): Promise<TimedAnswer>
  /** Saves the search index now; resolves to the time it took. */
  flush(): Promise<number>
}

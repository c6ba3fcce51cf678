/** What the list shows: its summary line and the ids of the first rows painted. */
export interface ListState {
  summary: string
  rows: string[]
}

export interface TimedState {
  ms: number
  state: ListState
  /** True when the wait gave up (the list never showed the answer). */
  timedOut: boolean
}

export interface SortedState extends ListState {
  /** The clicked header's aria-sort after the click. */
  ariaSort: string
}

export interface SortedTime extends TimedState {
  ariaSort: string
  /** Whether the header's aria-sort changed at all. */
  changed: boolean
}

export interface ScrollReport {
  frames: number
  p95FrameMs: number
  maxFrameMs: number
  /** Frames that showed rows still loading (blank cells). */
  blankFrames: number
}

export interface TagEdit {
  /** Submit to the sidebar's Tags facet counting the tag once more than before. */
  ms: number
  /** Submit to the tag's chip in the details pane: the edit itself, saved and shown. */
  chipMs: number
  timedOut: boolean
  /** The tag's count in the sidebar before the edit (0: not shown) and at the end of the wait. */
  before: number
  after: number | undefined
}

export interface NaiveReport {
  papers: number
  readMs: number
  /** Every title sorted with a collator, as a list without an index would. */
  sortMs: number
  /** Each query's words looked up in title, authors, abstract and note of every paper. */
  scanMs: number[]
}

/**
 * The measuring hooks the bench injects into the real app's page (bench/library100k/page):
 * they drive the app's own controls (search box, column headers, list scroller, tag box)
 * as events a person's input makes, and time the answer in the page's own clock.
 */
export interface PageProbe {
  /** performance.now() at the first frame painted with paper rows, after this load. */
  firstRowsAt(): number | undefined
  state(): ListState
  /** Types `query` into the search box; resolves once the list's summary is `expected`'s (rows painted), or (none given) once it settles. */
  search(query: string, expected?: ListState): Promise<TimedState>
  /** Clicks the column header labelled `label`; resolves once the list shows `expected`, or (none given) once it settles. */
  sort(label: string, expected?: SortedState): Promise<SortedTime>
  scroll(rows: number, rowsPerFrame: number): Promise<ScrollReport>
  /**
   * Adds `tag` in the details pane's tag box; resolves once the sidebar counts it once more
   * than before. Throws if the paper has it already, or if the sidebar cannot show it (a new
   * tag where the most used ones fill the list).
   */
  addTag(tag: string): Promise<TagEdit>
  /** The Tags facet's labels, most used first. */
  shownTags(): string[]
  /** Whether the details pane shows `tag` among the paper's tags. */
  hasChip(tag: string): boolean
  /** A file input (not in the document) for the bench to load the file to drop into. */
  fileInput(): unknown
  /** Drops the file loaded into fileInput() on the window's drop zone, in a real DataTransfer. */
  dropPicked(): void
  /** performance.now() of this load's first contentful paint (the page's own, before any row). */
  firstContentfulPaint(): number | undefined
  /** Frame times of `frames` frames with nothing asked of the page: the machine's own cadence. */
  idleFrames(frames: number): Promise<number[]>
  /** When the search index was last saved (its cache database), if it ever was. */
  snapshotSavedAt(): Promise<number | undefined>
  /** Deletes every search cache database of this origin (run on a page without the app). */
  deleteSearchCaches(): Promise<string[]>
  /** The naive way, for reference: every paper read from IndexedDB, titles sorted, words scanned. */
  naive(queries: readonly string[]): Promise<NaiveReport>
  /** Labels of the list's column headers. */
  headers(): string[]
}

import type { ListState, NaiveReport, PageProbe, ScrollReport, SortedState, SortedTime, TagEdit, TimedState } from '../pageContract'

// Injected into the real app's page before its own scripts (see ../probeScript.ts): a
// classic script, so everything lives inside this one function and leaves one global.
;(() => {
  const WAIT_LIMIT_MS = 30_000
  const SETTLE_MS = 400
  let firstRows: number | undefined

  const nextFrame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())))
  const rowsLoading = (): boolean => document.querySelector('[data-testid="paper-row-loading"]') !== null

  function state(): ListState {
    const summary = document.querySelector('[data-testid="list-summary"]')?.textContent ?? ''
    const rows = [...document.querySelectorAll('[data-testid="paper-row"]')].slice(0, 5).map((row) => row.id)
    const message = document.querySelector('.library-pane .loading')?.textContent
    return { summary, rows: message ? [message] : rows }
  }
  const same = (a: ListState, b: ListState): boolean => a.summary === b.summary && a.rows.join() === b.rows.join()

  // the first frame that paints paper rows after this load (two frames: the paint after the commit)
  new MutationObserver((_, observer) => {
    if (!document.querySelector('[data-testid="paper-row"]')) return
    observer.disconnect()
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        firstRows = performance.now()
        performance.mark('axisref-first-rows')
      }),
    )
  }).observe(document, { childList: true, subtree: true })

  /** Waits frame by frame until `done` holds on a painted frame with no row still loading. */
  async function frameWhen(started: number, done: () => boolean): Promise<TimedState> {
    for (;;) {
      const now = await nextFrame()
      if (done() && !rowsLoading()) return { ms: now - started, state: state(), timedOut: false }
      if (now - started > WAIT_LIMIT_MS) return { ms: now - started, state: state(), timedOut: true }
    }
  }

  /** Until nothing on the list has changed for SETTLE_MS: the time is that of the last change. */
  async function settled(started: number, before: ListState): Promise<TimedState> {
    let last = { at: started, state: before }
    for (;;) {
      const now = await nextFrame()
      const current = state()
      if (!same(current, last.state) || rowsLoading()) last = { at: now, state: current }
      else if (now - last.at > SETTLE_MS) return { ms: last.at - started, state: current, timedOut: false }
      if (now - started > WAIT_LIMIT_MS) return { ms: now - started, state: current, timedOut: true }
    }
  }

  /** Sets a React-controlled input's value as typing does (the native setter, then an input event). */
  function type(input: HTMLInputElement, value: string): void {
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set
    setter?.call(input, value)
    input.dispatchEvent(new Event('input', { bubbles: true }))
  }

  function searchBox(): HTMLInputElement {
    const box = document.querySelector<HTMLInputElement>('input[aria-label="Search the library"]')
    if (!box) throw new Error('bench: no search box')
    return box
  }

  async function search(query: string, expected?: ListState): Promise<TimedState> {
    const before = state()
    const started = performance.now()
    type(searchBox(), query)
    // the answer is known by its count: papers added together tie in the newest-first order, so the first rows may differ run to run
    return expected ? frameWhen(started, () => state().summary === expected.summary) : settled(started, before)
  }

  function headerButtons(): HTMLButtonElement[] {
    return [...document.querySelectorAll<HTMLButtonElement>('.virtual-paper-list-header [role="columnheader"]')]
  }

  async function sort(label: string, expected?: SortedState): Promise<SortedTime> {
    const header = headerButtons().find((button) => (button.textContent ?? '').replace(/[▲▼]/g, '').trim() === label)
    if (!header) throw new Error(`bench: no column header "${label}"`)
    const before = state()
    const sortBefore = header.getAttribute('aria-sort')
    const started = performance.now()
    header.click()
    const answer = expected
      ? await frameWhen(started, () => header.getAttribute('aria-sort') === expected.ariaSort && same(state(), expected))
      : await settled(started, before)
    return { ...answer, ariaSort: header.getAttribute('aria-sort') ?? '', changed: header.getAttribute('aria-sort') !== sortBefore }
  }

  async function scroll(rows: number, rowsPerFrame: number): Promise<ScrollReport> {
    const scroller = document.querySelector<HTMLElement>('[data-testid="paper-list-scroller"]')
    if (!scroller) throw new Error('bench: no list to scroll')
    scroller.scrollTop = 0
    await frameWhen(performance.now(), () => document.querySelector('[data-testid="paper-row"]') !== null)
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
      if (rowsLoading()) blankFrames++
    }
    const sorted = [...deltas].sort((a, b) => a - b)
    return { frames: deltas.length, p95FrameMs: sorted[Math.floor(sorted.length * 0.95)] ?? 0, maxFrameMs: sorted.at(-1) ?? 0, blankFrames }
  }

  function tagCount(tag: string): number | undefined {
    const items = document.querySelectorAll('ul[aria-label="Tags"] .sidebar__item')
    for (const item of items) {
      if (item.querySelector('.sidebar__label')?.textContent === tag) return Number((item.querySelector('.count')?.textContent ?? '').replace(/,/g, ''))
    }
    return undefined
  }

  /** The tags the sidebar shows, most used first (it shows only the most used few). */
  function shownTags(): string[] {
    return [...document.querySelectorAll('ul[aria-label="Tags"] .sidebar__label')].map((label) => label.textContent ?? '')
  }

  const hasChip = (tag: string): boolean => [...document.querySelectorAll('.tag-chip span')].some((span) => span.textContent === tag)

  async function addTag(tag: string): Promise<TagEdit> {
    const box = document.querySelector<HTMLInputElement>('input[aria-label="Add a tag"]')
    if (!box?.form) throw new Error('bench: no tag box in the details pane (is a paper selected?)')
    if (hasChip(tag)) throw new Error(`bench: the paper in the details pane already has the tag "${tag}"`)
    // a tag the sidebar does not show (not among the most used) would be waited for in vain
    const before = tagCount(tag) ?? 0
    if (before === 0 && shownTags().length >= 15) throw new Error(`bench: "${tag}" is not among the tags the sidebar shows (${shownTags().join(', ')}): its count cannot be seen to change`)
    type(box, tag)
    await nextFrame()
    const started = performance.now()
    box.form.requestSubmit()
    const chip = await frameWhen(started, () => hasChip(tag))
    const answer = await frameWhen(started, () => tagCount(tag) === before + 1)
    return { ms: answer.ms, chipMs: chip.ms, timedOut: answer.timedOut || chip.timedOut, before, after: tagCount(tag) }
  }

  let picker: HTMLInputElement | undefined
  function fileInput(): HTMLInputElement {
    picker = document.createElement('input')
    picker.type = 'file'
    return picker
  }

  function dropPicked(): void {
    const zone = document.querySelector('[data-testid="drop-zone"]')
    const file = picker?.files?.[0]
    if (!zone || !file) throw new Error('bench: no drop zone, or no file loaded to drop')
    const data = new DataTransfer()
    data.items.add(file)
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }))
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }))
  }

  function request<T>(action: IDBRequest<T>): Promise<T> {
    return new Promise((resolve, reject) => {
      action.onsuccess = () => resolve(action.result)
      action.onerror = () => reject(action.error ?? new Error('bench: an IndexedDB request failed'))
    })
  }

  async function databasesNamed(test: (name: string) => boolean): Promise<string[]> {
    return (await indexedDB.databases()).flatMap(({ name }) => (name !== undefined && test(name) ? [name] : []))
  }

  async function snapshotSavedAt(): Promise<number | undefined> {
    let newest: number | undefined
    for (const name of await databasesNamed((candidate) => candidate.endsWith('-search'))) {
      const db = await request(indexedDB.open(name))
      try {
        if (!db.objectStoreNames.contains('snapshots')) continue
        const cursor = await request(db.transaction('snapshots').objectStore('snapshots').openCursor())
        const savedAt: unknown = cursor ? Reflect.get(cursor.value as object, 'savedAt') : undefined
        if (typeof savedAt === 'number') newest = Math.max(newest ?? 0, savedAt)
      } finally {
        db.close()
      }
    }
    return newest
  }

  async function deleteSearchCaches(): Promise<string[]> {
    const names = await databasesNamed((name) => name.endsWith('-search'))
    for (const name of names) await request(indexedDB.deleteDatabase(name))
    return names
  }

  interface NaivePaper {
    csl?: { title?: string; abstract?: string; note?: string; author?: { family?: string; given?: string; literal?: string }[] }
  }

  async function naive(queries: readonly string[]): Promise<NaiveReport> {
    const [name] = await databasesNamed((candidate) => !candidate.endsWith('-search'))
    if (!name) throw new Error('bench: no library database')
    let started = performance.now()
    const db = await request(indexedDB.open(name))
    const papers = (await request(db.transaction('papers').objectStore('papers').getAll())) as NaivePaper[]
    db.close()
    const readMs = performance.now() - started
    started = performance.now()
    const collator = new Intl.Collator(undefined, { sensitivity: 'base' })
    papers.map((paper) => paper.csl?.title ?? '').sort(collator.compare)
    const sortMs = performance.now() - started
    const scanMs = queries.map((query) => {
      const words = query.toLowerCase().split(/\s+/).filter(Boolean)
      const begun = performance.now()
      papers.filter(({ csl }) => {
        const authors = (csl?.author ?? []).map((name) => `${name.family ?? ''} ${name.given ?? ''} ${name.literal ?? ''}`).join(' ')
        const text = `${csl?.title ?? ''} ${authors} ${csl?.abstract ?? ''} ${csl?.note ?? ''}`.toLowerCase()
        return words.every((word) => text.includes(word))
      })
      return performance.now() - begun
    })
    return { papers: papers.length, readMs, sortMs, scanMs }
  }

  async function idleFrames(frames: number): Promise<number[]> {
    const deltas: number[] = []
    let last = await nextFrame()
    for (let frame = 0; frame < frames; frame++) {
      const now = await nextFrame()
      deltas.push(now - last)
      last = now
    }
    return deltas
  }

  const probe: PageProbe = {
    firstContentfulPaint: () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    idleFrames,
    snapshotSavedAt,
    deleteSearchCaches,
    naive,
    fileInput,
    dropPicked,
    firstRowsAt: () => firstRows,
    state,
    search,
    sort,
    scroll,
    addTag,
    shownTags,
    hasChip,
    headers: () => headerButtons().map((button) => (button.textContent ?? '').replace(/[▲▼]/g, '').trim()),
  }
  Object.assign(globalThis, { axisrefProbe: probe })
})()

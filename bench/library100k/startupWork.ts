import type { CDPSession, Page } from 'playwright-core'

interface TraceEvent {
  name: string
  cat: string
  ph: string
  pid: number
  tid: number
  /** Microseconds. */
  ts: number
  dur?: number
}

export interface StartupWork {
  /** Main-thread task time from the first rows painted to 20 s after the reload. */
  unaskedMs: number
  /** Main-thread task time from the reload to the first rows painted (the first paint's work). */
  firstPaintMs: number
  /** Tasks over 50 ms in the unasked window, and the longest. */
  longTasks: number
  longestMs: number
  /** First rows painted, ms after the reload was asked for. */
  firstRowsMs: number
}

const CATEGORIES = ['toplevel', 'devtools.timeline', 'blink.user_timing'].join(',')
// the scheduler's top-level task events: one per task the renderer's main thread runs
const TASK_NAMES = new Set(['RunTask', 'ThreadControllerImpl::RunTask'])

/** A trace event's fields this bench reads (the protocol types them as strings). */
function toEvent(raw: Record<string, unknown>): TraceEvent {
  const text = (value: unknown) => (typeof value === 'string' ? value : '')
  const number = (value: unknown) => (typeof value === 'number' ? value : 0)
  return { name: text(raw.name), cat: text(raw.cat), ph: text(raw.ph), pid: number(raw.pid), tid: number(raw.tid), ts: number(raw.ts), dur: typeof raw.dur === 'number' ? raw.dur : undefined }
}

async function recordTrace(session: CDPSession, during: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = []
  session.on('Tracing.dataCollected', ({ value }) => events.push(...value.map(toEvent)))
  await session.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' })
  try {
    await during()
  } finally {
    const complete = new Promise<void>((resolve) => session.once('Tracing.tracingComplete', () => resolve()))
    await session.send('Tracing.end')
    await complete
  }
  return events
}

/** Sums task time in [from, to) (µs), top-level tasks only, overlaps counted once. */
function busyIn(tasks: readonly TraceEvent[], from: number, to: number): { ms: number; long: number; longestMs: number } {
  let ms = 0
  let long = 0
  let longestMs = 0
  let reached = from
  for (const task of tasks) {
    const start = Math.max(task.ts, reached)
    const end = Math.min(task.ts + (task.dur ?? 0), to)
    if (end <= start) continue
    const taskMs = (end - start) / 1000
    ms += taskMs
    reached = end
    if (taskMs > 50) long++
    longestMs = Math.max(longestMs, taskMs)
  }
  return { ms, long, longestMs }
}

/**
 * Reloads the page and traces its renderer's main thread for `windowMs` (Chromium's own
 * trace, through CDP): the first rows are painted at the probe's `axisref-first-rows` mark;
 * everything the main thread runs after that, while the bench does nothing, is work the
 * user did not ask for (suggestion refresh, library check, snapshots, sync, lookups,
 * garbage collection on the main thread, the list's own answers to the index's progress).
 * Counted: the duration of each top-level scheduler task (`RunTask`) on the thread that
 * painted the rows, overlaps once. Not counted: workers (the search index), other
 * processes (the browser host), and idle time.
 */
export async function measureStartupWork(page: Page, windowMs = 20_000): Promise<StartupWork> {
  const session = await page.context().newCDPSession(page)
  let reloadAt = 0
  const events = await recordTrace(session, async () => {
    await page.waitForTimeout(200)
    reloadAt = performance.now()
    await page.reload({ waitUntil: 'commit' })
    await page.waitForTimeout(Math.max(0, windowMs - (performance.now() - reloadAt)))
  })
  await session.detach()
  const mark = events.find((event) => event.name === 'axisref-first-rows')
  if (!mark) throw new Error('bench: no rows were painted within the traced 20 s after the reload')
  const tasks = events.filter((event) => event.pid === mark.pid && event.tid === mark.tid && event.ph === 'X' && TASK_NAMES.has(event.name)).sort((a, b) => a.ts - b.ts)
  const navigation = events.find((event) => event.pid === mark.pid && event.name === 'navigationStart' && event.ts < mark.ts && event.ts > mark.ts - windowMs * 1000)
  const start = navigation?.ts ?? tasks[0]?.ts ?? mark.ts
  const end = start + windowMs * 1000
  const firstPaint = busyIn(tasks, start, mark.ts)
  const unasked = busyIn(tasks, mark.ts, end)
  return { unaskedMs: unasked.ms, firstPaintMs: firstPaint.ms, longTasks: unasked.long, longestMs: unasked.longestMs, firstRowsMs: (mark.ts - start) / 1000 }
}

/**
 * When to take a snapshot: a while after the library changed (debounced, so an import of
 * 500 PDFs gives one snapshot, not 500), never later than `maxDelayMs` after the first
 * unsaved change however busy the user is, and once a day while the app runs. Pure
 * TypeScript with injected timers, so the renderer (which sees the changes) can run it
 * and tests can drive it with a fake clock.
 */

export interface SchedulerTimers {
  setTimeout(callback: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

export interface SnapshotSchedulerOptions {
  /** Quiet time after the last change before writing. */
  delayMs: number
  /** Longest wait after the first unsaved change (default 10 × delayMs). */
  maxDelayMs?: number
  /** A snapshot at least this often while the app runs, changes or not (default 24 h). */
  dailyMs?: number
  /** When the newest snapshot on disk was written, if any (see latestSnapshot). */
  lastWrittenAt?: number
  /** Takes and writes one snapshot. A rejection is reported and retried on the next change. */
  write: () => Promise<void>
  clock?: () => number
  timers?: SchedulerTimers
  onError?: (error: unknown) => void
}

export interface SnapshotScheduler {
  /** Call after every committed change to the library. */
  changed(): void
  /** Writes now if anything is unsaved (on quit, before a risky operation); waits for it. */
  flush(): Promise<void>
  /** Stops all timers; a write under way still finishes. */
  stop(): void
  /** True while a change has not been written yet. */
  readonly dirty: boolean
}

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * Creates the scheduler and arms the daily timer (due at once when the newest snapshot is
 * older than `dailyMs`). Writes never overlap: a change during a write schedules another.
 */
export function createSnapshotScheduler(options: SnapshotSchedulerOptions): SnapshotScheduler {
  const clock = options.clock ?? Date.now
  const timers: SchedulerTimers = options.timers ?? { setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms), clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>) }
  const maxDelayMs = options.maxDelayMs ?? options.delayMs * 10
  const dailyMs = options.dailyMs ?? DAY_MS
  let lastWrittenAt = options.lastWrittenAt
  let dirtySince: number | undefined
  /** Counts changes, so a write knows whether more came in while it ran. */
  let changes = 0
  let changeTimer: unknown
  let dailyTimer: unknown
  let running: Promise<void> | undefined
  let stopped = false

  function armChangeTimer(): void {
    if (dirtySince === undefined || stopped) return
    timers.clearTimeout(changeTimer)
    const wait = Math.max(0, Math.min(options.delayMs, dirtySince + maxDelayMs - clock()))
    changeTimer = timers.setTimeout(() => void runWrite(), wait)
  }

  function armDailyTimer(due: number): void {
    if (stopped) return
    timers.clearTimeout(dailyTimer)
    dailyTimer = timers.setTimeout(() => void runWrite(), Math.max(0, due))
  }

  const dailyDue = (): number => (lastWrittenAt === undefined ? 0 : lastWrittenAt + dailyMs - clock())

  async function runWrite(): Promise<void> {
    if (running) return running
    timers.clearTimeout(changeTimer)
    const changesAtStart = changes
    running = (async () => {
      try {
        await options.write()
        lastWrittenAt = clock()
        // Changes made while writing are not in this snapshot: they stay unsaved.
        dirtySince = changes === changesAtStart ? undefined : lastWrittenAt
        armChangeTimer()
        armDailyTimer(dailyDue())
      } catch (error) {
        options.onError?.(error)
        // A failing disk is retried after a while, or on the next change: never in a loop.
        armDailyTimer(maxDelayMs)
      } finally {
        running = undefined
      }
    })()
    return running
  }

  armDailyTimer(dailyDue())
  return {
    changed() {
      if (stopped) return
      changes++
      dirtySince ??= clock()
      if (!running) armChangeTimer()
    },
    async flush() {
      if (running) await running
      if (dirtySince !== undefined) await runWrite()
    },
    stop() {
      stopped = true
      timers.clearTimeout(changeTimer)
      timers.clearTimeout(dailyTimer)
    },
    get dirty() {
      return dirtySince !== undefined
    },
  }
}

import { describe, expect, it } from 'vitest'
import { createSnapshotScheduler, type SnapshotSchedulerOptions } from '../../../electron/main/services/backup'

/** A clock and timers the test moves by hand. */
function fakeTime() {
  let now = 0
  let nextId = 1
  const pending = new Map<number, { at: number; callback: () => void }>()
  return {
    clock: () => now,
    timers: {
      setTimeout: (callback: () => void, ms: number) => {
        const id = nextId++
        pending.set(id, { at: now + ms, callback })
        return id
      },
      clearTimeout: (handle: unknown) => void pending.delete(handle as number),
    },
    /** Moves time forward, firing due timers in order and letting their writes settle. */
    async advance(ms: number) {
      const end = now + ms
      for (;;) {
        const due = [...pending.entries()].filter(([, timer]) => timer.at <= end).sort((a, b) => a[1].at - b[1].at)[0]
        if (!due) break
        pending.delete(due[0])
        now = due[1].at
        due[1].callback()
        await new Promise((resolve) => setImmediate(resolve))
      }
      now = end
    },
  }
}

function scheduler(options: Partial<SnapshotSchedulerOptions> = {}) {
  const time = fakeTime()
  const writes: number[] = []
  const instance = createSnapshotScheduler({
    delayMs: 5_000,
    lastWrittenAt: 0,
    write: async () => void writes.push(time.clock()),
    clock: time.clock,
    timers: time.timers,
    ...options,
  })
  return { time, writes, instance }
}

describe('snapshot scheduler', () => {
  it('writes once after a burst of changes has been quiet for the delay', async () => {
    const { time, writes, instance } = scheduler()
    for (let index = 0; index < 20; index++) {
      instance.changed()
      await time.advance(1_000)
    }
    expect(writes).toEqual([])
    await time.advance(5_000)
    expect(writes).toEqual([24_000])
    expect(instance.dirty).toBe(false)
  })

  it('does not wait longer than maxDelayMs however busy the user is', async () => {
    const { time, writes, instance } = scheduler({ maxDelayMs: 20_000 })
    for (let index = 0; index < 40; index++) {
      instance.changed()
      await time.advance(1_000)
    }
    expect(writes).toEqual([20_000, 40_000])
  })

  it('writes daily while the app runs, at once when the last snapshot is a day old', async () => {
    const day = 24 * 60 * 60 * 1000
    const { time, writes } = scheduler({ lastWrittenAt: -day })
    await time.advance(0)
    expect(writes).toEqual([0])
    await time.advance(day)
    expect(writes).toEqual([0, day])
  })

  it('keeps a change made during a write for the next snapshot, and flush writes it now', async () => {
    const time = fakeTime()
    let release: () => void = () => undefined
    const writes: number[] = []
    const instance = createSnapshotScheduler({
      delayMs: 5_000,
      lastWrittenAt: 0,
      clock: time.clock,
      timers: time.timers,
      write: () => new Promise<void>((resolve) => (release = () => (writes.push(time.clock()), resolve()))),
    })
    instance.changed()
    await time.advance(5_000)
    instance.changed()
    release()
    await new Promise((resolve) => setImmediate(resolve))
    expect(instance.dirty).toBe(true)
    const flushed = instance.flush()
    release()
    await flushed
    expect(writes).toHaveLength(2)
    expect(instance.dirty).toBe(false)
  })

  it('reports a failed write and retries later, never in a loop', async () => {
    const time = fakeTime()
    const errors: unknown[] = []
    let attempts = 0
    const instance = createSnapshotScheduler({
      delayMs: 1_000,
      maxDelayMs: 60_000,
      lastWrittenAt: 0,
      clock: time.clock,
      timers: time.timers,
      write: async () => {
        attempts++
        throw new Error('disk full')
      },
      onError: (error) => errors.push(error),
    })
    instance.changed()
    await time.advance(10_000)
    expect(attempts).toBe(1)
    expect(errors).toHaveLength(1)
    await time.advance(60_000)
    expect(attempts).toBe(2)
    expect(instance.dirty).toBe(true)
    instance.stop()
    await time.advance(10 * 60_000)
    expect(attempts).toBe(2)
  })
})

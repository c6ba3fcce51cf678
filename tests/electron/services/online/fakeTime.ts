import type { Sleep } from '../../../../electron/main/services/online'

/** A clock that moves only when someone sleeps, and the waits that were asked for. */
export function fakeTime(start = 0): { now: () => number; sleep: Sleep; waits: number[] } {
  let clock = start
  const waits: number[] = []
  return {
    now: () => clock,
    sleep: (ms, signal) => {
      signal?.throwIfAborted()
      waits.push(ms)
      clock += ms
      return Promise.resolve()
    },
    waits,
  }
}

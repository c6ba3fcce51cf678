/** Wakes every long poll waiting on it: a change in the replica or in the status. */
export interface Signal {
  notify(): void
  /** Resolves at the next notify, or after `ms` (whichever comes first). */
  wait(ms: number): Promise<void>
}

export function createSignal(): Signal {
  let waiters: (() => void)[] = []
  return {
    notify() {
      const woken = waiters
      waiters = []
      for (const wake of woken) wake()
    },
    wait(ms) {
      return new Promise((resolve) => {
        const timer = setTimeout(done, ms)
        function done(): void {
          clearTimeout(timer)
          waiters = waiters.filter((waiter) => waiter !== done)
          resolve()
        }
        waiters.push(done)
      })
    },
  }
}

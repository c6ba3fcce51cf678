/** One timed step of an end-to-end file: what it was and how long it took. */
export interface StepTime {
  step: string
  ms: number
}

export interface StepTimer {
  /** Runs `work`, noting how long it took under `step` (also when it fails). */
  time<T>(step: string, work: () => Promise<T>): Promise<T>
  /** The steps so far, slowest first. */
  slowest(count: number): StepTime[]
  /** The slowest steps as lines for a CI log, with the file's name and the total. */
  report(file: string, count?: number): string
}

/**
 * Times the steps of a slow end-to-end file, so that its log says where the time went
 * (vitest gives each test's time, but not its hooks' parts, nor the parts of a test).
 */
export function createStepTimer(now: () => number = () => performance.now()): StepTimer {
  const steps: StepTime[] = []
  const slowest = (count: number) => [...steps].sort((a, b) => b.ms - a.ms).slice(0, count)
  return {
    async time(step, work) {
      const start = now()
      try {
        return await work()
      } finally {
        steps.push({ step, ms: now() - start })
      }
    },
    slowest,
    report(file, count = 8) {
      const total = steps.reduce((sum, { ms }) => sum + ms, 0)
      const lines = slowest(count).map(({ step, ms }) => `  ${(ms / 1000).toFixed(2).padStart(7)} s  ${step}`)
      return [`${file}: slowest ${lines.length} of ${steps.length} timed steps (${(total / 1000).toFixed(1)} s timed in all)`, ...lines].join('\n')
    },
  }
}

import type { SyncStatusStore } from './syncStatusStore'

/** How many problems with single changes the window shows at once (the latest). */
export const MAX_CHANGE_PROBLEMS = 5

/** What is wrong with a whole step (reading the status, sending, receiving) until that step next succeeds. */
export type ProblemStep = 'status' | 'send' | 'receive'

export interface ProblemReport {
  /** The step's problem, or undefined once it succeeded. */
  set(step: ProblemStep, message: string | undefined): void
  /** Problems with single changes (refused, skipped): kept until the connection changes. */
  add(messages: readonly string[]): void
  clear(): void
}

/** Writes the bridge's problems, in words, into the store's `problem`. */
export function problemReport(store: SyncStatusStore): ProblemReport {
  const steps = new Map<ProblemStep, string>()
  let changes: string[] = []
  const publish = () => {
    const all = [...steps.values(), ...changes]
    store.update({ problem: all.length > 0 ? all.join(' ') : undefined })
  }
  return {
    set(step, message) {
      if (steps.get(step) === message) return
      if (message === undefined) steps.delete(step)
      else steps.set(step, message)
      publish()
    },
    add(messages) {
      if (messages.length === 0) return
      changes = [...changes, ...messages].slice(-MAX_CHANGE_PROBLEMS)
      publish()
    },
    clear() {
      steps.clear()
      changes = []
      publish()
    },
  }
}

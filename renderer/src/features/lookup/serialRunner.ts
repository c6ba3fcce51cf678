/**
 * Runs `pass` one at a time: asked while a pass runs, it runs one more pass after it (however
 * often it was asked), never two at once. The promise answers when the passes asked for are done.
 */
export function createSerialRunner(pass: () => Promise<void>): () => Promise<void> {
  let current: Promise<void> | undefined
  let again = false
  const passes = async () => {
    try {
      do {
        again = false
        await pass()
      } while (again)
    } finally {
      // cleared in the same step as the last look at `again`: a later call starts a new run
      current = undefined
    }
  }
  return () => {
    if (current) {
      again = true
      return current
    }
    current = passes()
    return current
  }
}

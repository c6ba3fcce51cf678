import { useCallback, useState } from 'react'
import { useDatabase } from '../../db'
import { useApi } from '../../ipc/ApiContext'
import { checkLibraryIntegrity, type LibraryProblem } from './problems'

export type IntegrityState =
  | { phase: 'idle' }
  | { phase: 'checking' }
  | { phase: 'done'; checkedFiles: number; problems: LibraryProblem[] }
  | { phase: 'error'; message: string }

/** Runs the library check on demand and keeps its problems until each is repaired. */
export function useIntegrityCheck() {
  const api = useApi()
  const db = useDatabase()
  const [state, setState] = useState<IntegrityState>({ phase: 'idle' })
  const run = useCallback(
    async (verifyHashes: boolean): Promise<IntegrityState> => {
      setState({ phase: 'checking' })
      const next: IntegrityState = await checkLibraryIntegrity(api, db, { verifyHashes, whenIdle: whenPageIdle }).then(
        (outcome) => ({ phase: 'done', ...outcome }),
        (error: unknown) => ({ phase: 'error', message: error instanceof Error ? error.message : String(error) }),
      )
      setState(next)
      return next
    },
    [api, db],
  )
  const resolved = useCallback((problem: LibraryProblem) => {
    setState((current) => (current.phase === 'done' ? { ...current, problems: current.problems.filter((other) => other !== problem) } : current))
  }, [])
  return { state, run, resolved }
}

/** The page's next idle moment (at most a second away), so the check's parts never delay input or paint. */
function whenPageIdle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 1_000 })
    else setTimeout(resolve, 0)
  })
}

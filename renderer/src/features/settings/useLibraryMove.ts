import { useCallback, useEffect, useState } from 'react'
import type { AxisRefApi } from '../../../../shared/ipc/api'
import type { LibraryMoveStatus } from '../../../../shared/ipc/contract'
import type { IpcError } from '../../../../shared/ipc/result'

const POLL_MS = 500

/**
 * How far a move of the library folder has got: asked once, then every half second while a
 * move runs (or a call that starts one is under way). `track` wraps such a call.
 */
export function useLibraryMove(api: Pick<AxisRefApi, 'getLibraryMove'>): {
  status: LibraryMoveStatus | null
  error: IpcError | null
  track: <T>(call: () => Promise<T>) => Promise<T>
} {
  const [status, setStatus] = useState<LibraryMoveStatus | null>(null)
  const [error, setError] = useState<IpcError | null>(null)
  const [calls, setCalls] = useState(0)

  const moving = calls > 0 || status?.state === 'moving'
  useEffect(() => {
    let live = true
    const ask = () =>
      void api.getLibraryMove().then((answer) => {
        if (!live) return
        if (answer.ok) setStatus(answer.value)
        else setError(answer.error)
      })
    ask()
    const timer = moving ? setInterval(ask, POLL_MS) : undefined
    return () => {
      live = false
      clearInterval(timer)
    }
  }, [api, moving])

  const track = useCallback(async <T,>(call: () => Promise<T>): Promise<T> => {
    setCalls((count) => count + 1)
    try {
      return await call()
    } finally {
      setCalls((count) => count - 1)
    }
  }, [])

  return { status, error, track }
}

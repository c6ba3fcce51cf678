import { useCallback, useEffect, useState } from 'react'
import type { IpcError, Result } from '../../../shared/ipc/result'

export type CallState<T> = { status: 'loading' } | { status: 'ok'; value: T } | { status: 'error'; error: IpcError }

/**
 * Calls the api once on mount (and again on `reload`), keeping the answer or the error in
 * words. For small host facts such as the app version or the library folder. Pass a
 * stable function (an api method, or one from useCallback) or it calls on every render.
 */
export function useApiCall<T>(call: () => Promise<Result<T>>): [CallState<T>, () => void, (state: CallState<T>) => void] {
  const [state, setState] = useState<CallState<T>>({ status: 'loading' })
  const [generation, setGeneration] = useState(0)
  useEffect(() => {
    let live = true
    void call().then((result) => {
      if (live) setState(result.ok ? { status: 'ok', value: result.value } : { status: 'error', error: result.error })
    })
    return () => {
      live = false
    }
  }, [call, generation])
  const reload = useCallback(() => setGeneration((value) => value + 1), [])
  return [state, reload, setState]
}

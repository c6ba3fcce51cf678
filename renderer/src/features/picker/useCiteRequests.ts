import { useCallback, useEffect, useRef, useState } from 'react'
import type { CiteRequest } from '../../../../shared/cite/request'
import { useApi } from '../../ipc/ApiContext'
import { pollCiteRequests, realClock, type PollClock } from './pollCiteRequests'

export interface CiteRequests {
  /** The request to show now, if any. */
  request: CiteRequest | undefined
  /** The shown request was answered: the next poll may start. */
  done: () => void
}

function seconds(ms: number): string {
  const value = Math.round(ms / 1000)
  return `${value} second${value === 1 ? '' : 's'}`
}

/**
 * Long-polls the host for citation picker requests (an editor called the CAYW endpoint, or the
 * user pressed the picker's global shortcut) for the life of the window while `enabled`. A
 * failed poll is reported through `say`, in words, and retried with a growing delay.
 */
export function useCiteRequests(enabled: boolean, say: (message: string) => void, clock: PollClock = realClock): CiteRequests {
  const api = useApi()
  const [request, setRequest] = useState<CiteRequest>()
  const finish = useRef<() => void>(undefined)

  useEffect(() => {
    if (!enabled) return
    const controller = new AbortController()
    void pollCiteRequests({
      wait: () => api.waitForCiteRequest(),
      show: (next) =>
        new Promise<void>((resolve) => {
          finish.current = () => {
            finish.current = undefined
            setRequest(undefined)
            resolve()
          }
          setRequest(next)
        }),
      onFailure: (message, retryInMs) => say(`Editors cannot reach the citation picker: ${message.replace(/\.$/, '')}. Trying again in ${seconds(retryInMs)}.`),
      onRecovered: () => say('Editors can reach the citation picker again.'),
      clock,
      signal: controller.signal,
    })
    return () => controller.abort()
  }, [api, enabled, say, clock])

  const done = useCallback(() => finish.current?.(), [])
  return { request, done }
}

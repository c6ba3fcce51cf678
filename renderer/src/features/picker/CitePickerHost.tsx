import { useMemo } from 'react'
import { readSetting, useDatabase, useSetting } from '../../db'
import { useApi } from '../../ipc/ApiContext'
import type { SearchClient } from '../../search'
import { getFormatter } from '../export'
import type { AnswerTools } from './answerText'
import { CitePicker } from './CitePicker'
import { cancelRequest, deliverToClipboard, deliverToRequest, previewOf, purposeOf } from './deliver'
import type { CitePick } from './picks'
import type { PollClock } from './pollCiteRequests'
import { useCiteRequests } from './useCiteRequests'

/** How a picker for a request ended: sent, closed, or the caller had stopped waiting. */
export type PickerOutcome = 'sent' | 'cancelled' | 'not-delivered'

interface CitePickerHostProps {
  client: SearchClient | undefined
  /** The status line. */
  say: (message: string) => void
  /** Ask the host for requests (the browser host's page, Electron's picker window); the main Electron window does not. */
  poll: boolean
  /** The user opened the picker (the "Insert citation…" action): the answer goes to the clipboard. */
  localOpen?: boolean
  onLocalClose?: () => void
  /** A request was answered (Electron's picker window closes then). */
  onAnswered?: (outcome: PickerOutcome) => void
  clock?: PollClock
}

/**
 * Shows the citation picker for an editor's request (long-polled from the host) or for the user's
 * own "Insert citation…", and delivers what was picked: to the editor in the format it asked
 * for, or to the clipboard as the quick-copy citation setting says.
 */
export function CitePickerHost({ client, say, poll, localOpen = false, onLocalClose, onAnswered, clock }: CitePickerHostProps) {
  const api = useApi()
  const db = useDatabase()
  const quickCopy = useSetting('quickCopy.citation')?.value
  const { request, done } = useCiteRequests(poll, say, clock)
  const tools: AnswerTools = useMemo(() => ({ db, formatter: getFormatter() }), [db])
  const finish = (status: string, outcome: PickerOutcome) => {
    say(status)
    done()
    // a request that came while the user's own picker was open took it over: both end here
    if (localOpen) onLocalClose?.()
    onAnswered?.(outcome)
  }
  // the user's own picker keeps its picks when an editor's request arrives: the same picker
  // (same key) now answers the editor, instead of a fresh one losing what was chosen
  const pickerKey = localOpen ? 'user-opened' : request?.id

  if (request) {
    const insert = async (picks: CitePick[]): Promise<string | undefined> => {
      const delivery = await deliverToRequest(api, request, picks, await readSetting(db, 'quickCopy.citation'), tools)
      if (!delivery.ok) return delivery.message
      finish(delivery.status, delivery.outcome)
      return undefined
    }
    const cancel = () =>
      void cancelRequest(api, request).then((failure) => finish(failure ?? 'Closed the citation picker: nothing was inserted.', 'cancelled'))
    return <CitePicker key={pickerKey} client={client} purpose={purposeOf(request, quickCopy)} preview={(picks) => previewOf(picks, request, quickCopy)} onInsert={insert} onCancel={cancel} />
  }
  if (!localOpen) return null

  const insertLocal = async (picks: CitePick[]): Promise<string | undefined> => {
    const copied = await deliverToClipboard(picks, await readSetting(db, 'quickCopy.citation'), tools)
    if (!copied.ok) return copied.message
    say(copied.status)
    onLocalClose?.()
    return undefined
  }
  return <CitePicker key={pickerKey} client={client} purpose={purposeOf(undefined, quickCopy)} preview={(picks) => previewOf(picks, undefined, quickCopy)} onInsert={insertLocal} onCancel={() => onLocalClose?.()} />
}

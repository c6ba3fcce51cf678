import { useCallback, useState } from 'react'
import { useSearchClient } from '../../search'
import { CitePickerHost, type PickerOutcome } from './CitePickerHost'

/**
 * Electron's small picker window (the renderer at #picker): takes the request main opened it
 * for, shows the picker, answers, and closes. A caller that stopped waiting is said in words,
 * and the window stays until the user closes it.
 */
export function PickerPage({ close = () => window.close() }: { close?: () => void }) {
  const client = useSearchClient()
  const [message, setMessage] = useState('Waiting for your editor’s request…')
  const say = useCallback((text: string) => setMessage(text), [])
  const answered = useCallback((outcome: PickerOutcome) => outcome !== 'not-delivered' && close(), [close])
  return (
    <main className="picker-page">
      <CitePickerHost client={client} say={say} poll onAnswered={answered} />
      <p className="picker-page__status" role="status">
        {message}
      </p>
    </main>
  )
}

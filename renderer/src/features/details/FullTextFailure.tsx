import { useState } from 'react'
import { useDatabase, type AttachmentRecord } from '../../db'
import { useApi } from '../../ipc/ApiContext'
import { retryFullText } from '../import'

/**
 * Says why a PDF's text could not be read (so search cannot find words in it), and offers to
 * read it again: after a failure it is not retried by itself, each try may take a minute.
 */
export function FullTextFailure({ attachment }: { attachment: AttachmentRecord }) {
  const api = useApi()
  const db = useDatabase()
  const [reading, setReading] = useState(false)
  const [error, setError] = useState('')
  const failure = attachment.fullTextFailure
  if (!failure && !reading && !error) return null

  async function retry() {
    setReading(true)
    setError('')
    try {
      // a new failure is recorded on the attachment, whose live record shows its reason
      await retryFullText(api, db, attachment.id)
    } catch (thrown) {
      setError(`The text could not be read again: ${thrown instanceof Error ? thrown.message : String(thrown)}`)
    } finally {
      setReading(false)
    }
  }

  if (reading) return <p className="hint" role="status">Reading the text of {attachment.originalName} again…</p>
  return (
    <p className="error-text" role="alert" data-testid="full-text-failure">
      {failure ? `Full text could not be read: ${failure.reason}` : error}{' '}
      <button type="button" className="button button--small" onClick={() => void retry()}>
        Retry
      </button>
    </p>
  )
}

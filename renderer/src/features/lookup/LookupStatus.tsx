import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { Dialog } from '../../components/Dialog'
import { useDatabase, type QueuedLookup } from '../../db'
import { useActionTarget } from '../actions'
import { identifierLabel, lookupReason } from './status'
import './lookup.css'
import { lookupsToShow, useLookupQueue, type LookupQueueHandle } from './useLookupQueue'

/**
 * The queue on the status line ("Lookups: 3 waiting for network", "Looking up 2 of 5…",
 * "1 failed"); pressed, it lists the queued and failed lookups with why, Retry and Remove.
 * Nothing shows while the queue is empty.
 */
export function LookupStatus() {
  const queue = useLookupQueue()
  const [open, setOpen] = useState(false)
  const statusTarget = useActionTarget('lookups.status')
  const status = queue.status
  const text = [status?.text, status?.problem].filter(Boolean).join(' · ')
  return (
    <>
      {text !== '' && (
        <button type="button" ref={statusTarget} className="link-button lookup-status" data-testid="lookup-status" onClick={() => setOpen(true)}>
          {text}
        </button>
      )}
      {open && <LookupPanel queue={queue} onClose={() => setOpen(false)} />}
    </>
  )
}

function LookupPanel({ queue, onClose }: { queue: LookupQueueHandle; onClose: () => void }) {
  const db = useDatabase()
  // read with the rows, so "next try in …" counts from when they were read
  const read = useLiveQuery(async () => ({ ...(await lookupsToShow(db)), now: Date.now() }), [db])
  const rows = read?.rows
  const retryAllTarget = useActionTarget('lookups.retryAll')
  const retryable = rows?.some((row) => row.state !== 'running') ?? false
  return (
    <Dialog title="Lookups" onClose={onClose}>
      {queue.status?.problem && <p className="error-message">{queue.status.problem}</p>}
      {rows?.length === 0 && <p className="hint">No lookups are waiting.</p>}
      <ul className="import-results" aria-label="Queued lookups">
        {rows?.map((row) => <LookupRow key={row.id} row={row} now={read?.now ?? 0} queue={queue} />)}
      </ul>
      {read && read.more > 0 && <p className="hint">and {read.more.toLocaleString('en')} more</p>}
      <div className="button-row">
        <button type="button" ref={retryAllTarget} className="button" disabled={!retryable} onClick={() => void queue.retry()}>
          Retry all
        </button>
      </div>
    </Dialog>
  )
}

const PURPOSES: Record<QueuedLookup['purpose'], string> = { add: 'Add', complete: 'Complete', retraction: 'Check for retraction' }

function LookupRow({ row, now, queue }: { row: QueuedLookup; now: number; queue: LookupQueueHandle }) {
  const label = identifierLabel(row.identifier, row.input)
  const running = row.state === 'running'
  return (
    <li className={`import-result lookup-row--${row.state}`} aria-label={label}>
      <span className="import-result__file">
        {PURPOSES[row.purpose]}: {label}
      </span>
      <span className={row.state === 'failed' ? 'error-message' : undefined}>{lookupReason(row, now)}</span>
      <span className="button-row">
        <button type="button" className="button button--small" disabled={running} onClick={() => void queue.retry(row.id)}>
          Retry
        </button>
        <button type="button" className="button button--small" disabled={running} onClick={() => void queue.remove(row.id)}>
          Remove
        </button>
      </span>
    </li>
  )
}

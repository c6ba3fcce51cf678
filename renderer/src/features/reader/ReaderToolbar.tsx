import { useState } from 'react'
import { READER_KEYS, ariaKeyShortcuts, formatShortcuts } from '../actions'

interface ReaderToolbarProps {
  title: string
  page: number
  pageCount: number
  scale: number
  canHighlight: boolean
  placingNote: boolean
  onPage: (page: number) => void
  onZoom: (direction: 'in' | 'out' | 'fit') => void
  onFind: () => void
  onHighlight: () => void
  onNote: () => void
  onExport: () => void
  onClose: () => void
}

// keeps the text selection when a button is pressed (a click would otherwise clear it first)
const keepSelection = (event: { preventDefault(): void }) => event.preventDefault()

/** Page x / n, zoom, find, highlight, note, export and close, above the pages. */
export function ReaderToolbar(props: ReaderToolbarProps) {
  const { page, pageCount } = props
  // what the user is typing in the page box; null shows the current page
  const [typed, setTyped] = useState<string | null>(null)
  const commit = () => {
    const number = Number.parseInt(typed ?? '', 10)
    if (Number.isFinite(number)) props.onPage(Math.min(Math.max(number, 1), pageCount))
    setTyped(null)
  }
  return (
    <div className="reader-toolbar" role="toolbar" aria-label="Reader">
      <span className="reader-toolbar__title" title={props.title}>
        {props.title}
      </span>
      <button type="button" className="button button--small" aria-label="Previous page" disabled={page <= 1} onClick={() => props.onPage(page - 1)}>
        ‹
      </button>
      <input
        className="reader-toolbar__page"
        aria-label="Page number"
        inputMode="numeric"
        value={typed ?? String(page)}
        onChange={(event) => setTyped(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => event.key === 'Enter' && commit()}
      />
      <span data-testid="page-count">/ {pageCount}</span>
      <button type="button" className="button button--small" aria-label="Next page" disabled={page >= pageCount} onClick={() => props.onPage(page + 1)}>
        ›
      </button>
      <span className="reader-toolbar__gap" />
      <button type="button" className="button button--small" aria-label="Zoom out" onClick={() => props.onZoom('out')}>
        −
      </button>
      <span className="reader-toolbar__zoom" data-testid="zoom-level">
        {Math.round(props.scale * 100)}%
      </span>
      <button type="button" className="button button--small" aria-label="Zoom in" onClick={() => props.onZoom('in')}>
        +
      </button>
      <button type="button" className="button button--small" onClick={() => props.onZoom('fit')}>
        Fit width
      </button>
      <span className="reader-toolbar__gap" />
      <button type="button" className="button button--small" title={formatShortcuts(READER_KEYS.find)} aria-keyshortcuts={ariaKeyShortcuts(READER_KEYS.find)} onClick={props.onFind}>
        Find
      </button>
      <button type="button" className="button button--small" disabled={!props.canHighlight} title="Highlight the selected text" onMouseDown={keepSelection} onClick={props.onHighlight}>
        Highlight
      </button>
      <button type="button" className="button button--small" aria-pressed={props.placingNote} title="Add a note to the selection or the selected highlight, or click on the page to place one" onMouseDown={keepSelection} onClick={props.onNote}>
        Note
      </button>
      <button type="button" className="button button--small" aria-label="Export annotations" title="Save this paper’s highlights and notes as Markdown" onClick={props.onExport}>
        Export .md
      </button>
      <button type="button" className="button button--small button--quiet" aria-label="Close reader" title="Esc" onClick={props.onClose}>
        ✕
      </button>
    </div>
  )
}

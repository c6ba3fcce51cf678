import type { RefObject } from 'react'
import type { FindState } from './useFind'

/** Find in document: Enter for the next match, Shift+Enter for the previous, Esc to close. */
export function FindBar({ find, inputRef, onClose }: { find: FindState; inputRef: RefObject<HTMLInputElement | null>; onClose: () => void }) {
  const count = find.matches.length
  const status = !find.query.trim() ? '' : find.searching ? 'Searching…' : count === 0 ? 'Not found' : `${find.index + 1} of ${count}`
  return (
    <div className="reader-find" role="search">
      <input
        ref={inputRef}
        type="search"
        aria-label="Find in document"
        placeholder="Find in document"
        value={find.query}
        onChange={(event) => find.setQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') find.step(event.shiftKey ? -1 : 1)
          if (event.key === 'Escape') {
            event.stopPropagation()
            onClose()
          }
        }}
      />
      <span className="reader-find__status" data-testid="find-status" aria-live="polite">
        {status}
      </span>
      <button type="button" className="button button--small" aria-label="Previous match" disabled={count === 0} onClick={() => find.step(-1)}>
        ↑
      </button>
      <button type="button" className="button button--small" aria-label="Next match" disabled={count === 0} onClick={() => find.step(1)}>
        ↓
      </button>
      <button type="button" className="button button--small button--quiet" aria-label="Close find" onClick={onClose}>
        ✕
      </button>
    </div>
  )
}

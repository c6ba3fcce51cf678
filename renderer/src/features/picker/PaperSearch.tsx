import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import type { PaperRow, SearchClient } from '../../search'
import type { PickedPaper } from './picks'
import { usePickerResults } from './usePickerResults'

interface PaperSearchProps {
  client: SearchClient
  onChoose: (paper: PickedPaper) => void
  /** Backspace in the empty box: the last chosen paper goes. */
  onRemoveLast: () => void
}

const MOVES: Partial<Record<string, number>> = { ArrowDown: 1, ArrowUp: -1 }

/**
 * The picker's quick search: a combobox over the library's matches as you type, arrows to
 * choose, Enter to add the paper to the citation. Enter pressed before the answer for what was
 * typed arrived adds its first match once it does, not a stale one.
 */
export function PaperSearch({ client, onChoose, onRemoveLast }: PaperSearchProps) {
  const listId = useId()
  const [query, setQuery] = useState('')
  const [active, setActive] = useState(0)
  const results = usePickerResults(client, query)
  const current = results.rows[Math.min(active, results.rows.length - 1)]
  const chooseWhenReady = useRef(false)

  const choose = (row: PaperRow | undefined) => {
    if (!row) return
    onChoose(row)
    setQuery('')
    setActive(0)
  }

  useEffect(() => {
    if (!chooseWhenReady.current || results.pending) return
    chooseWhenReady.current = false
    choose(results.rows[0])
  })

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const move = MOVES[event.key]
    if (move !== undefined) {
      event.preventDefault()
      setActive((index) => Math.max(0, Math.min(results.rows.length - 1, index + move)))
    } else if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey) {
      event.preventDefault()
      if (results.pending) chooseWhenReady.current = true
      else choose(current)
    } else if (event.key === 'Backspace' && query === '') {
      event.preventDefault()
      onRemoveLast()
    }
  }

  return (
    <div className="picker__search">
      <input
        className="picker__input"
        autoFocus
        role="combobox"
        aria-label="Find papers to cite"
        aria-expanded={results.rows.length > 0}
        aria-controls={listId}
        aria-activedescendant={current ? `${listId}-${current.id}` : undefined}
        aria-describedby={`${listId}-keys`}
        placeholder="Author, title, year or key…"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value)
          setActive(0)
        }}
        onKeyDown={onKeyDown}
      />
      <p id={`${listId}-keys`} className="picker__hint">
        ↑/↓ to choose, Enter adds the paper, Backspace removes the last, Ctrl/Cmd+Enter inserts, Esc cancels.
      </p>
      <ul id={listId} className="picker__results" role="listbox" aria-label="Matching papers" aria-busy={results.pending}>
        {results.rows.map((row) => (
          <li
            key={row.id}
            id={`${listId}-${row.id}`}
            role="option"
            aria-selected={row === current}
            className="picker__result"
            onMouseMove={() => setActive(results.rows.indexOf(row))}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(row)}
          >
            <span className="picker__result-meta">
              {row.firstAuthor || 'Anonymous'} · {row.year ?? 'n.d.'}
            </span>
            <span className="picker__result-title">{row.title || 'Untitled'}</span>
            <code className="picker__result-key">{row.citationKey}</code>
          </li>
        ))}
        {results.rows.length === 0 && !results.pending && <li className="picker__empty">{query.trim() ? `No paper matches “${query}”.` : 'The library has no papers yet.'}</li>}
      </ul>
      {results.failure && (
        <p className="picker__error" role="alert">
          {results.failure}
        </p>
      )}
    </div>
  )
}

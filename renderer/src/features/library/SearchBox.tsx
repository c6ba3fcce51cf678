import { useEffect, useState } from 'react'
import { ACTIONS, ariaKeyShortcuts, formatShortcuts, useActionTarget } from '../actions'

interface SearchBoxProps {
  value: string
  onChange: (value: string) => void
  /** The first malformed term, in words. */
  error?: string
}

/** A term still being typed ("year:20") is malformed for a moment: say so only once typing pauses. */
const ERROR_DELAY_MS = 700

/**
 * The search box in the toolbar: results follow each key. The registry's "search" action
 * (Ctrl/Cmd+F or `/` outside a text field) puts the cursor in it; Escape clears it.
 */
export function SearchBox({ value, onChange, error }: SearchBoxProps) {
  const target = useActionTarget('library.search')
  const [shownError, setShownError] = useState<string>()
  useEffect(() => {
    const timer = setTimeout(() => setShownError(error), error ? ERROR_DELAY_MS : 0)
    return () => clearTimeout(timer)
  }, [error])
  return (
    <div className="search-box">
      <input
        ref={target}
        type="search"
        className={shownError ? 'search-box__input has-error' : 'search-box__input'}
        aria-label="Search the library"
        aria-invalid={shownError ? true : undefined}
        aria-describedby={shownError ? 'search-box-error' : undefined}
        placeholder="Search  (author:  year:2015  node:gut.barrier  type:rct  has:pdf  -word)"
        title={formatShortcuts(ACTIONS.search.shortcuts)}
        aria-keyshortcuts={ariaKeyShortcuts(ACTIONS.search.shortcuts)}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && value) {
            event.preventDefault()
            onChange('')
          }
        }}
      />
      {shownError && (
        <span id="search-box-error" className="search-box__error" role="alert">
          {shownError}
        </span>
      )}
    </div>
  )
}

import { useEffect, useRef, useState } from 'react'

interface SearchBoxProps {
  value: string
  onChange: (value: string) => void
  /** The first malformed term, in words. */
  error?: string
}

/** True when the key press was meant for a text field, not for the app. */
function typingInField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('input, textarea, select, [contenteditable="true"]') !== null
}

/** A term still being typed ("year:20") is malformed for a moment: say so only once typing pauses. */
const ERROR_DELAY_MS = 700

/**
 * The search box in the toolbar: results follow each key. Ctrl/Cmd+F or `/` (outside a
 * text field) puts the cursor in it; Escape clears it.
 */
export function SearchBox({ value, onChange, error }: SearchBoxProps) {
  const input = useRef<HTMLInputElement>(null)
  const [shownError, setShownError] = useState<string>()
  useEffect(() => {
    const timer = setTimeout(() => setShownError(error), error ? ERROR_DELAY_MS : 0)
    return () => clearTimeout(timer)
  }, [error])
  useEffect(() => {
    const keydown = (event: KeyboardEvent) => {
      const find = (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'f'
      const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !typingInField(event.target)
      if (!find && !slash) return
      event.preventDefault()
      input.current?.focus()
      input.current?.select()
    }
    window.addEventListener('keydown', keydown)
    return () => window.removeEventListener('keydown', keydown)
  }, [])
  return (
    <div className="search-box">
      <input
        ref={input}
        type="search"
        className={shownError ? 'search-box__input has-error' : 'search-box__input'}
        aria-label="Search the library"
        aria-invalid={shownError ? true : undefined}
        aria-describedby={shownError ? 'search-box-error' : undefined}
        placeholder="Search  (author:  year:2015  node:gut.barrier  type:rct  has:pdf  -word)"
        title="Ctrl+F or /"
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

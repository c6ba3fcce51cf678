import { useEffect, useRef } from 'react'

interface SearchBoxProps {
  value: string
  onChange: (value: string) => void
  /** The first malformed term, in words. */
  error?: string
  /** "1,234 papers" or where the index is. */
  status?: string
}

/** True when the key press was meant for a text field, not for the app. */
function typingInField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('input, textarea, select, [contenteditable="true"]') !== null
}

/**
 * The search box in the toolbar: results follow each key. Ctrl/Cmd+F or `/` (outside a
 * text field) puts the cursor in it; Escape clears it.
 */
export function SearchBox({ value, onChange, error, status }: SearchBoxProps) {
  const input = useRef<HTMLInputElement>(null)
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
        className={error ? 'search-box__input has-error' : 'search-box__input'}
        aria-label="Search the library"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'search-box-error' : undefined}
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
      {error ? (
        <span id="search-box-error" className="search-box__error" role="alert">
          {error}
        </span>
      ) : (
        status && <span className="search-box__status">{status}</span>
      )}
    </div>
  )
}

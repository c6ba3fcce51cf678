import { useState } from 'react'

interface NameFormProps {
  label: string
  initial?: string
  submitLabel: string
  onSubmit: (name: string) => void
  onCancel: () => void
}

/** A name typed in place (a new collection, a saved search, a rename): Enter saves, Escape cancels. */
export function NameForm({ label, initial = '', submitLabel, onSubmit, onCancel }: NameFormProps) {
  const [name, setName] = useState(initial)
  return (
    <form
      className="name-form"
      onSubmit={(event) => {
        event.preventDefault()
        if (name.trim()) onSubmit(name.trim())
      }}
    >
      <input
        aria-label={label}
        value={name}
        autoFocus
        onChange={(event) => setName(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault()
            onCancel()
          }
        }}
      />
      <button type="submit" className="button button--small" disabled={!name.trim()}>
        {submitLabel}
      </button>
    </form>
  )
}

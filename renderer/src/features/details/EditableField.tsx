import { useId, useState, type KeyboardEvent, type ReactNode } from 'react'
import type { Validation } from '../../../../shared/domain/validate'

export type SaveOutcome = 'saved' | 'unchanged' | 'failed'

export interface EditableFieldProps<T> {
  label: string
  /** The stored value as text. */
  value: string
  validate(text: string): Validation<T>
  /** Saves a valid value. Unless it was `unchanged`, the draft stays until the stored value changes. */
  onSave(value: T | undefined): Promise<SaveOutcome>
  /** `wrap`: a text box that wraps, Enter still saves (titles); `paragraphs`: Enter starts a line, Ctrl+Enter saves. */
  multiline?: 'wrap' | 'paragraphs'
  placeholder?: string
  className?: string
  /** Shown beside the label: where the value came from. */
  note?: ReactNode
}

/**
 * A field that is always an input, drawn as plain text until focused. Enter (Ctrl+Enter in
 * a field of paragraphs) or leaving it saves; Esc puts the stored value back. Invalid input
 * keeps the draft, shows why beside the field and saves nothing. A draft belongs to the
 * value it was typed over: when that value changes (an undo), the new value shows.
 */
export function EditableField<T>({ label, value, validate, onSave, multiline, placeholder, className, note }: EditableFieldProps<T>) {
  const id = useId()
  const [draft, setDraft] = useState<{ text: string; base: string; error?: string; saving?: boolean } | null>(null)
  // the stored value changed (saved, undone, edited elsewhere): the draft typed over the old one retires
  if (draft !== null && draft.base !== value) setDraft(null)
  const editing = draft !== null && draft.base === value ? draft : null

  async function save() {
    // Enter and then leaving the field must not save twice
    if (!editing || editing.saving) return
    const result = validate(editing.text)
    if (!result.ok) {
      setDraft({ ...editing, error: result.message })
      return
    }
    const pending = { text: editing.text, base: editing.base, saving: true }
    setDraft(pending)
    const outcome = await onSave(result.value)
    // a saved change arrives as a new `value`, which retires the draft without a flicker
    if (outcome === 'saved') return
    setDraft((current) => (current !== pending ? current : outcome === 'unchanged' ? null : { text: pending.text, base: pending.base }))
  }
  function keyDown(event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) {
    if (event.key === 'Escape') {
      event.stopPropagation()
      setDraft(null)
    } else if (event.key === 'Enter' && (multiline !== 'paragraphs' || event.ctrlKey || event.metaKey)) {
      event.preventDefault()
      void save()
    }
  }
  const common = {
    id,
    value: editing?.text ?? value,
    placeholder: placeholder ?? '—',
    'aria-invalid': editing?.error ? true : undefined,
    'aria-describedby': editing?.error ? `${id}-error` : undefined,
    onChange: (event: { target: { value: string } }) => setDraft({ text: event.target.value, base: value }),
    onBlur: () => void save(),
    onKeyDown: keyDown,
  }
  return (
    <div className={`edit-field${className ? ` ${className}` : ''}`}>
      {note ? (
        <span className="edit-field__label">
          <label htmlFor={id}>{label}</label>
          {note}
        </span>
      ) : (
        <label htmlFor={id}>{label}</label>
      )}
      {multiline ? <textarea {...common} rows={Math.min(8, Math.max(2, Math.ceil((editing?.text ?? value).length / 48)))} /> : <input type="text" {...common} />}
      {editing?.error && (
        <p id={`${id}-error`} className="edit-field__error" role="alert">
          {editing.error}
        </p>
      )}
    </div>
  )
}

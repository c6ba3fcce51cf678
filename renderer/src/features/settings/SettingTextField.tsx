import { useId, useState, type ReactNode } from 'react'
import type { IpcError } from '../../../../shared/ipc/result'

export interface SettingTextFieldProps {
  label: string
  /** The value the host holds now; the draft starts from it. */
  value: string
  /** Saves the draft; resolves to the host's refusal, in its words, or null when saved. */
  onSave(text: string): Promise<IpcError | null>
  type?: 'text' | 'email' | 'url' | 'password'
  placeholder?: string
  /** Shown instead of the input when the value cannot be changed here (set for this run). */
  fixed?: ReactNode
  hint?: ReactNode
  saveLabel?: string
}

/**
 * A setting typed as text and saved with its button or Enter. A refusal is shown beside the
 * field and the draft stays, so the user corrects it rather than typing it again.
 */
export function SettingTextField({ label, value, onSave, type = 'text', placeholder, fixed, hint, saveLabel = 'Save' }: SettingTextFieldProps) {
  const id = useId()
  const [draft, setDraft] = useState<string | null>(null)
  const [error, setError] = useState<IpcError | null>(null)
  const [saving, setSaving] = useState(false)
  const text = draft ?? value

  async function save() {
    if (saving || draft === null) return
    setSaving(true)
    const refused = await onSave(draft)
    setSaving(false)
    setError(refused)
    if (!refused) setDraft(null)
  }

  return (
    <div className="setting-field">
      <label htmlFor={id}>{label}</label>
      {fixed ? (
        <p className="setting-field__fixed">
          <input id={id} type="text" value={value} readOnly /> {fixed}
        </p>
      ) : (
        <form
          className="setting-field__row"
          onSubmit={(event) => {
            event.preventDefault()
            void save()
          }}
        >
          <input
            id={id}
            type={type}
            value={text}
            placeholder={placeholder}
            autoComplete="off"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(event) => setDraft(event.target.value)}
          />
          <button type="submit" className="button button--small" disabled={draft === null || saving}>
            {saveLabel}
          </button>
        </form>
      )}
      {hint && <p className="hint">{hint}</p>}
      {error && (
        <p id={`${id}-error`} className="error-message" role="alert">
          {error.message}
        </p>
      )}
    </div>
  )
}

import { useState } from 'react'
import type { AnnotationRecord } from '../../db'

interface NoteEditorProps {
  annotation: AnnotationRecord
  onSave: (comment: string) => void
  onCancel: () => void
  onDelete: () => void
}

/** The note of a highlight or a note on the page, in Markdown. Ctrl+Enter saves, Esc cancels. */
export function NoteEditor({ annotation, onSave, onCancel, onDelete }: NoteEditorProps) {
  const [text, setText] = useState(annotation.comment ?? '')
  return (
    <form
      className="reader-note-editor"
      aria-label="Edit note"
      onSubmit={(event) => {
        event.preventDefault()
        onSave(text)
      }}
    >
      <label className="reader-note-editor__label">
        {annotation.quote ? <q className="reader-note-editor__quote">{annotation.quote}</q> : `Note on page ${annotation.page}`}
        <textarea
          aria-label="Note"
          autoFocus
          rows={3}
          value={text}
          placeholder="Your note (Markdown)"
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.stopPropagation()
              onCancel()
            }
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) onSave(text)
          }}
        />
      </label>
      <div className="reader-note-editor__actions">
        <button type="submit" className="button button--primary button--small">
          Save note
        </button>
        <button type="button" className="button button--small" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="button button--small button--quiet" onClick={onDelete}>
          Delete {annotation.kind === 'highlight' ? 'highlight' : 'note'}
        </button>
      </div>
    </form>
  )
}

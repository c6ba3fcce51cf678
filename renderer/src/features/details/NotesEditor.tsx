import { useState, type KeyboardEvent } from 'react'
import type { EditPatch, NoteRecord } from '../../db'
import { Markdown } from './Markdown'

type Commit = (label: string, patch: EditPatch) => Promise<boolean>

/** The edit that saving `text` over `note` (null: a new note) makes; none when nothing changes. An emptied note is deleted. */
export function noteEdit(paperId: string, note: NoteRecord | null, text: string, now = Date.now()): { label: string; patch: EditPatch } | undefined {
  const markdown = text.trim()
  if (markdown === (note?.markdown ?? '')) return undefined
  const id = note?.id ?? crypto.randomUUID()
  const after = markdown === '' ? null : { id, paperId, markdown, createdAt: note?.createdAt ?? now, modifiedAt: now }
  const label = note === null ? 'Added a note' : after === null ? 'Deleted a note' : 'Edited note'
  return { label, patch: { kind: 'note', paperId, noteId: id, before: note, after } }
}

/**
 * A paper's notes in Markdown, shown rendered; Edit turns one into a text box (Ctrl+Enter
 * saves, Esc cancels). Adding, editing and deleting a note are each one undoable edit.
 */
export function NotesEditor({ paperId, notes, commit }: { paperId: string; notes: readonly NoteRecord[]; commit: Commit }) {
  const [editing, setEditing] = useState<{ id: string; text: string } | null>(null)

  async function save(note: NoteRecord | null, text: string) {
    const edit = noteEdit(paperId, note, text)
    if (!edit || (await commit(edit.label, edit.patch))) setEditing(null)
  }

  const editor = (note: NoteRecord | null, text: string) => {
    const keyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
      if (event.key === 'Escape') {
        event.stopPropagation()
        setEditing(null)
      } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault()
        void save(note, text)
      }
    }
    return (
      <div className="note note--editing">
        <textarea aria-label="Note (Markdown)" rows={6} value={text} autoFocus onKeyDown={keyDown} onChange={(event) => setEditing({ id: note?.id ?? 'new', text: event.target.value })} />
        <div className="note__actions">
          <button type="button" className="button button--small button--primary" onClick={() => void save(note, text)}>
            Save note
          </button>
          <button type="button" className="button button--small" onClick={() => setEditing(null)}>
            Cancel
          </button>
          <span className="hint">Markdown: **bold**, *italic*, - lists, [link](https://…) · Ctrl+Enter saves</span>
        </div>
      </div>
    )
  }

  return (
    <section className="notes" aria-label="Notes">
      <h3>Notes</h3>
      {notes.map((note) =>
        editing?.id === note.id ? (
          <div key={note.id}>{editor(note, editing.text)}</div>
        ) : (
          <div key={note.id} className="note">
            <Markdown source={note.markdown} />
            <div className="note__actions">
              <button type="button" className="button button--small button--quiet" onClick={() => setEditing({ id: note.id, text: note.markdown })}>
                Edit
              </button>
              <button type="button" className="button button--small button--quiet" onClick={() => void commit('Deleted a note', { kind: 'note', paperId, noteId: note.id, before: note, after: null })}>
                Delete
              </button>
            </div>
          </div>
        ),
      )}
      {editing?.id === 'new' ? (
        editor(null, editing.text)
      ) : (
        <button type="button" className="button button--small" onClick={() => setEditing({ id: 'new', text: '' })}>
          Add note
        </button>
      )}
    </section>
  )
}

import type { CslItem } from '../../../../shared/domain/csl'
import type { EditPatch, PaperRecord } from '../../db'
import { ProvenanceMark } from './ProvenanceMark'
import { AuthorsEditor } from './AuthorsEditor'
import { EditableField, type SaveOutcome } from './EditableField'
import { CSL_TYPES, cslEdit, fieldsFor, hasEditors } from './fields'

/** Saves CSL changes as one undoable edit named `label`. */
export type SaveCsl = (label: string, changes: Partial<CslItem>) => Promise<SaveOutcome>

/**
 * Turns the history's commit into a SaveCsl for one paper (no edit when nothing changes).
 * Each edited field is marked as the user's, so a lookup never overwrites it.
 */
export function cslSaver(paper: Pick<PaperRecord, 'id' | 'csl' | 'fieldSources'>, commit: (label: string, patch: EditPatch) => Promise<boolean>, now: () => number = Date.now): SaveCsl {
  return async (label, changes) => {
    const patch = cslEdit(paper.id, paper.csl, changes, { sources: paper.fieldSources, at: now() })
    if (!patch) return 'unchanged'
    return (await commit(label, patch)) ? 'saved' : 'failed'
  }
}

/**
 * The record's type, as a list of common CSL types, and the fields that type needs, each
 * edited in place with where its value came from (a book's or chapter's editors like its authors).
 */
export function RecordFields({ item, save, provenance }: { item: CslItem; save: SaveCsl; provenance?: PaperRecord['fieldSources'] }) {
  const knownType = CSL_TYPES.some(([type]) => type === item.type)
  return (
    <div className="record-fields">
      <div className="edit-field">
        <span className="edit-field__label">
          <label htmlFor="details-type">Type</label>
          <ProvenanceMark provenance={provenance?.type} />
        </span>
        <select id="details-type" value={item.type} onChange={(event) => void save('Edited type', { type: event.target.value })}>
          {!knownType && <option value={item.type}>{item.type}</option>}
          {CSL_TYPES.map(([type, label]) => (
            <option key={type} value={type}>
              {label}
            </option>
          ))}
        </select>
      </div>
      {fieldsFor(item).map((field) => (
        <EditableField
          key={field.key}
          label={field.label}
          value={field.read(item)}
          multiline={field.multiline}
          className={`edit-field--${field.key}`}
          validate={field.validate}
          note={<ProvenanceMark provenance={provenance?.[field.key]} />}
          onSave={(value) => save(`Edited ${field.noun}`, field.write(value, item))}
        />
      ))}
      {hasEditors(item) && <AuthorsEditor role="editor" authors={item.editor ?? []} onChange={(editor) => save('Edited editors', { editor: editor.length > 0 ? editor : undefined })} />}
    </div>
  )
}

import { DEFAULT_ATTACHMENT_NAME_PATTERN } from '../../../../shared/domain/attachmentName'
import { setNameAttachmentsAtImport, useDatabase, useNameAttachmentsAtImport } from '../../db'

/** Settings: name imported PDFs {author}_{year}_{title}.pdf from their record. */
export function AttachmentNameSetting() {
  const db = useDatabase()
  const on = useNameAttachmentsAtImport()
  return (
    <section className="settings-section" aria-labelledby="attachment-names-heading">
      <h3 id="attachment-names-heading">PDF names</h3>
      <label>
        <input type="checkbox" checked={on ?? false} disabled={on === undefined} onChange={(event) => void setNameAttachmentsAtImport(db, event.target.checked)} />{' '}
        Name imported PDFs <code>{DEFAULT_ATTACHMENT_NAME_PATTERN}</code>
      </label>
      <p className="hint">The name is used in the details pane and for saved copies; the file in the library folder keeps its content-based name. &ldquo;Name from record&rdquo; in the details pane renames one PDF.</p>
    </section>
  )
}

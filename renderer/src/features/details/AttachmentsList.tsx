import { useState } from 'react'
import { attachmentFileName } from '../../../../shared/domain/attachmentName'
import type { CslItem } from '../../../../shared/domain/csl'
import type { Result } from '../../../../shared/ipc/result'
import type { AttachmentRecord, EditPatch } from '../../db'
import { useApi } from '../../ipc/ApiContext'
import { FullTextFailure } from './FullTextFailure'

type Commit = (label: string, patch: EditPatch) => Promise<boolean>

/**
 * The paper's PDFs with what can be done to each on the desktop: open in the system's
 * viewer, show in the file manager, save a copy under its name, and take the name from the
 * record ({author}_{year}_{title}.pdf). The bytes stay where they are, named by hash;
 * the name is what the user sees and what a saved copy is called.
 */
export function AttachmentsList({ paperId, item, attachments, commit }: { paperId: string; item: CslItem; attachments: readonly AttachmentRecord[]; commit: Commit }) {
  const api = useApi()
  const [message, setMessage] = useState<{ id: string; text: string; error: boolean }>()

  async function run(attachment: AttachmentRecord, call: () => Promise<Result<unknown>>, done: string) {
    const result = await call()
    setMessage(result.ok ? { id: attachment.id, text: done, error: false } : { id: attachment.id, text: result.error.message, error: true })
  }
  async function saveCopy(attachment: AttachmentRecord) {
    const result = await api.saveAttachmentCopy({ hash: attachment.hash, name: attachment.originalName })
    if (!result.ok) setMessage({ id: attachment.id, text: result.error.message, error: true })
    else if (!result.value.canceled) setMessage({ id: attachment.id, text: `Saved a copy as ${result.value.path ?? attachment.originalName}.`, error: false })
  }
  function rename(attachment: AttachmentRecord) {
    const name = attachmentFileName(item)
    if (name === attachment.originalName) return setMessage({ id: attachment.id, text: 'The PDF already has the name the record gives it.', error: false })
    void commit('Renamed the PDF', { kind: 'attachmentName', paperId, attachmentId: attachment.id, before: attachment.originalName, after: name })
  }

  if (attachments.length === 0) return <p className="hint" data-testid="attachments">No PDF. Drop one here or on the paper's row, or use Attach PDF…, to attach it to this paper.</p>
  return (
    <ul className="attachments" data-testid="attachments">
      {attachments.map((attachment) => (
        <li key={attachment.id} className="attachment">
          <span className="attachment__name" title={`SHA-256 ${attachment.hash}`}>
            {attachment.originalName}
          </span>
          <span className="hint">
            {attachment.pageCount ? ` ${attachment.pageCount} pages` : ''}
            {attachment.scanned ? ', scanned' : ''}
          </span>
          <span className="attachment__actions">
            <button type="button" className="button button--small" onClick={() => void run(attachment, () => api.openAttachment({ hash: attachment.hash }), 'Opened in the system viewer.')}>
              Open
            </button>
            <button type="button" className="button button--small" onClick={() => void run(attachment, () => api.showAttachmentInFolder({ hash: attachment.hash }), 'Shown in its folder.')}>
              Show in folder
            </button>
            <button type="button" className="button button--small" onClick={() => void saveCopy(attachment)}>
              Save a copy…
            </button>
            <button type="button" className="button button--small button--quiet" title="Name it {author}_{year}_{title}.pdf from the record" onClick={() => rename(attachment)}>
              Name from record
            </button>
          </span>
          <FullTextFailure attachment={attachment} />
          {message?.id === attachment.id && (
            <p className={message.error ? 'error-text' : 'hint'} role={message.error ? 'alert' : 'status'}>
              {message.text}
            </p>
          )}
        </li>
      ))}
    </ul>
  )
}

import { useState } from 'react'
import { deleteAnnotation, useAttachments, useDatabase, usePaper, usePaperAnnotations } from '../../db'
import { useReader } from './ReaderContext'
import { useExportAnnotations } from './useExportAnnotations'
import './reader.css'

/**
 * The details pane's part of the reader: "Open in reader" for each PDF, and the paper's
 * highlights and notes by page; a click on one opens the reader at its page.
 */
export function PaperAnnotations({ paperId }: { paperId: string }) {
  const db = useDatabase()
  const reader = useReader()
  const paper = usePaper(paperId)
  const attachments = useAttachments(paperId)
  const annotations = usePaperAnnotations(paperId)
  const exportAnnotations = useExportAnnotations()
  const [message, setMessage] = useState('')
  if (!paper || !attachments || attachments.length === 0) return null
  return (
    <section className="paper-annotations" aria-label="Highlights and notes">
      <h3>Highlights and notes</h3>
      <div className="paper-annotations__actions">
        {reader &&
          attachments.map((attachment) => (
            <button key={attachment.id} type="button" className="button button--small" title={attachment.originalName} onClick={() => reader.open(paperId, { attachmentId: attachment.id })}>
              Open in reader{attachments.length > 1 ? `: ${attachment.originalName}` : ''}
            </button>
          ))}
        {annotations && annotations.length > 0 && (
          <button type="button" className="button button--small" onClick={() => void exportAnnotations(paper).then((count) => setMessage(`Exported ${count} as Markdown.`))}>
            Export Markdown
          </button>
        )}
      </div>
      {annotations?.length === 0 && <p className="hint">Open the PDF, select text and press Highlight or Note.</p>}
      <ol className="paper-annotations__list" aria-label="Annotations">
        {annotations?.map((annotation) => (
          <li key={annotation.id} className={`paper-annotation paper-annotation--${annotation.kind}`}>
            <button
              type="button"
              className="paper-annotation__open"
              title="Show in the reader"
              disabled={!reader}
              onClick={() => reader?.open(paperId, { attachmentId: annotation.attachmentId, page: annotation.page })}
            >
              <span className="paper-annotation__page">p. {annotation.page}</span>
              {annotation.quote && <q className="paper-annotation__quote">{annotation.quote}</q>}
              {annotation.comment && <span className="paper-annotation__comment">{annotation.comment}</span>}
              {!annotation.quote && !annotation.comment && <em className="hint">Empty note</em>}
            </button>
            <button type="button" className="button button--small button--quiet" aria-label={`Delete ${annotation.kind} on page ${annotation.page}`} onClick={() => void deleteAnnotation(db, annotation.id)}>
              ✕
            </button>
          </li>
        ))}
      </ol>
      {message && <p className="hint" role="status">{message}</p>}
    </section>
  )
}

import { useAttachments, usePaper } from '../../db'
import { PdfReader } from './PdfReader'
import { useReader } from './ReaderContext'
import './reader.css'

/** Shows the reader over the paper list while a paper is open in it; nothing otherwise. */
export function ReaderHost() {
  const reader = useReader()
  const target = reader?.target
  const paper = usePaper(target?.paperId)
  const attachments = useAttachments(target?.paperId)
  if (!reader || !target || !paper || !attachments) return null
  const attachment = attachments.find((candidate) => candidate.id === target.attachmentId) ?? attachments[0]
  if (!attachment) {
    return (
      <section className="reader" aria-label="PDF reader" data-testid="pdf-reader">
        <div className="reader-status">
          <p role="alert">{paper.csl.title ?? 'This paper'} has no PDF to read. Drop its PDF on the window to attach one.</p>
          <button type="button" className="button" onClick={reader.close}>
            Close reader
          </button>
        </div>
      </section>
    )
  }
  return <PdfReader key={attachment.id} paper={paper} attachment={attachment} jump={{ page: target.page, request: target.request }} onClose={reader.close} />
}

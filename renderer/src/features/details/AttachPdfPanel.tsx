import { useRef, useState, type DragEvent } from 'react'
import { useActionTarget } from '../actions'
import { describeAttach, type AttachOutcome, type AttachPdfActions } from '../import'

/** What the last attach did, in words, with Detach for a PDF that was attached. */
export interface AttachNotice {
  outcome: AttachOutcome
  text: string
}

export function attachNotices(outcomes: readonly AttachOutcome[]): AttachNotice[] {
  return outcomes.map((outcome) => ({ outcome, text: describeAttach(outcome) }))
}

/** Drag handlers that take PDFs dropped anywhere on the paper's details. */
export function pdfDropHandlers(onDrop: (items: DataTransferItemList) => void, setOver: (over: boolean) => void) {
  return {
    onDragOver(event: DragEvent) {
      if (!event.dataTransfer.types.includes('Files')) return
      event.preventDefault()
      event.dataTransfer.dropEffect = 'copy'
      setOver(true)
    },
    onDragLeave: () => setOver(false),
    onDrop(event: DragEvent) {
      if (!event.dataTransfer.types.includes('Files')) return
      event.preventDefault()
      setOver(false)
      onDrop(event.dataTransfer.items)
    },
  }
}

/**
 * "Attach PDF…" for the paper shown, through the host's file dialog (or, in a browser, the
 * page's own file picker), and what the last attach said: attached, attached but perhaps the
 * wrong file (its DOI or title differs; Detach undoes it), or why not.
 */
export function AttachPdfPanel({ paperId, attach, notices, onNotices }: { paperId: string; attach: AttachPdfActions; notices: readonly AttachNotice[]; onNotices: (notices: AttachNotice[]) => void }) {
  const picker = useRef<HTMLInputElement>(null)
  const button = useActionTarget('details.attachPdf')
  const [busy, setBusy] = useState(false)

  async function run(task: Promise<AttachOutcome[]>) {
    setBusy(true)
    try {
      const outcomes = await task
      if (outcomes.length > 0) onNotices(attachNotices(outcomes))
    } finally {
      setBusy(false)
    }
  }
  async function detach(notice: AttachNotice) {
    if (notice.outcome.status !== 'attached') return
    const text = await attach.detach(notice.outcome)
    onNotices(notices.map((other) => (other === notice ? { outcome: { status: 'refused', name: notice.outcome.name, message: text }, text } : other)))
  }
  const pickedInPage = (files: FileList | null) => {
    const sources = [...(files ?? [])].map((file) => ({ kind: 'file' as const, file, name: file.name }))
    if (picker.current) picker.current.value = ''
    if (sources.length > 0) void run(attach.attach(paperId, sources))
  }

  return (
    <div className="attach-pdf">
      <button type="button" className="button button--small" ref={button} disabled={busy} onClick={() => void run(attach.attachFromDialog(paperId, () => picker.current?.click()))}>
        Attach PDF…
      </button>
      <input ref={picker} type="file" accept="application/pdf,.pdf" multiple hidden aria-label="PDF to attach" onChange={(event) => pickedInPage(event.target.files)} />
      {notices.map((notice, index) => (
        <p key={index} className={noticeClass(notice.outcome)} role={notice.outcome.status === 'attached' && notice.outcome.warnings.length === 0 ? 'status' : 'alert'} data-testid="attach-notice">
          {notice.text}
          {notice.outcome.status === 'attached' && notice.outcome.warnings.length > 0 && (
            <button type="button" className="button button--small button--quiet" onClick={() => void detach(notice)}>
              Detach
            </button>
          )}
        </p>
      ))}
    </div>
  )
}

function noticeClass(outcome: AttachOutcome): string {
  if (outcome.status === 'refused') return 'error-text'
  return outcome.warnings.length > 0 ? 'warning-text' : 'hint'
}

import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { PDFDocumentProxy } from 'pdfjs-dist'
import { usePaperAnnotations, type AnnotationRecord, type AttachmentRecord, type PaperRecord } from '../../db'
import { FindBar } from './FindBar'
import { NoteEditor } from './NoteEditor'
import { PdfPage } from './PdfPage'
import { ReaderToolbar } from './ReaderToolbar'
import { useAnnotationActions } from './useAnnotationActions'
import { useExportAnnotations } from './useExportAnnotations'
import { useFind } from './useFind'
import { usePdfDocument } from './usePdfDocument'
import { useReaderKeys } from './useReaderKeys'
import { useReaderView } from './useReaderView'

interface PdfReaderProps {
  paper: PaperRecord
  attachment: AttachmentRecord
  /** A page asked for from outside (the details pane); `request` changes on every ask. */
  jump: { page?: number; request: number }
  onClose: () => void
}

/** The reader: a paper's PDF from the library, with its highlights and notes. */
export function PdfReader({ paper, attachment, jump, onClose }: PdfReaderProps) {
  const state = usePdfDocument(attachment.hash, attachment.originalName)
  return (
    <section className="reader" aria-label="PDF reader" data-testid="pdf-reader">
      {state.status === 'ready' ? (
        <ReaderDocument doc={state.doc} paper={paper} attachment={attachment} jump={jump} onClose={onClose} />
      ) : (
        <div className="reader-status">
          <p role={state.status === 'error' ? 'alert' : 'status'}>{state.status === 'error' ? state.message : `Opening ${attachment.originalName}…`}</p>
          <button type="button" className="button" onClick={onClose}>
            Close reader
          </button>
        </div>
      )}
    </section>
  )
}

const NO_ANNOTATIONS: AnnotationRecord[] = []
const NO_MATCHES: { segments: []; current: boolean }[] = []

function ReaderDocument({ doc, paper, attachment, jump, onClose }: PdfReaderProps & { doc: PDFDocumentProxy }) {
  const { scroller, pageRef, scale, ready, estimate, currentPage, near, goToPage, zoom, centerInView } = useReaderView(doc)
  const find = useFind(doc, currentPage)
  const [findOpen, setFindOpen] = useState(false)
  const findInput = useRef<HTMLInputElement>(null)
  const all = usePaperAnnotations(paper.id)
  const annotations = useMemo(() => (all ?? NO_ANNOTATIONS).filter((annotation) => annotation.attachmentId === attachment.id), [all, attachment.id])
  const actions = useAnnotationActions({ paperId: paper.id, attachmentId: attachment.id }, annotations, scroller)
  const exportAnnotations = useExportAnnotations()
  const byPage = useMemo(() => groupByPage(annotations), [annotations])
  const matchPage = find.matches[find.index]?.page

  useEffect(() => {
    if (ready && jump.page) goToPage(jump.page)
  }, [ready, jump.page, jump.request, goToPage])

  // a new current match: go to its page; the page scrolls the match itself into view once drawn
  const pendingMatch = useRef(false)
  useEffect(() => {
    if (!matchPage) return
    pendingMatch.current = true
    goToPage(matchPage)
  }, [matchPage, find.index, goToPage])
  const onCurrentMatch = useCallback((element: HTMLElement) => {
    if (!pendingMatch.current) return
    pendingMatch.current = false
    centerInView(element)
  }, [centerInView])

  const { placingNote, setPlacingNote } = actions
  const openFind = useCallback(() => {
    setFindOpen(true)
    requestAnimationFrame(() => findInput.current?.select())
  }, [])
  const escape = useCallback(() => (placingNote ? setPlacingNote(false) : onClose()), [placingNote, setPlacingNote, onClose])
  useReaderKeys({ openFind, escape })

  const editing = annotations.find((annotation) => annotation.id === actions.editingId)
  const pageNumbers = useMemo(() => Array.from({ length: doc.numPages }, (_, index) => index + 1), [doc])
  return (
    <>
      <ReaderToolbar
        title={paper.csl.title ?? attachment.originalName}
        page={currentPage}
        pageCount={doc.numPages}
        scale={scale}
        canHighlight={actions.hasSelection}
        placingNote={actions.placingNote}
        onPage={goToPage}
        onZoom={zoom}
        onFind={openFind}
        onHighlight={() => void actions.highlight()}
        onNote={() => void actions.note()}
        onExport={() => void exportAnnotations(paper).then((count) => actions.setMessage(`Exported ${count} annotation${count === 1 ? '' : 's'} as Markdown.`))}
        onClose={onClose}
      />
      {findOpen && (
        <FindBar
          find={find}
          inputRef={findInput}
          onClose={() => {
            setFindOpen(false)
            find.setQuery('')
          }}
        />
      )}
      <div ref={scroller} className={`reader-scroller${actions.placingNote ? ' is-placing-note' : ''}`} data-testid="reader-pages">
        {pageNumbers.map((number) => (
          <PdfPage
            key={number}
            doc={doc}
            pageNumber={number}
            scale={scale}
            estimate={estimate}
            near={ready && near.has(number)}
            annotations={byPage.get(number) ?? NO_ANNOTATIONS}
            selectedId={actions.selectedId}
            matches={find.byPage.get(number) ?? NO_MATCHES}
            onTransform={actions.onTransform}
            onPageClick={(page, point) => void actions.pageClick(page, point)}
            onSelectAnnotation={actions.setSelectedId}
            onCurrentMatch={onCurrentMatch}
            elementRef={pageRef}
          />
        ))}
      </div>
      {editing && (
        <NoteEditor
          key={editing.id}
          annotation={editing}
          onSave={(comment) => void actions.saveNote(editing.id, comment)}
          onCancel={() => void actions.cancelNote(editing.id)}
          onDelete={() => void actions.remove(editing.id)}
        />
      )}
      {!editing && actions.selectedId && (
        <div className="reader-selection-bar">
          <button type="button" className="button button--small" onClick={() => actions.setEditingId(actions.selectedId)}>
            Edit note
          </button>
          <button type="button" className="button button--small button--quiet" onClick={() => actions.selectedId && void actions.remove(actions.selectedId)}>
            Delete
          </button>
        </div>
      )}
      <p className="reader-message" role="status">
        {actions.message}
      </p>
    </>
  )
}

function groupByPage(annotations: readonly AnnotationRecord[]): Map<number, AnnotationRecord[]> {
  const pages = new Map<number, AnnotationRecord[]>()
  for (const annotation of annotations) pages.set(annotation.page, [...(pages.get(annotation.page) ?? []), annotation])
  return pages
}

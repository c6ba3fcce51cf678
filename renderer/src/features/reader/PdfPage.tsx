import { useRef, type MouseEvent } from 'react'
import type { PDFDocumentProxy } from 'pdfjs-dist'
import type { AnnotationRecord } from '../../db'
import { cssPointToPdf, toTransform, type PageSize, type ViewportTransform } from './geometry'
import type { MatchSegment } from './find'
import { NoteMarkers, PageMarks } from './PageOverlays'
import { usePageRender } from './usePageRender'

export interface PdfPageProps {
  doc: PDFDocumentProxy
  pageNumber: number
  scale: number
  /** The page's size at scale 1 as far as known (the first page's, until this one loads). */
  estimate: PageSize
  /** Inside the render window: canvas and text layer exist only for these pages. */
  near: boolean
  annotations: readonly AnnotationRecord[]
  selectedId: string | undefined
  matches: readonly { segments: MatchSegment[]; current: boolean }[]
  onTransform: (pageNumber: number, transform: ViewportTransform | null) => void
  onPageClick: (pageNumber: number, point: [number, number]) => void
  onSelectAnnotation: (id: string) => void
  onCurrentMatch: (element: HTMLElement) => void
  elementRef: (pageNumber: number, element: HTMLDivElement | null) => void
}

/** One page: a placeholder of the right size, and when near the view, pdf.js's canvas and text layer. */
export function PdfPage(props: PdfPageProps) {
  const { doc, pageNumber, scale, near, onTransform } = props
  const canvasRef = useRef<HTMLCanvasElement>(null)
  const textRef = useRef<HTMLDivElement>(null)
  const { size, rendered, error } = usePageRender({ doc, pageNumber, scale, near, onTransform }, canvasRef, textRef)

  const base = size ?? props.estimate
  const width = Math.floor(base.width * scale)
  const height = Math.floor(base.height * scale)

  function handleClick(event: MouseEvent<HTMLDivElement>) {
    if (!rendered || !window.getSelection()?.isCollapsed) return
    const box = event.currentTarget.getBoundingClientRect()
    props.onPageClick(pageNumber, cssPointToPdf(toTransform(rendered.viewport.transform), event.clientX - box.left, event.clientY - box.top))
  }

  return (
    <div
      ref={(element) => props.elementRef(pageNumber, element)}
      className="reader-page"
      data-page-number={pageNumber}
      data-rendered={rendered ? 'true' : undefined}
      aria-label={`Page ${pageNumber}`}
      role="group"
      style={{ width, height }}
      onClick={handleClick}
      onMouseDown={(event) => markSelecting(textRef.current, event.target)}
    >
      {near && <canvas ref={canvasRef} className="reader-page__canvas" style={{ width, height }} />}
      {near && rendered && (
        <PageMarks transform={toTransform(rendered.viewport.transform)} textDivs={rendered.textDivs} annotations={props.annotations} selectedId={props.selectedId} matches={props.matches} onCurrentMatch={props.onCurrentMatch} />
      )}
      {near && <div ref={textRef} className="textLayer" style={{ width, height }} />}
      {near && rendered && (
        <NoteMarkers transform={toTransform(rendered.viewport.transform)} annotations={props.annotations} selectedId={props.selectedId} onSelect={props.onSelectAnnotation} />
      )}
      {error && <p className="reader-page__error">Page {pageNumber} could not be shown: {error}</p>}
    </div>
  )
}

/** While the mouse is down on the text, the end-of-content block covers the page (until it is released anywhere). */
function markSelecting(text: HTMLDivElement | null, target: EventTarget): void {
  if (!text || !(target instanceof Node) || !text.contains(target)) return
  text.classList.add('selecting')
  window.addEventListener('mouseup', () => text.classList.remove('selecting'), { once: true })
}

import { useEffect, useRef, useState, type MouseEvent } from 'react'
import type { PDFDocumentProxy, PageViewport } from 'pdfjs-dist'
import type { AnnotationRecord } from '../../db'
import { cssPointToPdf, toTransform, type ViewportTransform } from './geometry'
import type { MatchSegment } from './find'
import { NoteMarkers, PageMarks } from './PageOverlays'
import { loadPdfjs } from './pdfjsLoader'

export interface PageSize {
  width: number
  height: number
}

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
  const [size, setSize] = useState<PageSize>()
  const [rendered, setRendered] = useState<{ viewport: PageViewport; textDivs: HTMLElement[] }>()
  const [error, setError] = useState<string>()

  useEffect(() => {
    if (!near) return
    let cancelled = false
    const tasks: { cancel(): void }[] = []
    void (async () => {
      const [{ TextLayer }, page] = await Promise.all([loadPdfjs(), doc.getPage(pageNumber)])
      const canvas = canvasRef.current
      const text = textRef.current
      if (cancelled || !canvas || !text) return
      const viewport = page.getViewport({ scale })
      setSize({ width: viewport.width / scale, height: viewport.height / scale })
      const ratio = window.devicePixelRatio || 1
      canvas.width = Math.floor(viewport.width * ratio)
      canvas.height = Math.floor(viewport.height * ratio)
      const drawing = page.render({ canvas, viewport, transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0] })
      text.replaceChildren()
      text.style.setProperty('--total-scale-factor', String(scale))
      const textLayer = new TextLayer({ textContentSource: page.streamTextContent(), container: text, viewport })
      tasks.push(drawing, textLayer)
      await Promise.all([drawing.promise, textLayer.render()])
      if (cancelled) return
      setRendered({ viewport, textDivs: textLayer.textDivs })
      onTransform(pageNumber, toTransform(viewport.transform))
    })().catch((reason: unknown) => {
      if (!cancelled) setError(reason instanceof Error ? reason.message : String(reason))
    })
    return () => {
      cancelled = true
      for (const task of tasks) task.cancel()
      setRendered(undefined)
      onTransform(pageNumber, null)
    }
  }, [doc, pageNumber, scale, near, onTransform])

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

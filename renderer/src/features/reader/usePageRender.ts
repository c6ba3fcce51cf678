import { useEffect, useState, type RefObject } from 'react'
import type { PDFDocumentProxy, PDFPageProxy, PageViewport } from 'pdfjs-dist'
import { toTransform, type PageSize, type ViewportTransform } from './geometry'
import { loadPdfjs } from './pdfjsLoader'

interface PageRenderInput {
  doc: PDFDocumentProxy
  pageNumber: number
  scale: number
  near: boolean
  onTransform: (pageNumber: number, transform: ViewportTransform | null) => void
}

export interface RenderedPage {
  viewport: PageViewport
  /** The text layer's spans, one per pdf.js text item (what find matches point into). */
  textDivs: HTMLElement[]
}

/**
 * Draws a page into the canvas and builds its text layer while it is near the view; when it
 * leaves, the work is cancelled and pdf.js may drop what it kept for the page.
 */
export function usePageRender(input: PageRenderInput, canvasRef: RefObject<HTMLCanvasElement | null>, textRef: RefObject<HTMLDivElement | null>) {
  const { doc, pageNumber, scale, near, onTransform } = input
  const [size, setSize] = useState<PageSize>()
  const [rendered, setRendered] = useState<RenderedPage>()
  const [error, setError] = useState<string>()

  useEffect(() => {
    if (!near) return
    let cancelled = false
    const tasks: { cancel(): void }[] = []
    let proxy: PDFPageProxy | undefined
    void (async () => {
      const [{ TextLayer }, page] = await Promise.all([loadPdfjs(), doc.getPage(pageNumber)])
      proxy = page
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
      text.append(endOfContent())
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
      proxy?.cleanup()
    }
  }, [doc, pageNumber, scale, near, onTransform, canvasRef, textRef])
  return { size, rendered, error }
}

/**
 * pdf.js's viewer puts this block after the text; while a selection is dragged it covers the page
 * (see reader.css), so the mouse over a gap between lines does not select the whole page.
 */
function endOfContent(): HTMLDivElement {
  const block = document.createElement('div')
  block.className = 'endOfContent'
  return block
}

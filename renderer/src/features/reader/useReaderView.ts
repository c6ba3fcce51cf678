import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react'
import type { PDFDocumentProxy } from 'pdfjs-dist'
import type { PageSize } from './geometry'
import { nearPages, pageAt, zoomStep, fitWidthScale } from './viewModel'

/**
 * Scrolling, zoom and the render window of the reader. Pages are laid out at their full size
 * (so the scroll bar is honest) but only those within a screen of the view get a canvas and
 * a text layer, so a 300-page book costs what three pages cost.
 */
export function useReaderView(doc: PDFDocumentProxy) {
  const scroller = useRef<HTMLDivElement>(null)
  const pages = useRef(new Map<number, HTMLDivElement>())
  const anchor = useRef<{ page: number; fraction: number } | null>(null)
  const [scale, setScale] = useState(1)
  const [ready, setReady] = useState(false)
  const [estimate, setEstimate] = useState<PageSize>({ width: 612, height: 792 })
  const [currentPage, setCurrentPage] = useState(1)
  const [near, setNear] = useState<ReadonlySet<number>>(() => new Set([1]))

  const update = useCallback(() => {
    const element = scroller.current
    if (!element) return
    const boxes = [...pages.current].map(([page, div]) => ({ page, top: div.offsetTop, bottom: div.offsetTop + div.offsetHeight }))
    const view = { top: element.scrollTop, height: element.clientHeight }
    setCurrentPage(pageAt(boxes, view))
    const next = nearPages(boxes, view)
    setNear((current) => (sameSet(current, next) ? current : next))
  }, [])

  useEffect(() => {
    let live = true
    void doc.getPage(1).then((page) => {
      if (!live) return
      const { width, height } = page.getViewport({ scale: 1 })
      setEstimate({ width, height })
      setScale(fitWidthScale(scroller.current?.clientWidth ?? 800, width))
      setReady(true)
    })
    return () => {
      live = false
    }
  }, [doc])

  // after a zoom, the same spot of the same page stays at the top of the view
  useLayoutEffect(() => {
    const element = scroller.current
    const target = anchor.current && pages.current.get(anchor.current.page)
    if (element && target && anchor.current) element.scrollTop = target.offsetTop + anchor.current.fraction * target.offsetHeight
    anchor.current = null
    update()
  }, [scale, update])

  useEffect(() => {
    const element = scroller.current
    if (!element) return
    let frame = 0
    const onScroll = () => {
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(update)
    }
    element.addEventListener('scroll', onScroll, { passive: true })
    const resize = new ResizeObserver(onScroll)
    resize.observe(element)
    return () => {
      cancelAnimationFrame(frame)
      element.removeEventListener('scroll', onScroll)
      resize.disconnect()
    }
  }, [update])

  const goToPage = useCallback(
    (page: number) => {
      const target = pages.current.get(Math.min(Math.max(1, Math.round(page)), doc.numPages))
      if (!target || !scroller.current) return
      scroller.current.scrollTop = target.offsetTop - 8
      update()
    },
    [doc, update],
  )

  const zoom = useCallback(
    (direction: 'in' | 'out' | 'fit') => {
      const element = scroller.current
      const page = pages.current.get(currentPage)
      if (element && page) anchor.current = { page: currentPage, fraction: (element.scrollTop - page.offsetTop) / Math.max(1, page.offsetHeight) }
      setScale((current) => (direction === 'fit' ? fitWidthScale(element?.clientWidth ?? 800, estimate.width) : zoomStep(current, direction === 'in' ? 1 : -1)))
    },
    [currentPage, estimate.width],
  )

  // scrolls the reader only: scrollIntoView would scroll every ancestor, the window too
  const centerInView = useCallback((element: Element) => {
    const pane = scroller.current
    if (!pane) return
    const box = element.getBoundingClientRect()
    const view = pane.getBoundingClientRect()
    pane.scrollTop += box.top - view.top - pane.clientHeight / 2
    if (box.left < view.left || box.right > view.right) pane.scrollLeft += box.left - view.left - pane.clientWidth / 2
  }, [])

  const pageRef = useCallback((page: number, element: HTMLDivElement | null) => {
    if (element) pages.current.set(page, element)
    else pages.current.delete(page)
  }, [])

  return { scroller, pageRef, scale, ready, estimate, currentPage, near, goToPage, zoom, centerInView }
}

function sameSet(a: ReadonlySet<number>, b: ReadonlySet<number>): boolean {
  return a.size === b.size && [...a].every((value) => b.has(value))
}

import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { PDFDocumentProxy } from 'pdfjs-dist'
import { findInItems, firstMatchFrom, stepMatch, type FindTextItem, type MatchSegment, type PageMatch } from './find'

export interface FindState {
  query: string
  setQuery: (query: string) => void
  matches: readonly PageMatch[]
  /** Index of the current match, -1 when there is none. */
  index: number
  searching: boolean
  step: (direction: 1 | -1) => void
  /** Each page's matches, with the current one marked, for drawing. */
  byPage: ReadonlyMap<number, { segments: MatchSegment[]; current: boolean }[]>
}

/**
 * Find in document: the text of every page is read once from pdf.js (in its worker) and kept
 * for later searches; a search starts at the page the reader is on.
 */
export function useFind(doc: PDFDocumentProxy, currentPage: number): FindState {
  const [query, setQuery] = useState('')
  const [result, setResult] = useState<{ query: string; matches: readonly PageMatch[] }>({ query: '', matches: [] })
  const [index, setIndex] = useState(-1)
  const texts = useRef(new Map<number, FindTextItem[]>())
  const page = useRef(currentPage)
  useEffect(() => {
    page.current = currentPage
  }, [currentPage])

  useEffect(() => {
    if (!query.trim()) return
    let live = true
    const timer = setTimeout(() => {
      void (async () => {
        const found: PageMatch[] = []
        for (let number = 1; number <= doc.numPages && live; number += 1) found.push(...findInItems(await pageItems(doc, number, texts.current), query, number))
        if (!live) return
        setResult({ query, matches: found })
        setIndex(firstMatchFrom(found, page.current))
      })()
    }, 150)
    return () => {
      live = false
      clearTimeout(timer)
    }
  }, [doc, query])

  // an emptied box shows no matches at once; a changed query keeps the old ones until the new are found
  const matches = query.trim() ? result.matches : NO_MATCHES
  const searching = query.trim() !== '' && result.query !== query
  const current = query.trim() ? index : -1
  const step = useCallback((direction: 1 | -1) => setIndex((value) => stepMatch(value, matches.length, direction)), [matches.length])

  const byPage = useMemo(() => {
    const pages = new Map<number, { segments: MatchSegment[]; current: boolean }[]>()
    matches.forEach((match, position) => {
      const list = pages.get(match.page) ?? []
      list.push({ segments: match.segments, current: position === current })
      pages.set(match.page, list)
    })
    return pages
  }, [matches, current])

  return { query, setQuery, matches, index: current, searching, step, byPage }
}

const NO_MATCHES: readonly PageMatch[] = []

async function pageItems(doc: PDFDocumentProxy, number: number, cache: Map<number, FindTextItem[]>): Promise<FindTextItem[]> {
  const cached = cache.get(number)
  if (cached) return cached
  const content = await (await doc.getPage(number)).getTextContent()
  const items = content.items.flatMap((item) => ('str' in item ? [{ str: item.str, hasEOL: item.hasEOL }] : []))
  cache.set(number, items)
  return items
}

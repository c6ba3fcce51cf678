import { readFile } from 'node:fs/promises'
import { afterAll, describe, expect, it, vi } from 'vitest'
import type { PDFDocumentProxy } from 'pdfjs-dist'
import { findInItems } from '../../../renderer/src/features/reader/find'
import { clientRectsToPdfRects, cssPointToPdf, pdfRectToCss, type ViewportTransform } from '../../../renderer/src/features/reader/geometry'
import { openPdfBytes, READER_DOCUMENT_OPTIONS } from '../../../renderer/src/features/reader/openPdf'
import { corpusPdf, hasPdfCorpus } from '../pdf/corpus'
import { nodePdfjs, openCorpusPdf } from './pdfjs'

const corpus = hasPdfCorpus('reader with pdf.js')
const opened: PDFDocumentProxy[] = []
afterAll(() => Promise.all(opened.map((doc) => doc.destroy())))

async function open(relative: string): Promise<PDFDocumentProxy> {
  const doc = await openCorpusPdf(relative)
  opened.push(doc)
  return doc
}

describe.skipIf(!corpus)('the reader with a real PDF through pdf.js', () => {
  it('opens every PDF with eval off, and a PDF with a JavaScript open action opens without running it', async () => {
    const { getDocument } = await nodePdfjs()
    const spy = vi.fn(getDocument)
    const alert = vi.fn()
    Object.assign(globalThis, { app: { alert } })
    const doc = await openPdfBytes(new Uint8Array(await readFile(corpusPdf('hostile/pdfjs-issue15590.pdf'))), spy)
    opened.push(doc)
    expect(spy).toHaveBeenCalledWith(expect.objectContaining({ isEvalSupported: false, enableXfa: false }))
    expect(READER_DOCUMENT_OPTIONS.isEvalSupported).toBe(false)
    expect(doc.numPages).toBe(1)
    // the script is there (pdf.js reports it) but nothing ran it
    expect(JSON.stringify(await doc.getJSActions())).toContain('app.alert')
    await (await doc.getPage(1)).getTextContent()
    expect(alert).not.toHaveBeenCalled()
  })

  it('converts between the page on screen and PDF units exactly as pdf.js does, at any zoom and rotation', async () => {
    const page = await (await open('metadata/hindawi-PMC4745305.pdf')).getPage(1)
    for (const viewport of [page.getViewport({ scale: 1.5 }), page.getViewport({ scale: 0.8, rotation: 90 })]) {
      const transform = viewport.transform as unknown as ViewportTransform
      const [x, y] = cssPointToPdf(transform, 120, 340)
      const [expectedX, expectedY] = viewport.convertToPdfPoint(120, 340)
      expect(x).toBeCloseTo(expectedX, 6)
      expect(y).toBeCloseTo(expectedY, 6)
      const rect = { x: 72, y: 600, width: 200, height: 12 }
      const [left1, top1, left2, top2] = viewport.convertToViewportRectangle([rect.x, rect.y, rect.x + rect.width, rect.y + rect.height])
      const box = pdfRectToCss(transform, rect)
      expect(box.left).toBeCloseTo(Math.min(left1, left2), 6)
      expect(box.top).toBeCloseTo(Math.min(top1, top2), 6)
      expect(box.width).toBeCloseTo(Math.abs(left2 - left1), 6)
      // a selection on screen comes back as the same PDF rectangle (the page sits at 30, 50 in the window)
      const [back] = clientRectsToPdfRects([{ left: box.left + 30, top: box.top + 50, width: box.width, height: box.height }], { left: 30, top: 50 }, transform)
      expect(back?.x).toBeCloseTo(rect.x, 1)
      expect(back?.y).toBeCloseTo(rect.y, 1)
      expect(back?.width).toBeCloseTo(rect.width, 1)
      expect(back?.height).toBeCloseTo(rect.height, 1)
    }
  })

  it('finds a word in the text pdf.js gives the text layer', async () => {
    const doc = await open('metadata/hindawi-PMC4745305.pdf')
    const content = await (await doc.getPage(1)).getTextContent()
    const items = content.items.filter((item) => 'str' in item)
    const matches = findInItems(items, 'clozapine', 1)
    expect(matches.length).toBeGreaterThan(1)
    for (const match of matches) {
      expect(match.segments.map(({ item, start, end }) => items[item]?.str.slice(start, end)).join('').toLowerCase()).toBe('clozapine')
    }
  })
})

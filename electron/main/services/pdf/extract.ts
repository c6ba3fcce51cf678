import { basename } from 'node:path'
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { classifyPdfError, NO_PAGES_MESSAGE, PdfReadError } from './errors'
import { interpretPdf, needsMorePages } from './interpret'
import { loadPdfjs, openPdfDocument, readPageText, readPdfMetadata } from './pdfjsDocument'
import type { PdfDocumentData, PdfExtractResult, PdfFullTextOptions, PdfFullTextResult, PdfReadOptions } from './types'

/** Default cap on full text: enough for any article, bounded for a 900-page book. */
export const DEFAULT_MAX_FULL_TEXT_CHARS = 2_000_000

/**
 * The metadata phase: reads the metadata and page 1, then page 2 and then the last page only while
 * the DOI is not yet settled, so a normal paper costs one page of text extraction.
 * Never throws: failures come back as `{ ok: false, error: { code, message } }`.
 */
export async function extractPdfMetadata(path: string, options: PdfReadOptions = {}): Promise<PdfExtractResult> {
  let doc: PDFDocumentProxy | undefined
  try {
    doc = await openDocumentWithPages(path, options.password)
    const pageCount = doc.numPages
    const { info, xmp } = await readPdfMetadata(doc)
    const data: PdfDocumentData = { fileName: basename(path), pageCount, info, xmp, pages: [await readPageText(doc, 1)] }
    let metadata = interpretPdf(data)
    // Page 2, then the last page, each only while the DOI is still unsettled after the pages before.
    for (const pageNumber of [2, pageCount].filter((page, index, all) => page > 1 && page <= pageCount && all.indexOf(page) === index)) {
      if (!needsMorePages(metadata) && !metadata.flags.noTextLayer) break
      data.pages.push(await readPageText(doc, pageNumber))
      metadata = interpretPdf(data)
    }
    return { file: path, ok: true, ...metadata }
  } catch (error) {
    return { file: path, ok: false, error: classifyPdfError(error, options.password !== undefined) }
  } finally {
    await doc?.destroy()
  }
}

/**
 * All pages' text for the search index, page by page until `maxChars`; a page that cannot be
 * read is skipped. Separate from the metadata phase so that import stays fast.
 */
export async function extractPdfFullText(path: string, options: PdfFullTextOptions = {}): Promise<PdfFullTextResult> {
  const maxChars = options.maxChars ?? DEFAULT_MAX_FULL_TEXT_CHARS
  let doc: PDFDocumentProxy | undefined
  try {
    doc = await openDocumentWithPages(path, options.password)
    const parts: string[] = []
    let length = 0
    let truncated = false
    for (let pageNumber = 1; pageNumber <= doc.numPages; pageNumber += 1) {
      if (length >= maxChars) {
        truncated = true
        break
      }
      const text = await pageFullText(doc, pageNumber)
      parts.push(text)
      length += text.length + 2
    }
    let text = parts.join('\n\n')
    if (text.length > maxChars) {
      text = text.slice(0, maxChars)
      truncated = true
    }
    return { file: path, ok: true, text, pageCount: doc.numPages, truncated }
  } catch (error) {
    return { file: path, ok: false, error: classifyPdfError(error, options.password !== undefined) }
  } finally {
    await doc?.destroy()
  }
}

/** Opens the file and refuses one without pages: it is not a scan, there is simply nothing in it. */
async function openDocumentWithPages(path: string, password: string | undefined): Promise<PDFDocumentProxy> {
  const doc = await openPdfDocument(path, password)
  if (doc.numPages > 0) return doc
  await doc.destroy()
  throw new PdfReadError('NO_PAGES', NO_PAGES_MESSAGE)
}

async function pageFullText(doc: PDFDocumentProxy, pageNumber: number): Promise<string> {
  try {
    // No page.cleanup(): it only frees rendering state, and doc.destroy() frees everything anyway.
    const page = await doc.getPage(pageNumber)
    const [content, { normalizeUnicode }] = await Promise.all([page.getTextContent({ disableNormalization: true }), loadPdfjs()])
    let text = ''
    for (const item of content.items) {
      if (!('str' in item)) continue
      text += item.str
      text += item.hasEOL ? '\n' : ''
    }
    // Normalised once for the page (see readTextItems) rather than glyph by glyph by pdfjs.
    text = normalizeUnicode(text)
    return text.trim()
  } catch {
    return ''
  }
}

import { open } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import type * as PdfjsModule from 'pdfjs-dist/legacy/build/pdf.mjs'
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { checkPdfHeader, FOLDER_MESSAGE, PdfReadError } from './errors'
import { saslPrep } from './password'
import { toPageText, type RawTextItem, type RawViewport } from './pageText'
import type { PageText } from './types'

type Pdfjs = typeof PdfjsModule

let pdfjs: Promise<Pdfjs> | undefined

/**
 * pdfjs is loaded on first use so that the pure modules (and their tests) never pay for it;
 * a worker calls this at start-up so that loading never counts against a file's time limit.
 */
export function loadPdfjs(): Promise<Pdfjs> {
  pdfjs ??= importPdfjs()
  return pdfjs
}

/**
 * Loads pdfjs and its worker module in this thread. The worker module is handed to pdfjs as
 * `globalThis.pdfjsWorker`, pdfjs's documented hook for running its "fake worker" in the same
 * thread, so it is loaded now and not on the first file. The legacy build's core-js replaces
 * Array.prototype.push, JSON.parse and JSON.stringify with polyfills for engine bugs Node 20
 * does not have; they cost about a fifth of the extraction time, so the natives are put back.
 */
async function importPdfjs(): Promise<Pdfjs> {
  const natives = { push: Array.prototype.push, parse: JSON.parse, stringify: JSON.stringify }
  try {
    const [library, worker] = await Promise.all([import('pdfjs-dist/legacy/build/pdf.mjs'), import('pdfjs-dist/legacy/build/pdf.worker.mjs')])
    Object.assign(globalThis, { pdfjsWorker: worker })
    return library
  } finally {
    Object.defineProperty(Array.prototype, 'push', { value: natives.push, writable: true, enumerable: false, configurable: true })
    JSON.parse = natives.parse
    JSON.stringify = natives.stringify
  }
}

/** pdfjs-dist's folder, for the CMaps it reads from disk (no network, ever). */
function pdfjsAssetDir(): string {
  return dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'))
}

/** Reads the whole file and rejects what is not a PDF before pdfjs sees it. */
async function readPdfBytes(path: string): Promise<Uint8Array> {
  const handle = await open(path, 'r')
  try {
    const stat = await handle.stat()
    if (stat.isDirectory()) throw new PdfReadError('NOT_A_PDF', FOLDER_MESSAGE)
    const { size } = stat
    const head = new Uint8Array(Math.min(size, 1024))
    await handle.read(head, 0, head.length, 0)
    const problem = checkPdfHeader(head, size)
    if (problem) throw new PdfReadError(problem.code, problem.message)
    return new Uint8Array(await handle.readFile())
  } finally {
    await handle.close()
  }
}

/**
 * Opens a PDF with pdfjs hardened for untrusted files: no eval (font programs are interpreted,
 * not compiled), no XFA, no scripting (pdfjs only runs a PDF's JavaScript through a viewer's
 * scripting sandbox, which is never created here), CMaps from the local package. No standard
 * font files: they only give glyph outlines for drawing, text comes from the encoding and the
 * built-in metrics, and reading them for every document costs 7 % of the extraction time.
 * The caller must `destroy()` the document.
 */
export async function openPdfDocument(path: string, password?: string): Promise<PDFDocumentProxy> {
  const data = await readPdfBytes(path)
  try {
    // pdfjs detaches the bytes it is given, so a second try needs its own copy
    return await openPdfBytes(password === undefined ? data : data.slice(), password)
  } catch (error) {
    const prepared = password === undefined ? password : saslPrep(password)
    if (prepared === password || !isPasswordError(error)) throw error
    return openPdfBytes(data, prepared)
  }
}

function isPasswordError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'name' in error && error.name === 'PasswordException'
}

async function openPdfBytes(data: Uint8Array, password: string | undefined): Promise<PDFDocumentProxy> {
  const { getDocument } = await loadPdfjs()
  const assets = pdfjsAssetDir()
  const task = getDocument({
    data,
    password,
    isEvalSupported: false,
    enableXfa: false,
    useSystemFonts: false,
    disableFontFace: true,
    isOffscreenCanvasSupported: false,
    cMapUrl: `${join(assets, 'cmaps')}/`,
    cMapPacked: true,
    verbosity: 0,
  })
  try {
    return await task.promise
  } catch (error) {
    await task.destroy()
    throw error
  }
}

/** The info dictionary (custom keys flattened) and the XMP properties, as plain strings. */
export async function readPdfMetadata(doc: PDFDocumentProxy): Promise<{ info: Record<string, string>; xmp: Record<string, string | string[]> }> {
  const { info, metadata } = await doc.getMetadata()
  // pdfjs declares the dictionary `Object` and its XMP entries `any`: read them as unknown and check each
  const infoEntries: [string, unknown][] = Object.entries(info)
  const xmpEntries: Iterable<[string, unknown]> | undefined = metadata ?? undefined
  const flat: Record<string, string> = {}
  for (const [key, value] of infoEntries) {
    if (typeof value === 'string') flat[key] = value
    if (key === 'Custom' && typeof value === 'object' && value !== null) {
      for (const [customKey, customValue] of Object.entries(value)) if (typeof customValue === 'string') flat[customKey] = customValue
    }
  }
  const xmp: Record<string, string | string[]> = {}
  if (xmpEntries) {
    for (const [key, value] of xmpEntries) {
      if (typeof value === 'string') xmp[key] = value
      else if (Array.isArray(value)) xmp[key] = value.filter((entry): entry is string => typeof entry === 'string')
    }
  }
  return { info: flat, xmp }
}

/**
 * A page's text items. pdfjs's own Unicode normalisation (ligatures, compatibility spaces)
 * runs glyph by glyph and costs a fifth of the extraction time; the same function applied
 * once per item string gives the same text for less.
 */
export async function readTextItems(doc: PDFDocumentProxy, pageNumber: number): Promise<{ items: RawTextItem[]; viewport: RawViewport }> {
  const page = await doc.getPage(pageNumber)
  const viewport = page.getViewport({ scale: 1 })
  const [content, { normalizeUnicode }] = await Promise.all([page.getTextContent({ disableNormalization: true }), loadPdfjs()])
  const items: RawTextItem[] = []
  for (const item of content.items) if ('str' in item) items.push({ ...item, str: normalizeUnicode(item.str) })
  return { items, viewport }
}

/** One page's text with positions; a page that cannot be read yields no text rather than failing the file. */
export async function readPageText(doc: PDFDocumentProxy, pageNumber: number): Promise<PageText> {
  try {
    const { items, viewport } = await readTextItems(doc, pageNumber)
    return toPageText(pageNumber, { width: viewport.width, height: viewport.height, transform: viewport.transform }, items)
  } catch {
    return { pageNumber, width: 0, height: 0, items: [], rotated: [] }
  }
}

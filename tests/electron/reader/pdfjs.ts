import { readFile } from 'node:fs/promises'
import type { PDFDocumentProxy } from 'pdfjs-dist'
import type * as LegacyModule from 'pdfjs-dist/legacy/build/pdf.mjs'
import { openPdfBytes } from '../../../renderer/src/features/reader/openPdf'
import { corpusPdf } from '../pdf/corpus'

type LegacyPdfjs = typeof LegacyModule

let loaded: Promise<LegacyPdfjs> | undefined

/** pdf.js's legacy build for Node, with its worker in this thread (what the parser does). */
export function nodePdfjs(): Promise<LegacyPdfjs> {
  loaded ??= Promise.all([import('pdfjs-dist/legacy/build/pdf.mjs'), import('pdfjs-dist/legacy/build/pdf.worker.mjs')]).then(([library, worker]) => {
    Object.assign(globalThis, { pdfjsWorker: worker })
    return library
  })
  return loaded
}

/** A corpus PDF opened through the reader's own opener. */
export async function openCorpusPdf(relative: string): Promise<PDFDocumentProxy> {
  const { getDocument } = await nodePdfjs()
  return openPdfBytes(new Uint8Array(await readFile(corpusPdf(relative))), getDocument)
}

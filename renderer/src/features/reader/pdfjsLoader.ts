import type * as PdfjsModule from 'pdfjs-dist'

type Pdfjs = typeof PdfjsModule

let pdfjs: Promise<Pdfjs> | undefined

/** pdf.js and its worker, loaded on the first PDF so the app starts without them. */
export function loadPdfjs(): Promise<Pdfjs> {
  pdfjs ??= import('pdfjs-dist').then((library) => {
    // one worker for every document; pdf.js never terminates a port it was given
    library.GlobalWorkerOptions.workerPort = new Worker(new URL('./pdf.worker.ts', import.meta.url), { type: 'module', name: 'axisref-pdfjs' })
    return library
  })
  return pdfjs
}

/** Turns the base64 the host sends into bytes without a string per byte. */
export function bytesFromBase64(base64: string): Uint8Array {
  const binary = atob(base64)
  const bytes = new Uint8Array(binary.length)
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index)
  return bytes
}

import { extractPdfFullText, extractPdfMetadata } from './extract'
import type { PdfExtractResult, PdfFullTextOptions, PdfFullTextResult } from './types'

/** What the pool sends a worker: one file, one job. */
export type PdfWorkerRequest =
  | { id: number; kind: 'extract'; path: string; options: PdfFullTextOptions }
  | { id: number; kind: 'fullText'; path: string; options: PdfFullTextOptions }

/** What a worker answers; the result is data in both the success and the failure case. */
export type PdfWorkerResponse =
  | { id: number; kind: 'extract'; result: PdfExtractResult }
  | { id: number; kind: 'fullText'; result: PdfFullTextResult }

/** Sent once by a worker when its modules are loaded and it can take files. */
export interface PdfWorkerReady {
  kind: 'ready'
}

/** Checks a worker's message before the pool trusts its shape (it crossed a thread boundary). */
export function isPdfWorkerReady(value: unknown): value is PdfWorkerReady {
  return typeof value === 'object' && value !== null && (value as Partial<PdfWorkerReady>).kind === 'ready'
}

/** Runs one request; shared by the worker entry and by tests that stand in for it. */
export async function runPdfRequest(request: PdfWorkerRequest): Promise<PdfWorkerResponse> {
  if (request.kind === 'extract') {
    return { id: request.id, kind: 'extract', result: await extractPdfMetadata(request.path, request.options) }
  }
  return { id: request.id, kind: 'fullText', result: await extractPdfFullText(request.path, request.options) }
}

/** True for a worker's answer to a request: an id, a kind and a result object. */
export function isPdfWorkerResponse(value: unknown): value is PdfWorkerResponse {
  if (typeof value !== 'object' || value === null) return false
  const candidate = value as Partial<PdfWorkerResponse>
  return typeof candidate.id === 'number' && (candidate.kind === 'extract' || candidate.kind === 'fullText') && typeof candidate.result === 'object'
}

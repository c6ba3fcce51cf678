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
  return typeof value === 'object' && value !== null && 'kind' in value && value.kind === 'ready'
}

/** True for what the pool sends a reader: an id, a kind, a path and options (it crossed a process boundary). */
export function isPdfWorkerRequest(value: unknown): value is PdfWorkerRequest {
  if (typeof value !== 'object' || value === null) return false
  if (!('id' in value && 'kind' in value && 'path' in value && 'options' in value)) return false
  return typeof value.id === 'number' && (value.kind === 'extract' || value.kind === 'fullText') && typeof value.path === 'string' && isReadOptions(value.options)
}

function isReadOptions(value: unknown): value is PdfFullTextOptions {
  if (typeof value !== 'object' || value === null) return false
  const password = 'password' in value ? value.password : undefined
  const maxChars = 'maxChars' in value ? value.maxChars : undefined
  return (password === undefined || typeof password === 'string') && (maxChars === undefined || typeof maxChars === 'number')
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
  if (typeof value !== 'object' || value === null || !('id' in value && 'kind' in value && 'result' in value)) return false
  return typeof value.id === 'number' && (value.kind === 'extract' || value.kind === 'fullText') && typeof value.result === 'object'
}
